"""The bridge between a lint run and the resolver: every paper entry of the documents whose profile
is ``papers`` becomes one query, all of them resolved together, and each document gets its
``PaperFacts`` (``ctx.papers`` for the papers network rules)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from awesomelint.config import Config
from awesomelint.document import Document
from awesomelint.papers import papers
from awesomelint.papers.identifiers import identifiers
from awesomelint.papers.record import PaperCheck, PaperFacts, entry_key

from .client import Client, Gate
from .resolve import Query, Stats, resolve
from .settings import PaperSettings, from_mapping


@dataclass(frozen=True, slots=True)
class Checked:
    facts: dict[str, PaperFacts]  # by document path (as_posix)
    stats: Stats


def check_documents(docs: Sequence[Document], settings: PaperSettings, *, client: Client | None = None,
                    in_scope: Callable[[Document, int], bool] | None = None, progress: bool = False) -> Checked:
    """Resolve the paper entries of ``docs`` (those ``in_scope`` only, in PR-diff mode)."""
    plan: list[tuple[Document, tuple[int, int], str | None, tuple[str, ...], str | None, str | None]] = []
    for doc in docs:
        for paper in papers(doc):
            if not paper.looks_like_paper or (in_scope is not None and not in_scope(doc, paper.line)):
                continue
            found = identifiers(paper)
            strongest = next((i for i in found if i.resolvable), None)
            title = paper.title.text if paper.title else None
            plan.append((doc, entry_key(paper), title, tuple(i.key for i in found),
                         strongest.key if strongest else None, strongest.link.url if strongest else None))
    answers, stats = resolve([Query(p[4], p[2]) for p in plan], settings, client=client, progress=progress)
    checks: dict[str, dict[tuple[int, int], PaperCheck]] = {doc.path.as_posix(): {} for doc in docs}
    for (doc, key, title, ids, _, url), answer in zip(plan, answers, strict=True):
        resolved_by = None
        if answer.key is not None and answer.verdict == "found":
            resolved_by = "title" if answer.key.startswith("title:") else answer.key
        checks[doc.path.as_posix()][key] = PaperCheck(
            key[0], key[1], title, ids, resolved_by, answer.record, answer.verdict,  # type: ignore[arg-type]
            url if answer.key is not None and not answer.key.startswith("title:") else None, answer.error,
            answer.key)
    return Checked({path: PaperFacts(found, settings.strict) for path, found in checks.items()}, stats)


@dataclass
class PaperRunOptions:
    """What the command line says about paper checking; ``status`` is filled in by the run."""

    check: bool = False  # --check-papers (a config's check-papers = true also turns it on for its files)
    strict: bool = False  # --strict-papers
    allow_private: bool = False
    cache: Path | None = None  # --cache PATH; None: the [links] cache file
    no_cache: bool = False
    profile: str | None = None  # --profile: only papers-profile documents are checked
    in_scope: Callable[[Document, int], bool] | None = None
    progress: bool = False  # a status line on a terminal
    status: list[Stats] = field(default_factory=list)


def paper_provider(options: PaperRunOptions) -> Callable[[Sequence[tuple[Document, Config]]], dict[Path, PaperFacts]]:
    """A paper provider for ``awesomelint.runner.RunOptions``: documents grouped by config, each
    group resolved in one go; ``options.status`` gets each group's ``Stats``."""

    def provide(items: Sequence[tuple[Document, Config]]) -> dict[Path, PaperFacts]:
        gates: dict[str, Gate] = {}  # one pace per API for the whole run, whatever the config
        groups: dict[Path | None, list[tuple[Document, Config]]] = {}
        for doc, config in items:
            if (options.check or config.check_papers) and _profile(doc, config, options) == "papers":
                groups.setdefault(config.source, []).append((doc, config))
        out: dict[Path, PaperFacts] = {}
        for group in groups.values():
            settings = settings_for(group[0][1], options)
            checked = check_documents([doc for doc, _ in group], settings, in_scope=options.in_scope,
                                      client=Client(settings, gates=gates), progress=options.progress)
            options.status.append(checked.stats)
            for doc, _ in group:
                out[doc.path] = checked.facts[doc.path.as_posix()]
        return out

    return provide


def _profile(doc: Document, config: Config, options: PaperRunOptions) -> str:
    from awesomelint.profiles import detect_profile

    return options.profile or config.profile or detect_profile(doc)[0]


def settings_for(config: Config, options: PaperRunOptions) -> PaperSettings:
    """The ``[papers]`` table's settings, caching in the ``[links]`` cache file (or --cache/--no-cache)."""
    from awesomelint.linksettings import LinkSettings

    where = str(config.source) if config.source else "the default config"
    cache = None if options.no_cache else options.cache or LinkSettings.from_mapping(
        config.links, source=where, base_dir=config.root).cache
    return from_mapping(config.papers, source=where, allow_private=options.allow_private, strict=options.strict,
                        cache=cache)
