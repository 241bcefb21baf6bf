"""Paper entries in table rows: the header names the title, venue, year and code columns."""

from __future__ import annotations

import re

from awesomelint.document import Document, Link
from awesomelint.papers.dates import YEAR_TOKEN, venue_year
from awesomelint.papers.labels import classify
from awesomelint.papers.model import Paper, PaperLink, VenueYear
from awesomelint.papers.source import Part, Source, cell_spans

_ROLES = (
    ("code", re.compile(r"\b(code|codes|github|implementation)\b")),
    ("venue", re.compile(r"\b(venue|publication|conference|journal|published|pub)\b")),
    ("year", re.compile(r"\b(year|date|time)\b")),
    ("title", re.compile(r"\b(title|paper|papers)\b")),
)


def roles(header: str) -> dict[str, int]:
    """Column index of each role named by the header row; the first matching column wins."""
    found: dict[str, int] = {}
    for index, (start, end) in enumerate(cell_spans(header)):
        name = header[start:end].strip("*_ ").lower()
        for role, pattern in _ROLES:
            if pattern.search(name) and role not in found and index not in found.values():
                found[role] = index
    return found


def parse_row(doc: Document, line: int, header: dict[str, int], links: list[Link]) -> Paper | None:
    if "title" not in header:
        return None
    text = doc.line_text(line)
    source = Source([(line, 1, text)])
    spans = cell_spans(text)
    plinks, badges = classify(source, links)

    def cell(role: str) -> tuple[int, int] | None:
        index = header.get(role)
        return spans[index] if index is not None and index < len(spans) else None

    code = cell("code")
    if code:
        plinks = [PaperLink(p.link, "code", p.style, p.label, p.start, p.end)
                  if code[0] <= p.start < code[1] else p for p in plinks]
    title_cell = cell("title")
    title: Part | None = None
    inside = [p for p in plinks if title_cell and title_cell[0] <= p.start < title_cell[1] and p.kind == "title"]
    if title_cell:
        title = inside[0].label if inside else source.stripped(*_untagged(source.text, *title_cell), chars=" \t*\"")
    plinks = [PaperLink(p.link, "mention", p.style, p.label, p.start, p.end)
              if p.kind == "title" and p is not (inside[0] if inside else None) else p for p in plinks]
    if title is not None and title.text.upper() in ("N/A", "-", ""):
        title = None
    vy = _venue_year(source, cell("venue"), cell("year"))
    venue_cell = cell("venue")
    venue_only = None
    if vy is None and venue_cell is not None:  # "| ICLR |" under a "### 2023" heading
        venue_only = source.stripped(*venue_cell, chars=" \t*_`")
        if venue_only is not None and (venue_only.text.upper() in ("N/A", "-") or "](" in venue_only.text):
            venue_only = None
    from awesomelint.papers.parse import fill

    return fill(Paper("table_row", source, title, None, vy, tuple(plinks), tuple(badges), venue_only=venue_only))


def _venue_year(source: Source, venue: tuple[int, int] | None, year: tuple[int, int] | None) -> VenueYear | None:
    if venue and YEAR_TOKEN.search(source.text, *venue):
        found = venue_year(source, *venue, where="cell")
        if found:
            return found
    if year is None:
        return None
    found = venue_year(source, *year, where="prefix")
    if found is None:
        return None
    venue_part = source.stripped(*venue, chars=" \t*") if venue else None
    if venue_part is not None and venue_part.text.upper() in ("N/A", "-"):
        venue_part = None
    return VenueYear(venue_part or found.whole, venue_part, found.year, found.year_part, found.month,
                     "|", found.month_separator, where="cell")


# a topic tag after the title in its cell: "Federated Graph Learning: A Survey **`surv.`**"
_TAGS = re.compile(r"(?:\s*(?:\*\*|__|\*|_)?`[^`\n]{1,20}`(?:\*\*|__|\*|_)?)+\s*$")


def _untagged(text: str, start: int, end: int) -> tuple[int, int]:
    """The title cell without the list's topic tags after the title (they are no part of it)."""
    match = _TAGS.search(text, start, end)
    return (start, match.start()) if match and match.start() > start else (start, end)
