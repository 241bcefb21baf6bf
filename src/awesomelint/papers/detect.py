"""Profile detection: ``papers`` when most entries of a list look like papers."""

from __future__ import annotations

from awesomelint.document import Document
from awesomelint.papers.collect import papers, sample
from awesomelint.papers.model import Paper

MIN_PAPERS = 5
MIN_SHARE = 0.5
# A long list is first read from a sample of its entries: reading every entry of awesome-go as a paper
# took as long as all its rules. Only a sample far below MIN_SHARE ends the detection early (on both
# corpora the lists it ends have 0-8% papers in full; paper lists have 50-100%).
SAMPLE_FROM = 300  # entries
SAMPLE_SIZE = 100
SAMPLE_MAX_SHARE = 0.1


def detect_papers(doc: Document) -> str | None:
    """By content, whatever the title says: most entries are papers. Bullets that annotate the paper
    paragraph just above them (tmgthb's summaries) are notes, not entries of their own."""
    if _clearly_not_papers(doc):
        return None
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


def _clearly_not_papers(doc: Document) -> bool:
    """A long list of entries whose evenly spread sample holds almost no papers, and few paragraphs
    (paper paragraphs with bullets under them, tmgthb's form, are read in full)."""
    if len(doc.entries) < SAMPLE_FROM:
        return False
    paragraphs = sum(1 for b in doc.blocks if b.type == "paragraph")
    if paragraphs > 0.2 * len(doc.entries):
        return False
    sampled = sample(doc, SAMPLE_SIZE)
    return sum(1 for p in sampled if p.looks_like_paper) <= SAMPLE_MAX_SHARE * len(sampled)
