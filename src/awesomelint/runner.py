"""One lint run over files: config per file, read, parse, lint, fix. The CLI is a thin shell on this."""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from awesomelint.config import Config, find_config, load_config
from awesomelint.discovery import display_path
from awesomelint.document import Document
from awesomelint.engine import Overrides, lint_document, plan_rules
from awesomelint.errors import UsageError
from awesomelint.finding import Finding
from awesomelint.fix import fix_text, unified_diff
from awesomelint.parser import parse
from awesomelint.registry import Registry
from awesomelint.source import DEFAULT_MAX_BYTES, SourceText, read_source, write_atomic

# Given every parsed document and its config, returns extras per document path (e.g. link results).
ExtrasProvider = Callable[[Sequence[tuple[Document, Config]]], Mapping[Path, Mapping[str, Any]]]


@dataclass(frozen=True, slots=True)
class RunOptions:
    overrides: Overrides = field(default_factory=Overrides)
    config_path: Path | None = None
    fix: bool = False
    unsafe_fixes: bool = False  # also apply fixes marked unsafe
    diff: bool = False  # with fix: show the diff, write nothing
    max_size: int | None = None
    extras_provider: ExtrasProvider | None = None


@dataclass
class FileResult:
    path: Path
    display: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    excluded: bool = False
    fixes_applied: int = 0
    diff: str = ""
    profile: tuple[str, str] | None = None
    document: Document | None = None
    config: Config | None = None


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
    configs = ConfigCache(registry, options.config_path)
    results: list[FileResult] = []
    loaded: list[tuple[FileResult, SourceText]] = []
    for path in paths:
        result = FileResult(path, display_path(path))
        results.append(result)
        try:
            config = configs.for_file(path)
            result.config = config
            if _excluded(path, config):
                result.excluded = True
                continue
            source = read_source(path, options.max_size or config.max_size or DEFAULT_MAX_BYTES)
            result.document = parse(source.text, path)
            loaded.append((result, source))
        except UsageError as exc:
            result.error = str(exc)
    extras: Mapping[Path, Mapping[str, Any]] = {}
    if options.extras_provider and loaded:
        extras = options.extras_provider([(r.document, r.config) for r, _ in loaded
                                          if r.document and r.config])
    for result, source in loaded:
        assert result.document is not None and result.config is not None
        try:
            _lint_one(result, source, options, registry, extras.get(result.path, {}))
        except UsageError as exc:
            result.error = str(exc)
    return results


def _lint_one(result: FileResult, source: SourceText, options: RunOptions, registry: Registry,
              extras: Mapping[str, Any]) -> None:
    doc, config = result.document, result.config
    assert doc is not None and config is not None
    if extras:
        doc = replace(doc, extras={**doc.extras, **extras})
        result.document = doc  # the reports read the extras (e.g. link results) from here
    plan = plan_rules(doc, config, options.overrides, registry)
    result.profile = (plan.profile, plan.profile_reason)

    def lint(text: str) -> list[Finding]:
        current = parse(text, result.path) if text != source.text else doc
        if current is not doc and extras:
            current = replace(current, extras={**current.extras, **extras})
        return lint_document(current, config=config, overrides=options.overrides, registry=registry,
                             display_path=result.display)

    if options.fix:
        outcome = fix_text(source.text, lint, unsafe=options.unsafe_fixes)
        if outcome.text != source.text:
            result.fixes_applied = outcome.applied
            if options.diff:
                result.diff = unified_diff(source.text, outcome.text, result.display)
            else:
                write_atomic(result.path, source.encode(outcome.text))
                fixed = parse(outcome.text, result.path)
                if extras:
                    fixed = replace(fixed, extras={**fixed.extras, **extras})
                result.document = fixed
                result.findings = lint_document(fixed, config=config, overrides=options.overrides,
                                                registry=registry, display_path=result.display)
                return
    result.findings = lint(source.text)
