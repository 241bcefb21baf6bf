"""GitHub's table syntax as a mistune block rule.

mistune's own table plugin wants the header and delimiter rows to agree about outer pipes, so
``API | Description`` over ``|:---|:---|`` (public-apis' 50 tables) is a paragraph to it, and it
reads a row's leading pipe as an empty first cell. GitHub (the GFM spec) makes outer pipes
optional on every row, pads short rows and drops extra cells. This rule does that; tables end at a
blank line or a line without a pipe (GFM would also take a pipe-less line as a one-cell row).
"""

from __future__ import annotations

import re
from re import Match
from typing import Any

import mistune
from mistune.block_parser import BlockParser
from mistune.core import BlockState

HEADER_PATTERN = r"^ {0,3}[^\n]*\|[^\n]*(?:\n|$)"
_DELIMITER_CELL = re.compile(r"^:?-+:?$")


def split_row(line: str) -> list[str] | None:
    """A row's cells, stripped: outer pipes optional, ``\\|`` is not a separator."""
    text = line.strip(" \t\n")
    if "|" not in text:
        return None
    if text.startswith("|"):
        text = text[1:]
    if text.endswith("|") and not _escaped(text, len(text) - 1):
        text = text[:-1]
    cells: list[str] = []
    start = 0
    for pos, char in enumerate(text):
        if char == "|" and not _escaped(text, pos):
            cells.append(text[start:pos].strip())
            start = pos + 1
    cells.append(text[start:].strip())
    return cells


def _escaped(text: str, pos: int) -> bool:
    slashes = 0
    while pos - slashes - 1 >= 0 and text[pos - slashes - 1] == "\\":
        slashes += 1
    return slashes % 2 == 1


def _align(cell: str) -> str | None:
    if cell.startswith(":") and cell.endswith(":"):
        return "center"
    if cell.startswith(":"):
        return "left"
    return "right" if cell.endswith(":") else None


def _cells(texts: list[str], aligns: list[str | None], head: bool) -> list[dict[str, Any]]:
    return [{"type": "table_cell", "text": text, "attrs": {"align": align, "head": head}}
            for text, align in zip(texts, aligns, strict=True)]


def parse_table(block: BlockParser, m: Match[str], state: BlockState) -> int | None:
    header = split_row(m.group(0))
    pos = m.end()
    delimiter = split_row(state.get_line(pos)) if pos < state.cursor_max else None
    if header is None or delimiter is None or len(header) != len(delimiter):
        return None
    if not all(_DELIMITER_CELL.match(cell.replace(" ", "")) for cell in delimiter):
        return None
    aligns = [_align(cell.replace(" ", "")) for cell in delimiter]
    pos += len(state.get_line(pos))
    rows = []
    while pos < state.cursor_max:
        line = state.get_line(pos)
        cells = split_row(line) if line.strip() else None
        if cells is None:
            break
        cells = (cells + [""] * len(header))[: len(header)]
        rows.append({"type": "table_row", "children": _cells(cells, aligns, head=False)})
        pos += len(line)
    head = {"type": "table_head", "children": _cells(header, aligns, head=True)}
    state.append_token({"type": "table", "children": [head, {"type": "table_body", "children": rows}]})
    return pos


def gfm_table(md: mistune.Markdown) -> None:
    """The mistune plugin: tables at the top level, in block quotes and in list items, as on GitHub."""
    md.block.register("table", HEADER_PATTERN, parse_table, before="paragraph")
    for rules in (md.block.block_quote_rules, md.block.list_rules):
        if "table" not in rules:
            rules.insert(rules.index("paragraph") if "paragraph" in rules else len(rules), "table")
