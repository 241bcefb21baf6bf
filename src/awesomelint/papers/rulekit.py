"""Small helpers shared by the papers rules: problems and edits from entry offsets, masked text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from awesomelint.document import Document, Link
from awesomelint.finding import Edit, Fix, Problem
from awesomelint.memo import per_document
from awesomelint.papers.model import Paper
from awesomelint.papers.source import Part, Source
from awesomelint.papers.titles import normalise

MASK = "\x00"
_CODE = re.compile(r"`[^`\n]*`|<[A-Za-z/!][^<>\n]*>|https?://[^\s()\[\]<>\x00]+")


def edit(source: Source, start: int, end: int, replacement: str) -> Edit:
    line, column = source.position(start)
    end_line, end_column = source.position(end)
    return Edit(line, column, end_line, end_column, replacement)


def problem(source: Source, start: int, end: int, message: str,
            edits: Sequence[Edit] = (), title: str = "", *, safe: bool = True) -> Problem:
    """A problem over entry offsets; ``safe=False`` marks a fix that changes the text readers see."""
    line, column = source.position(start)
    end_line, end_column = source.position(max(end, start + 1) if end <= len(source.text) else end)
    fix = Fix(tuple(edits), title or message, safe) if edits else None
    return Problem(line, column, message, end_line, end_column, fix=fix)


def in_link(paper: Paper, part: Part) -> bool:
    """Whether ``part`` lies inside one of the entry's links: ``[Zhu et al., CVPR 2017](#Zhu17cvpr)``
    cites another entry, and ``[FL-IJCAI'23](u)`` names an event, neither is the entry's own venue."""
    at = paper.source.start_of(part)
    return any(link.start <= at < link.end for link in paper.links)


def masked(paper: Paper, *, whole_links: bool = False) -> str:
    """The entry's text with link destinations (or whole links), badges, code spans, HTML tags and
    bare URLs replaced by ``MASK``, so that punctuation checks only see the prose."""
    text = list(paper.source.text)

    def blank(start: int, end: int) -> None:
        start, end = max(start, 0), min(end, len(text))
        text[start:end] = [c if c == "\n" else MASK for c in text[start:end]]

    for link in paper.links:
        if whole_links:
            blank(link.start, link.end)
            continue
        label_end = paper.source.start_of(link.label) + len(link.label.text)
        destination = paper.source.text.find("](", label_end, link.end)
        blank(destination + 1 if destination >= 0 else link.start, link.end)
    for badge in paper.badges:
        start = paper.source.offset(badge.line, badge.column)
        end = paper.source.offset(badge.end_line, badge.end_column)
        if start is not None and end is not None:
            blank(start, end)
    for match in _CODE.finditer("".join(text)):
        blank(*match.span())
    return "".join(text)


def prose_papers(doc: Document, papers: Sequence[Paper]) -> list[Paper]:
    """Entries whose text is prose (list items and paragraphs; table rows are padded for alignment)."""
    return [p for p in papers if p.kind != "table_row" and not any(s[0] in doc.code_lines for s in p.source.segments)]


def url_edit(doc: Document, link: Link, new_url: str) -> Edit | None:
    """An edit replacing ``link``'s URL where it is written (inline links and autolinks only)."""
    if link.kind not in ("inline", "autolink") or link.line != link.end_line:
        return None
    text = doc.line_text(link.line)[link.column - 1 : link.end_column - 1]
    at = text.rfind("(" + link.url) + 1 if link.kind == "inline" else text.find(link.url)
    if at <= 0 and link.kind == "inline":
        return None
    if at < 0 or text[at : at + len(link.url)] != link.url:
        return None
    column = link.column + at
    return Edit(link.line, column, link.line, column + len(link.url), new_url)


def fold_title(title: str) -> str:
    """A title folded for comparison: the one normalisation the paper rules and check-papers share
    (case, accents, punctuation, spacing, HTML entities, LaTeX, ``&``/``and``)."""
    return normalise(title)


def scope(doc: Document, paper: Paper) -> str:
    """The group an entry belongs to for order and duplicate checks: its section, and its table or
    top-level list (a bold pseudo-heading between two lists starts a new group)."""
    section = doc.section_of(paper.line)
    key = f"{section.line}" if section else "0"
    kinds = {"table_row": "table", "list_item": "list"}
    if paper.kind in kinds:
        key += f":{_outer_blocks(doc, kinds[paper.kind]).get(paper.line, 0)}"
    return key


@per_document
def _outer_blocks(doc: Document, kind: str) -> dict[int, int]:
    """Line -> the first line of the last-starting top-level ``kind`` block that holds it."""
    found: dict[int, int] = {}
    for block in sorted((b for b in doc.blocks if b.type == kind and b.info.get("depth", 0) == 0),
                        key=lambda b: b.line):
        for line in range(block.line, block.end_line + 1):
            found[line] = block.line
    return found
