"""Profile detection: ``papers`` when most entries of a list look like papers."""

from __future__ import annotations

from awesomelint.document import Document
from awesomelint.papers.collect import papers
from awesomelint.papers.model import Paper

MIN_PAPERS = 5
MIN_SHARE = 0.5


def detect_papers(doc: Document) -> str | None:
    """By content, whatever the title says: most entries are papers. Bullets that annotate the paper
    paragraph just above them (tmgthb's summaries) are notes, not entries of their own."""
    entries = papers(doc)
    notes = _notes(doc, entries)
    counted = [p for p in entries if p.line not in notes]
    looking = [p for p in counted if p.looks_like_paper]
    if len(looking) >= MIN_PAPERS and len(looking) > MIN_SHARE * len(counted):
        extra = f", {len(notes)} bullets under paper paragraphs not counted" if notes else ""
        return (f"{len(looking)} of {len(counted)} entries look like papers (a title with a venue or year, "
                f"a paper link or label, or authors and a year){extra}")
    return None


def _notes(doc: Document, entries: tuple[Paper, ...]) -> set[int]:
    """Lines of list items in a list that starts right below a paper paragraph."""
    ends = {p.source.end_line for p in entries if p.kind == "paragraph" and p.looks_like_paper}
    found: set[int] = set()
    for block in doc.blocks:
        if block.type == "list" and any(block.line - 2 <= end < block.line for end in ends):
            found.update(e.line for e in doc.entries if block.line <= e.line <= block.end_line)
    return found
