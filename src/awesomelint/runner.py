"""One lint run over files: config per file, read, parse, lint, fix. The CLI is a thin shell on this.

Each file's rules are planned once (profile, config, overrides) and that plan serves every fix pass.
"""

from __future__ import annotations

import fnmatch
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from awesomelint import budget, memo
from awesomelint.config import Config, find_config, load_config
from awesomelint.context import LinkFacts
from awesomelint.discovery import display_path
from awesomelint.document import Document
from awesomelint.engine import Crash, Overrides, lint_document, plan_rules
from awesomelint.errors import UsageError
from awesomelint.finding import Finding, Severity
from awesomelint.fix import fix_text, unified_diff
from awesomelint.papers.record import PaperFacts
from awesomelint.parse.parser import parse
from awesomelint.registry import Registry
from awesomelint.source import DEFAULT_MAX_BYTES, SourceText, read_source, write_atomic

if TYPE_CHECKING:
    from awesomelint.prdiff import DiffScope

# Given every parsed document and its config, checks their links: the facts per document path.
LinkProvider = Callable[[Sequence[tuple[Document, Config]]], Mapping[Path, LinkFacts]]
# The same for paper entries (--check-papers, check-papers = true): the scholarly record per document path.
PaperProvider = Callable[[Sequence[tuple[Document, Config]]], Mapping[Path, PaperFacts]]


@dataclass(frozen=True, slots=True)
class RunOptions:
    overrides: Overrides = field(default_factory=Overrides)
    config_path: Path | None = None
    fix: bool = False
    unsafe_fixes: bool = False  # also apply fixes marked unsafe
    diff: bool = False  # with fix: show the diff, write nothing
    max_size: int | None = None
    max_time: float | None = budget.DEFAULT_MAX_TIME  # seconds per file; None: no limit
    link_provider: LinkProvider | None = None
    diff_scope: DiffScope | None = None  # PR mode: report only what the change caused
    paper_provider: PaperProvider | None = None


@dataclass
class FileResult:
    path: Path
    display: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    fixes_applied: int = 0
    diff: str = ""
    profile: tuple[str, str] | None = None
    document: Document | None = None
    config: Config | None = None
    links: LinkFacts | None = None  # the link checker's verdicts, when links were checked
    papers: PaperFacts | None = None  # the scholarly record of the paper entries, when papers were checked
    crashes: list[Crash] = field(default_factory=list)  # rules that raised on this file


class ConfigCache:
    def __init__(self, registry: Registry, explicit: Path | None) -> None:
        self.registry = registry
        self.explicit = explicit
        self._loaded: dict[Path | None, Config] = {}

    def for_file(self, path: Path) -> Config:
        source = self.explicit or find_config(path)
        if source is not None and not source.is_file():
            raise UsageError(f"{source}: config file not found")
        if source not in self._loaded:
            self._loaded[source] = load_config(source, self.registry) if source else Config()
        return self._loaded[source]


def _excluded(path: Path, config: Config) -> bool:
    try:
        relative = path.resolve().relative_to(config.root.resolve()).as_posix()
    except ValueError:
        relative = path.as_posix()
    return any(fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(path.name, pattern)
               for pattern in config.exclude)


def run(paths: Sequence[Path], options: RunOptions, registry: Registry) -> list[FileResult]:
    """Lint ``paths``. A broken config raises ``UsageError`` before any file is read (one error, not
    one per file); a file that cannot be read or parsed gets its own error and the others go on."""
    configs = ConfigCache(registry, options.config_path)
    config_of = {path: configs.for_file(path) for path in paths}
    results: list[FileResult] = []
    loaded: list[tuple[FileResult, SourceText]] = []
    spent: dict[Path, float] = {}  # parse time, counted in the file's --max-time budget
    for path in paths:
        result = FileResult(path, display_path(path))
        results.append(result)
        try:
            config = config_of[path]
            result.config = config
            if _excluded(path, config):
                continue
            source = read_source(path, options.max_size or config.max_size or DEFAULT_MAX_BYTES)
            started = time.monotonic()
            with budget.limit(options.max_time), budget.phase("parsing"):
                result.document = parse(source.text, path)
            spent[path] = time.monotonic() - started
            loaded.append((result, source))
        except UsageError as exc:
            result.error = str(exc)
        except budget.OutOfTime as exc:
            result.error = exc.message(result.display)
    facts: Mapping[Path, LinkFacts] = {}
    if options.link_provider and loaded:
        facts = options.link_provider([(r.document, r.config) for r, _ in loaded if r.document and r.config])
    papers: Mapping[Path, PaperFacts] = {}
    if options.paper_provider and loaded:
        papers = options.paper_provider([(r.document, r.config) for r, _ in loaded if r.document and r.config])
    for result, source in loaded:
        assert result.document is not None and result.config is not None
        result.links = facts.get(result.path)
        result.papers = papers.get(result.path)
        try:
            with memo.scope(), budget.limit(options.max_time, spent.get(result.path, 0.0)):
                _lint_one(result, source, options, registry)
        except UsageError as exc:
            result.error = str(exc)
        except budget.OutOfTime as exc:
            result.error = exc.message(result.display)
            result.findings = []
    if options.diff_scope is not None:
        from awesomelint.prdiff import narrow

        narrow(options.diff_scope, results, options.overrides, registry)
    return results


def _lint_one(result: FileResult, source: SourceText, options: RunOptions, registry: Registry) -> None:
    config = result.config
    assert result.document is not None and config is not None
    doc: Document = result.document
    with budget.phase("profile detection"):
        plan = plan_rules(doc, config, options.overrides, registry)
    result.profile = (plan.profile, plan.profile_reason)

    def lint(current: Document, crashes: list[Crash] | None = None) -> list[Finding]:
        return lint_document(current, config=config, overrides=options.overrides, registry=registry,
                             display_path=result.display, links=result.links, plan=plan, crashes=crashes,
                             papers=result.papers)

    if options.fix:
        def reparse(text: str) -> Document:
            with budget.phase("parsing the fixed text"):
                return parse(text, result.path)

        outcome = fix_text(source.text, lambda text: lint(doc if text == source.text else reparse(text)),
                           unsafe=options.unsafe_fixes)
        if outcome.text != source.text:
            result.fixes_applied = outcome.applied
            if options.diff:
                result.diff = unified_diff(source.text, outcome.text, result.display)
            else:
                with budget.suspended():
                    write_atomic(result.path, source.encode(outcome.text))
                doc = parse(outcome.text, result.path)
                result.document = doc
    result.findings = lint(doc, result.crashes)


def failing(results: Sequence[FileResult], fail_on: Severity | None = None) -> bool:
    """Whether the run fails: a finding at or above ``fail_on`` (the command line's), else at or above
    the ``fail-on`` of the config that governs that finding's file."""
    for result in results:
        threshold = fail_on or (result.config.fail_on if result.config else Severity.ERROR)
        if any(f.severity >= threshold for f in result.findings):
            return True
    return False
