"""Helpers for the papers tests: parse Markdown and read a part back from the source by position."""

from __future__ import annotations

from pathlib import Path

from awesomelint.document import Document
from awesomelint.engine import lint_text
from awesomelint.papers import Paper, Part, papers
from awesomelint.parse.parser import parse


def doc_of(text: str) -> Document:
    return parse(text, Path("README.md"))


def papers_of(text: str) -> tuple[Document, tuple[Paper, ...]]:
    doc = doc_of(text)
    return doc, papers(doc)


def found(text: str, rule: str) -> list[tuple[int, int, str]]:
    """(line, column, message) of one rule's findings on ``text`` under the papers profile."""
    return [(f.line, f.column, f.message) for f in lint_text(text, profile="papers", select=[rule])]


def text_at(text: str, line: int, column: int, length: int) -> str:
    """``length`` characters of ``text`` from a 1-based line and column: what a finding points at."""
    return text.splitlines()[line - 1][column - 1 : column - 1 + length]


def at(doc: Document, part: Part) -> str:
    """The source text between a part's start and exclusive end, lines joined by newlines."""
    if part.line == part.end_line:
        return doc.line_text(part.line)[part.column - 1 : part.end_column - 1]
    pieces = [doc.line_text(part.line)[part.column - 1 :]]
    pieces += [doc.line_text(n) for n in range(part.line + 1, part.end_line)]
    pieces.append(doc.line_text(part.end_line)[: part.end_column - 1])
    return "\n".join(pieces)


def check_positions(doc: Document, paper: Paper) -> None:
    """Every extracted part of ``paper`` is exactly the source text at its position."""
    parts = [paper.title, paper.authors]
    if paper.venue_year is not None:
        vy = paper.venue_year
        parts += [vy.whole, vy.venue, vy.year_part, vy.tail]
    parts += [link.label for link in paper.links]
    for part in parts:
        if part is not None:
            assert at(doc, part) == part.text, (paper.line, part)
