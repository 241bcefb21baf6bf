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

from .confirm import confirm
from .result import FAILING, VERDICTS, LinkResult, Verdict
from .settings import LinkSettings
from .urls import excluded_by, fragment, is_http, normalise, remap, repo_of, unusable

if TYPE_CHECKING:  # requests and the checker load only when links are checked: offline runs stay fast
    import requests

log = logging.getLogger("awesomelint.links")
__all__ = ["FAILING", "VERDICTS", "LinkResult", "LinkSettings", "Verdict", "check_urls"]


def check_urls(
    urls: Iterable[str],
    settings: LinkSettings,
    *,
    progress: bool = False,
    clock: Callable[[], float] | None = None,
    sleep: Callable[[float], None] | None = None,
    session: requests.Session | None = None,
) -> dict[str, LinkResult]:
    """Check every distinct URL once; the keys of the answer are the URLs as given.

    ``clock`` (monotonic seconds) and ``sleep`` replace the real ones (tests); ``session`` is used
    for the HTTP requests. Non-http(s), malformed and excluded URLs come back as ``skipped``.
    """
    from .cache import LinkCache
    from .github import GitHubChecker
    from .http import HttpChecker
    from .progress import Progress

    given = list(dict.fromkeys(urls))
    results: dict[str, LinkResult] = {}
    plan: dict[str, str] = {}  # URL as given -> key (remapped, normalised)
    for url in given:
        reason = _skip_reason(url, settings)
        if reason:
            results[url] = LinkResult(url, "skipped", error=reason)
        else:
            plan[url] = normalise(remap(url, settings))
    keys = list(dict.fromkeys(plan.values()))
    cache = LinkCache.load(settings.cache, settings.cache_ttl) if settings.cache is not None else None
    found: dict[str, LinkResult] = {}
    use_api = bool(settings.github_token) and github_api_refusal(settings) is None
    api_keys = [k for k in keys if use_api and repo_of(k)]
    if cache is not None:
        for key in keys:
            hit = cache.get(_cache_key(key, key in api_keys))
            if hit is not None:
                found[key] = hit.with_url(key)
    bar = Progress(len(keys), enabled=progress)
    for result in found.values():
        bar.update(result)
    todo_api = [k for k in api_keys if k not in found]
    fresh: dict[str, LinkResult] = {}
    if todo_api:
        for key, result in GitHubChecker(settings, sleep=sleep or time.sleep).check(todo_api).items():
            fresh[key] = result
            bar.update(result)
    todo_http = [k for k in keys if k not in found and k not in fresh]
    checker = HttpChecker(settings, session=session, clock=clock or time.monotonic, sleep=sleep)
    fresh.update(checker.run(todo_http, on_result=bar.update))
    bar.close()
    now = cache.now() if cache is not None else time.time()
    for key, result in fresh.items():
        ckey = _cache_key(key, result.github)
        record = cache.failing.get(ckey) if cache is not None else None
        result, record = confirm(result, record, now, settings.confirm_dead)
        fresh[key] = result
        if cache is not None:
            if record is None:
                cache.failing.pop(ckey, None)
            else:
                cache.failing[ckey] = record
            if not result.provisional:
                cache.put(ckey, result)
    if cache is not None:
        cache.save()
    found.update(fresh)
    for url, key in plan.items():
        results[url] = _as_given(url, found[key])
    return {url: results[url] for url in given}


def github_api_refusal(settings: LinkSettings) -> str | None:
    """Why the token must not go to ``settings.github_api`` (said once, as a warning), or None."""
    from .github import api_allowed

    refused = api_allowed(settings.github_api)
    if refused:
        log.warning("GitHub token not used: %s (the token only goes over https)", refused)
    return refused


def _skip_reason(url: str, settings: LinkSettings) -> str | None:
    if not is_http(url):
        return "not an http(s) URL"
    bad = unusable(url)
    if bad:
        return bad
    pattern = excluded_by(url, settings) or excluded_by(remap(url, settings), settings)
    if pattern:
        return f"excluded by pattern {pattern!r}"
    return None


def _cache_key(key: str, github: bool) -> str:
    return f"github:{key}" if github else key


def _as_given(url: str, result: LinkResult) -> LinkResult:
    """File ``result`` under ``url``; a redirect target keeps the link's own #fragment."""
    final = result.final_url
    frag = fragment(url)
    if final and frag and result.verdict == "redirect" and "#" not in final:
        final = f"{final}#{frag}"
    return replace(result, url=url, final_url=final)
