"""Profile detection: ``papers`` when most entries of a list look like papers."""

from __future__ import annotations

from awesomelint.document import Document
from awesomelint.papers.collect import papers

MIN_PAPERS = 5


def detect_papers(doc: Document) -> str | None:
    entries = papers(doc)
    looking = [p for p in entries if p.looks_like_paper]
    if len(looking) >= MIN_PAPERS and 2 * len(looking) > len(entries):
        return (f"{len(looking)} of {len(entries)} entries look like papers "
                "(a title with a venue/year or paper/code links)")
    return None
