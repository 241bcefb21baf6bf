"""Positioned text: an entry's source lines joined by ``\\n``, with offsets mapped back to the file.

Rules and the entry parser work on one string per entry; every offset in it maps to an exact 1-based
(line, column) in the document, so each extracted part keeps its source position.
"""

from __future__ import annotations

import itertools
from bisect import bisect_right
from dataclasses import dataclass

from awesomelint.document import Document

TRIM = " \t\n,，;:."


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of an entry as written, with its source span (end exclusive)."""

    text: str
    line: int
    column: int
    end_line: int
    end_column: int


class Source:
    """Segments ``(line, column, text)`` of consecutive source lines, joined by ``\\n``."""

    __slots__ = ("segments", "starts", "text")

    def __init__(self, segments: list[tuple[int, int, str]]) -> None:
        self.segments = segments
        self.starts: list[int] = []
        offset = 0
        for _, _, text in segments:
            self.starts.append(offset)
            offset += len(text) + 1
        self.text = "\n".join(text for _, _, text in segments)

    @property
    def line(self) -> int:
        return self.segments[0][0]

    @property
    def end_line(self) -> int:
        return self.segments[-1][0]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of ``offset``; the offset just past a segment is its exclusive end."""
        index = max(bisect_right(self.starts, offset) - 1, 0)
        line, column, _ = self.segments[index]
        return line, column + offset - self.starts[index]

    def offset(self, line: int, column: int) -> int | None:
        for (seg_line, seg_column, text), start in zip(self.segments, self.starts, strict=True):
            if seg_line == line and seg_column <= column <= seg_column + len(text):
                return start + column - seg_column
        return None

    def part(self, start: int, end: int) -> Part:
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return Part(self.text[start:end], line, column, end_line, end_column)

    def trim(self, start: int, end: int, chars: str = TRIM) -> tuple[int, int] | None:
        """Offsets of ``text[start:end]`` without surrounding ``chars``; None when nothing is left."""
        while start < end and self.text[start] in chars:
            start += 1
        while end > start and self.text[end - 1] in chars:
            end -= 1
        return (start, end) if end > start else None

    def stripped(self, start: int, end: int, chars: str = TRIM) -> Part | None:
        """The part between ``start`` and ``end`` without surrounding ``chars``; None when empty."""
        span = self.trim(start, end, chars)
        return self.part(*span) if span else None

    def start_of(self, part: Part) -> int:
        offset = self.offset(part.line, part.column)
        assert offset is not None
        return offset


def block_source(doc: Document, line: int, column: int, end_line: int, end_column: int) -> Source:
    """The source of a block from (line, column) to its exclusive end (line, end_column)."""
    segments: list[tuple[int, int, str]] = []
    for number in range(line, end_line + 1):
        text = doc.line_text(number)
        first = column if number == line else 1
        last = end_column if number == end_line else len(text) + 1
        segments.append((number, first, text[first - 1 : last - 1]))
    return Source(segments)


def cell_spans(line_text: str) -> list[tuple[int, int]]:
    """0-based [start, end) of each table cell's trimmed text; pipes escaped or in code are kept."""
    bounds: list[int] = []
    in_code = False
    for index, char in enumerate(line_text):
        if char == "`":
            in_code = not in_code
        elif char == "|" and not in_code and (index == 0 or line_text[index - 1] != "\\"):
            bounds.append(index)
    if not bounds:
        return []
    if line_text[: bounds[0]].strip():
        bounds.insert(0, -1)
    if line_text[bounds[-1] + 1 :].strip():
        bounds.append(len(line_text))
    spans = []
    for left, right in itertools.pairwise(bounds):
        start, end = left + 1, right
        while start < end and line_text[start].isspace():
            start += 1
        while end > start and line_text[end - 1].isspace():
            end -= 1
        spans.append((start, end))
    return spans
