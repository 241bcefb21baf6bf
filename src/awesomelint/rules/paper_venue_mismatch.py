"""An entry names another venue than the one the paper appeared at (--check-papers). Venues compare
through the papers venue table (aliases such as NIPS/NeurIPS, full names such as "Knowledge
Discovery and Data Mining" for KDD); a venue the table does not know is never reported.
Doc: rules/AL243-paper-venue-mismatch.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers.checks import describe, entry_venues, found, record_venues
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL243",
    name="paper-venue-mismatch",
    summary="An entry's venue is the venue the paper appeared at.",
    severity=Severity.WARNING,
    network=True,
    online="papers",
    profiles=frozenset({"papers"}),
)


def check(doc: Document, options: NoOptions, ctx: RuleContext) -> Iterator[Problem]:
    for paper, _, record in found(doc, ctx):
        written = entry_venues(paper)
        known = record_venues(record)
        if not record.peer_reviewed or not written or not known or written & known or paper.venue is None:
            continue
        part = paper.venue
        yield Problem(part.line, part.column, f"venue {part.text}, but the record says {describe(record)}",
                      part.end_line, part.end_column)
