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


_MIN_ENTRIES = 10


def detect_awesome_style(doc: Document) -> str | None:
    """A list of ``[name](url) - description`` entries in sections that does not claim to be awesome.

    It gets the entry rules (separator, description) but not the awesome-submission rules (badge,
    contributing guide, repository age): it never asked to be judged as a submission.
    """
    from awesomelint.awesome.grammar import grammar_of
    from awesomelint.awesome.toc import toc_heading

    linked = described = 0
    sections: set[int] = set()
    for entry in doc.entries:
        if entry.kind != "list_item":
            continue
        g = grammar_of(doc, entry)
        link = g.item.main_link if g is not None else None
        if g is None or link is None or link.url.startswith("#"):
            continue
        linked += 1
        if g.separator.strip() and g.description.strip():
            described += 1
            section = doc.section_of(entry.line)
            sections.add(section.line if section else 0)
    if described < _MIN_ENTRIES or len(sections) < 2 or described * 2 < linked:
        return None
    contents = " and a contents list" if toc_heading(doc) is not None else ""
    return (f"{described} of {linked} linked entries read '[name](url) - description' in {len(sections)} "
            f"sections{contents}, but the title does not say 'Awesome': an awesome-style list (entry rules on; "
            "the awesome-submission rules, badge, contributing guide and repository age, off)")
