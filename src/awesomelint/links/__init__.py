"""The link checker: the one package in awesomelint that touches the network.

``check_urls`` checks each distinct URL once (after remap, normalised, fragment dropped), through
the cache, the GitHub API (with a token) and HTTP, and returns a result for every URL as given.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from awesomelint.linkresult import FAILING, VERDICTS, LinkResult, Verdict
from awesomelint.linksettings import LinkSettings

from .confirm import confirm
from .plan import Plan, plan
from .store import Checker, MemoryStore, ResultStore
from .urls import fragment

if TYPE_CHECKING:  # requests and the checker load only when links are checked: offline runs stay fast
    import requests

log = logging.getLogger("awesomelint.links")
__all__ = ["FAILING", "VERDICTS", "Checker", "LinkResult", "LinkSettings", "MemoryStore", "Plan", "ResultStore",
           "Verdict", "check_urls", "plan"]


def check_urls(
    urls: Iterable[str],
    settings: LinkSettings,
    *,
    progress: bool = False,
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], None] | None = None,
    session: requests.Session | None = None,
    store: ResultStore | None = None,
) -> dict[str, LinkResult]:
    """Check every distinct URL once; the keys of the answer are the URLs as given.

    The seams, in order: ``plan`` (pure: skip, remap, normalise, dedupe), the ``store`` (the JSON
    cache unless given; found results are not asked again), the checkers (the GitHub API, then
    HTTP), ``confirm`` (dead only when confirmed), and back to the store. ``clock`` (monotonic
    seconds) and ``sleep`` replace the real ones (tests); ``session`` is used for the HTTP requests.
    Non-http(s), malformed and excluded URLs come back as ``skipped``.
    """
    from .github import GitHubChecker
    from .http import HttpChecker
    from .progress import Progress

    use_api = bool(settings.github_token) and github_api_refusal(settings) is None
    todo = plan(urls, settings, use_api=use_api)
    if store is None:
        store = _default_store(settings)
    keys = todo.keys
    found: dict[str, LinkResult] = {}
    for key in keys:
        hit = store.get(todo.store_key(key))
        if hit is not None:
            found[key] = hit.with_url(key)
    bar = Progress(len(keys), enabled=progress, strict=settings.strict)
    for result in found.values():
        bar.update(result)
    fresh: dict[str, LinkResult] = {}
    checkers: list[tuple[Checker, list[str]]] = []
    if todo.api:
        checkers.append((GitHubChecker(settings, sleep=sleep or time.sleep), [k for k in keys if k in todo.api]))
    checkers.append((HttpChecker(settings, session=session, clock=clock or time.monotonic, sleep=sleep), keys))
    for checker, wanted in checkers:
        fresh.update(checker.check([k for k in wanted if k not in found and k not in fresh], bar.update))
    bar.close()
    now = store.now()
    for key, result in fresh.items():
        skey = todo.store_key(key, result.github)
        result, record = confirm(result, store.failing.get(skey), now, settings.confirm_dead)
        fresh[key] = result
        if record is None:
            store.failing.pop(skey, None)
        else:
            store.failing[skey] = record
        if not result.provisional:
            store.put(skey, result)
    store.save()
    found.update(fresh)
    results = dict(todo.skipped)
    for url, key in todo.key_of.items():
        results[url] = _as_given(url, found[key])
    return {url: results[url] for url in todo.given}


def _default_store(settings: LinkSettings) -> ResultStore:
    from .cache import LinkCache

    return LinkCache.load(settings.cache, settings.cache_ttl) if settings.cache is not None else MemoryStore()


def github_api_refusal(settings: LinkSettings) -> str | None:
    """Why the token must not go to ``settings.github_api`` (said once, as a warning), or None."""
    from .github import api_allowed

    refused = api_allowed(settings.github_api)
    if refused:
        log.warning("GitHub token not used: %s (the token only goes over https)", refused)
    return refused


def _as_given(url: str, result: LinkResult) -> LinkResult:
    """File ``result`` under ``url``; a redirect target keeps the link's own #fragment."""
    final = result.final_url
    if final and result.verdict == "redirect" and "#" not in final:
        frag = fragment(url)
        if frag:
            final = f"{final}#{frag}"
    if url == result.url and final == result.final_url:
        return result  # the same record, not a copy per URL
    return replace(result, url=url, final_url=final)
