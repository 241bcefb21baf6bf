"""Profile detection for awesome lists that open with an HTML header (a centered logo, an ``<h1>``)
instead of ``# Awesome …``: the core detector only reads Markdown headings and images."""

from __future__ import annotations

import re

from awesomelint.document import Document

_BADGE = re.compile(r"awesome\.re/badge|sindresorhus/awesome/[^\s\"')]*badge[^\s\"')]*\.svg", re.IGNORECASE)
_AWESOME_ALT = re.compile(r"<img\b[^>]*\balt\s*=\s*[\"']awesome\b", re.IGNORECASE)
_HEADER_LINES = 40


def detect_html_awesome(doc: Document) -> str | None:
    head = doc.lines[:_HEADER_LINES]
    for number, line in enumerate(head, start=1):
        if _BADGE.search(line):
            return f"the awesome badge at line {number}"
    first = doc.blocks[0] if doc.blocks else None
    if first is not None and first.type == "block_html":
        header = "\n".join(doc.lines[first.line - 1:first.end_line])
        if _AWESOME_ALT.search(header) or re.search(r"<h1\b[^>]*>\s*awesome\b", header, re.IGNORECASE):
            return f"the HTML header at line {first.line} shows an 'Awesome' logo or title"
    return None


_HEADING_TAG = re.compile(r"<h[1-6][\s>]", re.IGNORECASE)
_CENTER = re.compile(r"""align\s*=\s*["']?center""", re.IGNORECASE)


def html_header(doc: Document) -> bool:
    """The file opens with an HTML header: an <h1>…<h6>, or a centered block with an image."""
    first = doc.blocks[0] if doc.blocks else None
    if first is None or first.type != "block_html":
        return False
    html = "\n".join(doc.lines[first.line - 1:first.end_line])
    return bool(_HEADING_TAG.search(html) or (_CENTER.search(html) and "<img" in html.lower()))
