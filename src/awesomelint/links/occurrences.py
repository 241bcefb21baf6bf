"""Where link results land in a document: each link occurrence, and the exact text of its URL."""

from __future__ import annotations

import time

from awesomelint.document import Document, Link
from awesomelint.finding import Edit, Fix

from .confirm import stamp
from .result import LinkResult
from .urls import normalise, repo_of


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


def repository_moved(result: LinkResult) -> bool:
    """A redirect from one GitHub repository to another: a rename or a transfer."""
    if result.verdict != "redirect" or not result.final_url:
        return False
    old, new = repo_of(normalise(result.url)), repo_of(normalise(result.final_url))
    return result.github or (old is not None and new is not None)


def reason(result: LinkResult) -> str:
    """Why the link has its verdict, with since when it fails when that is known and not today."""
    text = result.error or (f"HTTP {result.status_code}" if result.status_code else result.verdict)
    since = result.failing_since
    if since is not None and "failing since" not in text and time.time() - since >= 3600:
        text += f"; failing since {stamp(since)}"
    return text
