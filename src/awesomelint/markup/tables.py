"""Tables as source rows and cells (the core's table Block may start on the blank line before it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from awesomelint.document import Document

_DELIMITER_CELL = re.compile(r"^\s*:?-+:?\s*$")


@dataclass(frozen=True, slots=True)
class Cell:
    start: int  # 0-based offset of the cell's first character (after its opening pipe) in the line
    end: int  # offset of its closing pipe, or the end of the line
    text: str  # the cell's source, spaces included

    @property
    def content(self) -> str:
        return self.text.strip()

    @property
    def left(self) -> int:
        return len(self.text) - len(self.text.lstrip(" "))

    @property
    def right(self) -> int:
        return len(self.text) - len(self.text.rstrip(" "))


@dataclass(frozen=True, slots=True)
class Row:
    number: int  # line number
    line: str
    cells: tuple[Cell, ...]
    pipes: tuple[int, ...]  # 0-based offsets of the row's unescaped pipes
    opening: bool  # the row starts with a pipe
    closing: bool  # the row ends with a pipe
    delimiter: bool


def split_row(number: int, line: str) -> Row:
    pipes = [i for i, c in enumerate(line) if c == "|" and (i == 0 or line[i - 1] != "\\")]
    body_start = len(line) - len(line.lstrip())
    body_end = len(line.rstrip())
    opening = bool(pipes) and pipes[0] == body_start
    closing = bool(pipes) and pipes[-1] == body_end - 1 and body_end - 1 > body_start
    bounds = ([] if opening else [body_start - 1]) + pipes + ([] if closing else [body_end])
    cells = tuple(Cell(a + 1, b, line[a + 1:b]) for a, b in pairwise(bounds))
    delimiter = bool(cells) and all(_DELIMITER_CELL.match(c.text) for c in cells)
    return Row(number, line, cells, tuple(pipes), opening, closing, delimiter)


def tables(doc: Document) -> list[list[Row]]:
    out: list[list[Row]] = []
    for block in doc.blocks:
        if block.type != "table":
            continue
        first = block.line
        while first <= block.end_line and not doc.line_text(first).strip():
            first += 1
        last = max(block.end_line, first + 1)
        while doc.line_text(last + 1).strip() and "|" in doc.line_text(last + 1) and last + 1 not in doc.code_lines:
            last += 1
        rows = [split_row(n, doc.line_text(n)) for n in range(first, last + 1) if doc.line_text(n).strip()]
        if len(rows) >= 2 and rows[1].delimiter:
            out.append(rows)
    return out


def table_rows(doc: Document) -> list[list[int]]:
    return [[row.number for row in rows] for rows in tables(doc)]
