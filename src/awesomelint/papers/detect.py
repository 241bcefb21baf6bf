"""Profile detection: ``papers`` when most entries of a list look like papers."""

from __future__ import annotations

from awesomelint.document import Document
from awesomelint.papers.collect import papers
from awesomelint.profiles import DETECTORS

MIN_PAPERS = 5


def detect_papers(doc: Document) -> str | None:
    entries = papers(doc)
    looking = [p for p in entries if p.looks_like_paper]
    if len(looking) >= MIN_PAPERS and 2 * len(looking) > len(entries):
        return (f"{len(looking)} of {len(entries)} entries look like papers "
                "(a title with a venue/year or paper/code links)")
    return None


def register() -> None:
    """Put the detector first, before the awesome one: paper lists are often called 'Awesome ...'."""
    if not any(name == "papers" for name, _ in DETECTORS):
        DETECTORS.insert(0, ("papers", detect_papers))
