"""What the papers network rules share: each entry with its scholarly record (``ctx.papers``),
whether the record is this entry's paper, what the entry says about its venue, and where to point."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Problem
from awesomelint.papers import papers
from awesomelint.papers.identifiers import identifier
from awesomelint.papers.model import Paper, PaperLink
from awesomelint.papers.record import PaperCheck, PaperRecord
from awesomelint.papers.titles import any_same, normalise
from awesomelint.papers.urls import arxiv_year
from awesomelint.papers.venue_names import names_in

_PAPER_KINDS = ("paper", "title")


def checked(doc: Document, ctx: RuleContext) -> Iterator[tuple[Paper, PaperCheck]]:
    """Every entry that ``--check-papers`` looked up, with its outcome."""
    if ctx.papers is None:
        return
    for paper in papers(doc):
        check = ctx.papers.for_paper(paper)
        if check is not None:
            yield paper, check


def found(doc: Document, ctx: RuleContext) -> Iterator[tuple[Paper, PaperCheck, PaperRecord]]:
    """Entries whose record was found and is this entry's paper (its title agrees, or it was found by title)."""
    for paper, check in checked(doc, ctx):
        if check.record is not None and check.verdict == "found" and is_this_paper(paper, check.record):
            yield paper, check, check.record


def is_this_paper(paper: Paper, record: PaperRecord) -> bool:
    """The record's title (any version, any source) is the entry's title, or appears in the entry's text."""
    if paper.title is None or not record.titles:
        return True  # nothing to compare: trust the identifier
    if any_same(paper.title.text, record.titles):
        return True
    text = f" {normalise(paper.source.text)} "
    return any(f" {normalise(t)} " in text for t in record.titles if len(normalise(t).split()) >= 3)


def resolving_link(paper: Paper, check: PaperCheck) -> PaperLink | None:
    """The entry's link whose identifier resolved it (None when it was found by its title); found by
    identifier, so a link a fix rewrote (``/pdf/…pdf`` -> ``/abs/…``) is still found."""
    if check.link_url is None:
        return None
    for link in paper.links:
        got = identifier(link.url) if link.kind != "code" else None
        if link.url == check.link_url or (got is not None and f"{got[0]}:{got[1]}" == check.lookup):
            return link
    return None


def paper_link(paper: Paper, check: PaperCheck) -> PaperLink | None:
    """The resolving link when it is the entry's own paper link (a ``[paper]`` label or the linked title)."""
    link = resolving_link(paper, check)
    return link if link is not None and link.kind in _PAPER_KINDS else None


def says_arxiv(paper: Paper) -> bool:
    """The entry cites only a preprint: its venue is arXiv/CoRR, or it names no venue at all."""
    venue = paper.venue
    return venue is None or names_in(venue.text) == {"arXiv"}


def entry_venues(paper: Paper) -> set[str]:
    """The known venues the entry's venue text names, arXiv left out (``PGAI@CIKM`` -> {"CIKM"})."""
    return names_in(paper.venue.text) - {"arXiv"} if paper.venue is not None else set()


def record_venues(record: PaperRecord) -> set[str]:
    return {name for venue in record.venues for name in names_in(venue)} - {"arXiv"}


def accepted_years(paper: Paper, check: PaperCheck, record: PaperRecord) -> set[int]:
    """Years the entry may give: the record's, and the arXiv year when the entry cites arXiv."""
    years = set(record.years) | ({record.year} if record.year else set())
    if says_arxiv(paper):
        years |= {y for y in (record.arxiv_year,) if y}
        years |= {arxiv_year(k[6:]) for k in check.ids if k.startswith("arxiv:")}
    return years


def at_link(link: PaperLink, message: str) -> Problem:
    lk = link.link
    return Problem(lk.line, lk.column, message, lk.end_line, lk.end_column)


def at_title(paper: Paper, message: str) -> Problem:
    part = paper.title
    if part is None:
        line, column, text = paper.source.segments[0]
        return Problem(line, column, message, line, column + max(1, len(text)))
    return Problem(part.line, part.column, message, part.end_line, part.end_column)


def describe(record: PaperRecord) -> str:
    """``KDD 2023`` / ``arXiv 2022`` / ``a record without venue``."""
    if record.peer_reviewed and record.venue:
        return f"{record.venue} {record.year}" if record.year else record.venue
    if record.arxiv:
        return f"arXiv {record.arxiv_year or record.year or ''}".strip()
    return record.venue or "a record without venue"
