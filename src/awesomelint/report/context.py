"""What every reporter may need besides the findings: run facts and rule metadata.

Reporters stay pure functions of ``(findings, context)``; the CLI builds one ``ReportContext`` per
run. Link results are typed structurally so the link checker can hand over its own records.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import quote

from awesomelint import __version__
from awesomelint.context import LinkFacts
from awesomelint.document import Document
from awesomelint.finding import Finding, Severity
from awesomelint.linkresult import FAILING
from awesomelint.rule import Rule

DEAD_VERDICTS = FAILING  # the one definition (awesomelint.linkresult); --strict-links adds only warnings


class LinkResultLike(Protocol):
    """One link occurrence (a ``LinkResult`` placed at a link), as in the JSON ``links`` entries."""

    @property
    def url(self) -> str: ...
    @property
    def verdict(self) -> str: ...  # alive, redirect, dead, timeout, unknown, refused, skipped
    @property
    def status_code(self) -> int | None: ...
    @property
    def path(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def error(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class LinkOccurrence:
    """A link checker's verdict placed at one link of one file (the JSON ``links`` entry)."""

    url: str
    verdict: str
    status_code: int | None
    path: str
    line: int
    column: int
    error: str | None = None
    final_url: str | None = None
    failing_since: str | None = None  # ISO 8601 UTC: the first run in which this link failed


def link_occurrences(path: str, doc: Document, links: LinkFacts | None) -> list[LinkOccurrence] | None:
    """Every link of ``doc`` with a result in ``links``; None when links were not checked."""
    if links is None:
        return None
    found = []
    for link, result in links.with_results(doc):
        found.append(
            LinkOccurrence(link.url, result.verdict, result.status_code, path, link.line, link.column,
                           result.error, result.final_url, _iso(result.failing_since)))
    return found


def _iso(epoch: float | None) -> str | None:
    return None if epoch is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(epoch))


@dataclass(frozen=True, slots=True)
class Summary:
    """The counts every report states, computed in one place."""

    errors: int = 0
    warnings: int = 0
    infos: int = 0
    fixable: int = 0  # --fix fixes them
    unsafe: int = 0  # --unsafe-fixes also fixes these

    @classmethod
    def of(cls, findings: Sequence[Finding]) -> Summary:
        by = Counter(f.severity for f in findings)
        return cls(by[Severity.ERROR], by[Severity.WARNING], by[Severity.INFO],
                   sum(1 for f in findings if f.fixable),
                   sum(1 for f in findings if f.fix is not None and not f.fix.safe))

    def count(self, severity: Severity) -> int:
        return {Severity.ERROR: self.errors, Severity.WARNING: self.warnings, Severity.INFO: self.infos}[severity]


@dataclass(frozen=True, slots=True)
class ReportContext:
    """Facts about the run; ``files`` are the paths linted, as reported in findings."""

    files: Sequence[str] = ()
    rules: Sequence[Rule] = ()
    version: str = __version__
    link_results: Sequence[LinkResultLike] | None = None  # None: links were not checked
    paper_results: Sequence[Mapping[str, Any]] | None = None  # None: papers were not checked (JSON "papers")
    sources: Mapping[str, str] = field(default_factory=dict)  # path -> text, for fingerprints
    documents: Mapping[str, Document] = field(default_factory=dict)  # path -> document, for section names
    source_url: str | None = None  # e.g. https://github.com/o/r/blob/<sha>/ : findings link to their line
    color: bool = False  # the text report on a terminal
    quiet: bool = False  # --quiet on the terminal: the findings without a summary

    def section(self, path: str, line: int) -> str:
        """The title of the innermost section holding ``line`` ("" before the first section)."""
        doc = self.documents.get(path)
        found = doc.section_of(line) if doc is not None else None
        return found.heading.text if found is not None else ""

    def line_url(self, path: str, line: int) -> str | None:
        if not self.source_url:
            return None
        return f"{self.source_url.rstrip('/')}/{quote(path.replace(chr(92), '/'))}#L{line}"

    @property
    def files_checked(self) -> int:
        return len(self.files)

    def rule(self, rule_id: str) -> Rule | None:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        return None

    def dead_links(self) -> list[LinkResultLike]:
        """Link occurrences whose verdict fails a build, in path/line order."""
        found = [r for r in self.link_results or () if r.verdict in DEAD_VERDICTS]
        return sorted(found, key=lambda r: (r.path, r.line, r.column, r.url))
