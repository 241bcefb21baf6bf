"""An entry's year disagrees with the scholarly record (--check-papers). An entry that cites arXiv
may give the arXiv year or the publication year; a year earlier than the entry's own arXiv
identifier is implausible-year's to report.
Doc: rules/AL242-paper-year-mismatch.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers.checks import accepted_years, describe, found, says_arxiv
from awesomelint.papers.urls import arxiv_year
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL242",
    name="paper-year-mismatch",
    summary="An entry's year is the year of the paper's venue version, or of its arXiv version when it cites arXiv.",
    severity=Severity.WARNING,
    network=True,
    online="papers",
    profiles=frozenset({"papers"}),
)


def check(doc: Document, options: NoOptions, ctx: RuleContext) -> Iterator[Problem]:
    for paper, check, record in found(doc, ctx):
        vy = paper.venue_year
        if vy is None or vy.where == "date":
            continue
        accepted = accepted_years(paper, check, record)
        if not accepted or vy.year in accepted:
            continue
        own = [arxiv_year(k[6:]) for k in check.ids if k.startswith("arxiv:")]
        if says_arxiv(paper) and own and vy.year < min(own):
            continue  # implausible-year (AL207) reports a preprint dated before its identifier
        part = vy.year_part
        yield Problem(part.line, part.column, f"year {vy.year}, but the record says {describe(record)}",
                      part.end_line, part.end_column)
