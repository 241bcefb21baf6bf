"""Where a link's URL is written: its exact span (inline links, autolinks, reference definitions),
and a fix that rewrites only that text (for redirected and moved links)."""

from __future__ import annotations

from awesomelint.document import Document, Link
from awesomelint.finding import Edit, Fix


def url_span(doc: Document, link: Link) -> tuple[int, int, int] | None:
    """(line, start column, end column) of the URL as written, for inline links, autolinks and refdefs."""
    if link.kind == "reference" and link.label is not None:
        wanted = " ".join(link.label.split()).casefold()
        for ref in doc.refdefs:
            if " ".join(ref.label.split()).casefold() == wanted:
                return _find(doc, link.url, ref.line, ref.line, ref.column)
        return None
    return _find(doc, link.url, link.line, link.end_line, link.column)


def _find(doc: Document, url: str, first: int, last: int, column: int) -> tuple[int, int, int] | None:
    for line in range(first, last + 1):
        text = doc.line_text(line)
        start = text.find(url, column - 1 if line == first else 0)
        if start >= 0:
            return line, start + 1, start + 1 + len(url)
    return None


def rewrite(doc: Document, link: Link, new_url: str, title: str) -> Fix | None:
    """A fix that replaces only the URL text of ``link`` with ``new_url``."""
    span = url_span(doc, link)
    if span is None:
        return None
    line, start, end = span
    return Fix((Edit(line, start, line, end, new_url),), title=title, safe=True)
