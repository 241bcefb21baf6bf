"""The bridge between a lint run and the checker: collect each file's http(s) links, check them
once per config, and hand each document its ``LinkFacts`` (the runner's link provider)."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from awesomelint.config import Config
from awesomelint.context import LinkFacts
from awesomelint.document import Document
from awesomelint.errors import UsageError
from awesomelint.linkresult import LinkResult
from awesomelint.linksettings import LinkSettings

from . import check_urls
from .cache import unusable as cache_unusable
from .urls import is_http


@dataclass(frozen=True)
class LinkRunOptions:
    """What the command line says about link checking; the ``[links]`` table supplies the rest."""

    strict: bool = False
    allow_private: bool = False
    cache: Path | None = None  # --cache PATH; None: the config's choice
    no_cache: bool = False  # --no-cache
    progress: bool = False
    total_timeout: float | None = None  # --links-timeout SECONDS: the whole check's budget
    confirm_dead: float | None = None  # --confirm-dead DURATION, in seconds
    github_token: str | None = field(default=None, repr=False)
    github_api: str | None = None  # a GitHub Enterprise API trusted with the token (GITHUB_API_URL)
    in_scope: Callable[[Document, int], bool] | None = None  # PR-diff mode: only links on changed lines

    @classmethod
    def from_env(cls, **kwargs: Any) -> LinkRunOptions:
        """As given, with the token from ``GITHUB_TOKEN`` and its API from ``GITHUB_API_URL``."""
        return cls(github_token=os.environ.get("GITHUB_TOKEN") or None,
                   github_api=os.environ.get("GITHUB_API_URL") or None, **kwargs)


def settings_for(config: Config, options: LinkRunOptions) -> LinkSettings:
    overrides: dict[str, Any] = {"github_token": options.github_token}
    if options.github_api:
        overrides["github_api"] = options.github_api
    if options.total_timeout is not None:
        overrides["total_timeout"] = options.total_timeout
    if options.confirm_dead is not None:
        overrides["confirm_dead"] = options.confirm_dead
    if options.strict:
        overrides["strict"] = True
    if options.allow_private:
        overrides["allow_private"] = True
    if options.no_cache:
        overrides["cache"] = None
    elif options.cache is not None:
        overrides["cache"] = options.cache
    base = config.link_settings
    if base is None:  # no config file: the defaults, with the cache in the current folder
        base = LinkSettings.from_mapping(config.links, source="the default config", base_dir=config.root)
    return base.with_overrides(**overrides)


def http_links(doc: Document, options: LinkRunOptions) -> list[str]:
    """The document's http(s) link URLs in order (the parser leaves out code blocks)."""
    return [link.url for link in doc.links
            if is_http(link.url) and (options.in_scope is None or options.in_scope(doc, link.line))]


def link_provider(options: LinkRunOptions) -> Callable[[Sequence[tuple[Document, Config]]], Mapping[Path, LinkFacts]]:
    """A link provider for ``awesomelint.runner.RunOptions``."""

    def provide(items: Sequence[tuple[Document, Config]]) -> dict[Path, LinkFacts]:
        groups: dict[Path | None, list[tuple[Document, Config]]] = {}
        for doc, config in items:
            groups.setdefault(config.source, []).append((doc, config))
        facts: dict[Path, LinkFacts] = {}
        planned = [(group, settings_for(group[0][1], options)) for group in groups.values()]
        for _, settings in planned:  # every cache path is usable, or exit 2 before any request
            problem = settings.cache is not None and cache_unusable(settings.cache)
            if problem:
                raise UsageError(f"link cache {settings.cache}: {problem} (use --cache PATH or --no-cache)")
        for group, settings in planned:
            wanted = {doc.path: http_links(doc, options) for doc, _ in group}
            results = check_urls([u for urls in wanted.values() for u in urls], settings,
                                 progress=options.progress)
            for doc, _ in group:
                mine: dict[str, LinkResult] = {u: results[u] for u in wanted[doc.path]}
                facts[doc.path] = LinkFacts(mine, settings.strict)
        return facts

    return provide
