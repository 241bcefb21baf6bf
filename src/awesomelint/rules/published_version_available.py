"""An entry cites only arXiv, yet the paper has appeared at a peer-reviewed venue (--check-papers).
Doc: rules/AL240-published-version-available.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.papers.checks import at_title, describe, found, says_arxiv
from awesomelint.papers.model import Paper
from awesomelint.papers.record import PaperRecord
from awesomelint.papers.venue_names import names_in
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL240",
    name="published-version-available",
    summary="An arXiv-only entry whose paper has a peer-reviewed version names that venue and year.",
    severity=Severity.INFO,
    fixable=True,
    network=True,
    online="papers",
    profiles=frozenset({"papers"}),
)


def check(doc: Document, options: NoOptions, ctx: RuleContext) -> Iterator[Problem]:
    for paper, _, record in found(doc, ctx):
        if not record.peer_reviewed or record.withdrawn or not says_arxiv(paper):
            continue
        message = f"published at {describe(record)}; the entry cites only arXiv"
        vy = paper.venue_year
        if vy is None:
            yield at_title(paper, message)
            continue
        part = vy.whole
        fix = _fix(paper, record)
        yield Problem(part.line, part.column, message, part.end_line, part.end_column, fix=fix)


def _fix(paper: Paper, record: PaperRecord) -> Fix | None:
    """``arxiv 2022`` -> ``KDD 2023`` in the entry's own order and separator (unsafe: visible text)."""
    vy = paper.venue_year
    venue = record.venue
    if vy is None or vy.venue is None or record.year is None or not venue or names_in(venue) != {venue}:
        return None
    if vy.tail is not None or vy.where == "date":
        return None
    text = f"{record.year}{vy.separator}{venue}" if vy.year_first else f"{venue}{vy.separator}{record.year}"
    if vy.separator == " (":
        text += ")"
    whole = vy.whole
    return Fix((Edit(whole.line, whole.column, whole.end_line, whole.end_column, text),),
               f"cite {venue} {record.year}", safe=False)
