"""What an item belongs to, beyond its section: its parent item (an entry's sub-items are its details:
specs, "Buy" pages, package links; a category's are its entries), or a ``<details>`` block whose
``<summary>`` links a project (a generated list's entry, its package links as the block's items).
"""

from __future__ import annotations

import re

from awesomelint.document import Document, Entry
from awesomelint.memo import per_document

_TAG = re.compile(r"<(/?)details\b[^>]*>", re.IGNORECASE)
_SUMMARY = re.compile(r"<summary\b[^>]*>(.*?)</summary>", re.IGNORECASE | re.DOTALL)
_HREF = re.compile(r"""<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)


@per_document
def details_blocks(doc: Document) -> tuple[tuple[int, int], ...]:
    """(first line, last line) of each ``<details>`` block outside code, nested blocks included."""
    spans: list[tuple[int, int]] = []
    open_at: list[int] = []
    for number, text in enumerate(doc.lines, start=1):
        if number in doc.code_lines:
            continue
        for tag in _TAG.finditer(text):
            if not tag.group(1):
                open_at.append(number)
            elif open_at:
                spans.append((open_at.pop(), number))
    spans.extend((start, len(doc.lines)) for start in open_at)  # never closed: it runs to the end
    return tuple(sorted(spans))


@per_document
def _summary_links(doc: Document) -> dict[tuple[int, int], str]:
    """The first link of each ``<details>`` block's ``<summary>`` (when it has one)."""
    out: dict[tuple[int, int], str] = {}
    for start, end in details_blocks(doc):
        head = "\n".join(doc.lines[start - 1:min(end, start + 5)])
        summary = _SUMMARY.search(head)
        href = _HREF.search(summary.group(1)) if summary else None
        if href:
            out[(start, end)] = href.group(1)
    return out


def details_entry(doc: Document, line: int) -> tuple[int, str] | None:
    """The innermost ``<details>`` block around ``line`` whose summary links something: (its first line,
    that URL). A block titled by plain text is a group of entries, not an entry."""
    inside = [s for s in details_blocks(doc) if s[0] < line <= s[1]]
    if not inside:
        return None
    span = max(inside, key=lambda s: s[0])
    url = _summary_links(doc).get(span)
    return (span[0], url) if url else None


@per_document
def _parents(doc: Document) -> dict[tuple[int, int], Entry]:
    out: dict[tuple[int, int], Entry] = {}
    for entry in doc.entries:
        for child in entry.children:
            out[(child.line, child.column)] = entry
    return out


def parent(doc: Document, entry: Entry) -> Entry | None:
    """The list item ``entry`` is nested in, or None for a top-level item."""
    return _parents(doc).get((entry.line, entry.column))
