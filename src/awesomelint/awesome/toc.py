"""Finding the table of contents and which entries the list-item rules check.

The contents are a ``##`` heading named Contents, Table of Contents or ToC (with or without an emoji or an
emoji shortcode such as ``:anger:``) and what follows it up to the next heading; sub-headings that are
themselves contents links (``#### [Languages](#languages)``) belong to it. Its items are the top-level
list items there, and any in-page link written in HTML (``<li><a href="#c">C</a></li>``, often inside
``<details>``) or in such a sub-heading. Without that heading, a list that comes before the first section
and links only to headings of the page is the contents too (many lists start with one, untitled).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from awesomelint.document import Document, Entry, Heading
from awesomelint.memo import per_document
from awesomelint.parse.inline import html_comments

TOC_TITLES = frozenset({"contents", "table of contents", "toc", "table of content"})
# Sections a ToC need not list. sindresorhus/awesome's pull_request_template.md: the contents "must not
# feature Contributing or Footnotes sections"; Related Lists may be listed or not (awesome-lint skips it),
# and so may License, which lists commonly leave out (awesome-lint wants it listed: an option of AL135).
# 'Contribute' and 'Contribution' are the same section under another name (awesome-electron's '## Contribute');
# awesome-lint knows only 'Contributing' (an option of AL135 keeps its reading).
UNLISTED_EXACT = frozenset({"contributing", "footnotes", "related lists"})
UNLISTED = UNLISTED_EXACT | {"contribute", "contribution", "contributions"}
LICENSE = frozenset({"license", "licence"})
NOT_IN_TOC = frozenset({"contributing", "footnotes"})
_SHORTCODE = re.compile(r":[a-z0-9_+-]+:")
_HTML_ANCHOR = re.compile(r"""<a\s[^>]*?href\s*=\s*["']#([^"']*)["'][^>]*>(.*?)</a\s*>""", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_MIN_HEADLESS = 2  # items of an untitled contents list


def normalized_title(text: str) -> str:
    """Lower-cased heading text without HTML comments, emoji (or their shortcodes) and other symbols."""
    cut = list(html_comments(text))
    if cut:
        ends = [0, *(end for _, end in cut)]
        text = "".join(text[a:b] for a, (b, _) in zip(ends, [*cut, (len(text), 0)], strict=True))
    text = _SHORTCODE.sub(" ", text)
    kept = "".join(c if unicodedata.category(c)[0] in "LNZ" or c in "-'" else " " for c in text)
    return " ".join(kept.split()).casefold()


@dataclass(frozen=True, slots=True)
class AnchorLink:
    """An in-page link of the contents that is not a Markdown list item (HTML, or a sub-heading's link)."""

    text: str
    fragment: str
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class Contents:
    heading: Heading | None  # None: an untitled contents list before the first section
    start: int  # first line after the heading (or of the untitled list)
    end: int  # last line of the contents
    items: tuple[Entry, ...]  # top-level Markdown list items
    others: tuple[AnchorLink, ...] = ()  # in-page links written in HTML or in sub-headings

    @property
    def line(self) -> int:
        """Where the contents start: the heading, or the untitled list's first item."""
        return self.heading.line if self.heading is not None else self.start


def toc_heading(doc: Document) -> Heading | None:
    for heading in doc.rendered_headings:
        if heading.level == 2 and normalized_title(heading.text) in TOC_TITLES:
            return heading
    return None


def _in_page(heading: Heading) -> bool:
    return any(link.url.startswith("#") for link in heading.links)


@per_document
def contents(doc: Document) -> Contents | None:
    """The list's table of contents, or None."""
    toc = toc_heading(doc)
    if toc is None:
        return _untitled(doc)
    end = len(doc.lines)
    others: list[AnchorLink] = []
    for heading in doc.rendered_headings:
        if heading.line <= toc.line:
            continue
        if heading.level > toc.level and _in_page(heading):
            link = next(k for k in heading.links if k.url.startswith("#"))
            others.append(AnchorLink(link.text, link.url[1:], link.line, link.column, link.end_line, link.end_column))
            continue
        end = heading.line - 1
        break
    items = tuple(e for e in doc.entries if e.kind == "list_item" and e.depth == 0 and toc.line < e.line <= end)
    others += _html_anchors(doc, toc.end_line + 1, end)
    return Contents(toc, toc.end_line + 1, end, items, tuple(sorted(others, key=lambda k: (k.line, k.column))))


def _html_anchors(doc: Document, start: int, end: int) -> list[AnchorLink]:
    found = []
    for number in range(start, end + 1):
        if number not in doc.html_lines:
            continue
        line = doc.line_text(number)
        for m in _HTML_ANCHOR.finditer(line):
            text = " ".join(_TAG.sub("", m.group(2)).split())
            found.append(AnchorLink(text, m.group(1), number, m.start() + 1, number, m.end() + 1))
    return found


def _untitled(doc: Document) -> Contents | None:
    """A list before the first section whose items all link into the page, two or more to its headings."""
    if not doc.sections:
        return None
    first_section = doc.sections[0].line
    anchors = {h.anchor.casefold() for h in doc.rendered_headings}
    for block in doc.blocks:
        if block.type != "list" or block.info.get("depth") or block.line >= first_section:
            continue
        run = [e for e in doc.entries
               if e.kind == "list_item" and e.depth == 0 and block.line <= e.line <= block.end_line]
        targets = [next((k.url for k in e.links if k.kind in ("inline", "reference")), "") for e in run]
        reached = sum(t[1:].casefold() in anchors for t in targets)
        if reached >= _MIN_HEADLESS and all(t.startswith("#") for t in targets):
            return Contents(None, run[0].line, block.end_line, tuple(run))
    return None


def toc_entries(doc: Document) -> list[Entry]:
    """Top-level list items of the table of contents."""
    found = contents(doc)
    return list(found.items) if found is not None else []


def checked_entries(doc: Document) -> list[Entry]:
    """List items the entry rules check: all of them, or with a ToC only those after it."""
    items = [e for e in doc.entries if e.kind == "list_item"]
    found = contents(doc)
    if found is None:
        return items
    if found.heading is None:
        return [e for e in items if not found.start <= e.line <= found.end]
    after = next((h for h in doc.rendered_headings if h.line > found.end), None)
    return [] if after is None else [e for e in items if e.line > after.line]
