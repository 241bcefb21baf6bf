"""What an entry's place in the list tells a reader: a ``### 2023`` heading gives the year, a
``#### IJCAI`` heading the venue, to every entry below it (he-y, htqin, youngfish42 write so)."""

from __future__ import annotations

import re
from bisect import bisect_left

from awesomelint.document import Document, Heading
from awesomelint.memo import per_document
from awesomelint.papers.dates import YEAR
from awesomelint.papers.venues import catalog

_YEAR_HEADING = re.compile(rf"^(?:year[ \t]+)?(?P<year>{YEAR})(?:[ \t]+(?:papers?|works?))?$", re.IGNORECASE)


def _ancestors(doc: Document, line: int) -> list[Heading]:
    """The headings above ``line`` that contain it, innermost first."""
    lines, parents = _outline(doc)
    at = bisect_left(lines, line) - 1  # the last heading above the line
    found: list[Heading] = []
    while at >= 0:
        found.append(doc.headings[at])
        at = parents[at]
    return found


@per_document
def _outline(doc: Document) -> tuple[list[int], list[int]]:
    """Each heading's line, and the index of the nearest heading above it of a higher level (or -1)."""
    parents: list[int] = []
    stack: list[int] = []
    for index, heading in enumerate(doc.headings):
        while stack and doc.headings[stack[-1]].level >= heading.level:
            stack.pop()
        parents.append(stack[-1] if stack else -1)
        stack.append(index)
    return [h.line for h in doc.headings], parents


def _plain(heading: Heading) -> str:
    return " ".join(re.sub(r"[^\w\s&'’@-]", " ", heading.text).split())


def _venue_title(heading: Heading) -> tuple[str, int] | None:
    """``# CVPR 2024 论文和开源项目合集``: a list's title naming one venue and year gives them to all entries."""
    if heading.level != 1:
        return None
    match = re.match(rf"^\W*(?P<venue>[A-Za-z][\w&-]*)[ \t]*['’]?(?P<year>{YEAR})\b", heading.text)
    if match is None:
        return None
    mentions = catalog().mentions(match.group("venue"))
    if len(mentions) != 1 or mentions[0].status not in ("ok", "alias"):
        return None
    return mentions[0].venue.name, int(match.group("year"))


def year_heading(doc: Document, line: int) -> int | None:
    """The year a heading such as ``### 2023`` gives the entries below it (it or an ancestor)."""
    for heading in _ancestors(doc, line):
        match = _YEAR_HEADING.match(_plain(heading).replace("-", " "))
        if match:
            return int(match.group("year"))
    titled = _venue_title(doc.title) if doc.title is not None and doc.title.line < line else None
    return titled[1] if titled else None


def venue_heading(doc: Document, line: int) -> str | None:
    """The venue a heading such as ``#### IJCAI`` (its whole text a known venue) gives the entries below."""
    for heading in _ancestors(doc, line):
        text = _plain(heading)
        mentions = catalog().mentions(text)
        rest = (text[: mentions[0].start] + " " + text[mentions[0].end :]).split() if len(mentions) == 1 else ["?"]
        qualifiers = catalog().qualifiers
        if len(mentions) == 1 and mentions[0].status in ("ok", "alias", "workshop") and all(
                word.casefold() in qualifiers for word in rest):
            # "IJCAI", "S&P Workshop" as the heading writes them; "arXiv papers" names arXiv
            return re.sub(r"\s+papers?$", "", text, flags=re.IGNORECASE)
    titled = _venue_title(doc.title) if doc.title is not None and doc.title.line < line else None
    return titled[0] if titled else None
