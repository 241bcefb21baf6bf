"""Finding the table of contents: a level-2 heading named Contents, Table of Contents or ToC, with or
without an emoji, and the entries of its list; and which entries the list-item rules check."""

from __future__ import annotations

import unicodedata

from awesomelint.document import Document, Entry, Heading
from awesomelint.parse.inline import html_comments

TOC_TITLES = frozenset({"contents", "table of contents", "toc", "table of content"})
# Sections a ToC need not list (awesome-lint skips them too); the guidelines keep the first two out of it.
UNLISTED = frozenset({"contributing", "footnotes", "related lists"})
NOT_IN_TOC = frozenset({"contributing", "footnotes"})


def normalized_title(text: str) -> str:
    """Lower-cased heading text without HTML comments, emoji and other symbols."""
    cut = list(html_comments(text))
    if cut:
        ends = [0, *(end for _, end in cut)]
        text = "".join(text[a:b] for a, (b, _) in zip(ends, [*cut, (len(text), 0)], strict=True))
    kept = "".join(c if unicodedata.category(c)[0] in "LNZ" or c in "-'" else " " for c in text)
    return " ".join(kept.split()).casefold()


def toc_heading(doc: Document) -> Heading | None:
    for heading in doc.headings:
        if heading.level == 2 and normalized_title(heading.text) in TOC_TITLES:
            return heading
    return None


def heading_after(doc: Document, heading: Heading) -> Heading | None:
    for other in doc.headings:
        if other.line > heading.line:
            return other
    return None


def toc_entries(doc: Document) -> list[Entry]:
    """Top-level list items between the ToC heading and the next heading."""
    toc = toc_heading(doc)
    if toc is None:
        return []
    after = heading_after(doc, toc)
    end = after.line if after else len(doc.lines) + 1
    return [e for e in doc.entries if e.kind == "list_item" and toc.line < e.line < end and e.depth == 0]


def checked_entries(doc: Document) -> list[Entry]:
    """List items the entry rules check: all of them, or with a ToC only those after it."""
    items = [e for e in doc.entries if e.kind == "list_item"]
    toc = toc_heading(doc)
    if toc is None:
        return items
    after = heading_after(doc, toc)
    return [] if after is None else [e for e in items if e.line > after.line]
