"""Shared helpers for the Markdown-syntax rules: inline text of each block with source positions,
and a small CommonMark inline scanner (code spans, HTML, link destinations, emphasis delimiters).

The core Document gives blocks and links but no inline emphasis or code-span nodes; these helpers
compute them from ``doc.lines`` and ``doc.blocks``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from awesomelint.document import Block, Document, Entry
from awesomelint.finding import Edit, Fix
from awesomelint.markup.tables import tables
from awesomelint.memo import per_document

_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*")
_AUTOLINK = re.compile(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[\w.!#$%&'*+/=?^`{|}~-]+@[\w.-]+)>")
_HTML = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9-]*(?:\s+[^<>]*?)?/?>", re.DOTALL)
_TICKS = re.compile(r"`+")
_ATX_CLOSE = re.compile(r"(?:[ \t]+#+)?[ \t]*$")
_SPECIAL = re.compile(r"[\\`<\]*_]")  # the characters the inline scanner acts on


@dataclass(frozen=True, slots=True)
class Emphasis:
    start: int  # offset of the opening delimiter in Region.text
    end: int  # offset just after the closing delimiter
    marker: str  # '*' or '_'
    strong: bool


@dataclass(slots=True)
class Region:
    """The inline source of one block: ``text`` joined from its lines, each mapped to (line, column)."""

    block: Block
    text: str
    starts: list[int]
    anchors: list[tuple[int, int]]  # 1-based (line, column) of each text line's first character
    # 1 where a character is a code span, HTML, an autolink or a link destination (a bytearray: one
    # byte a character keeps a 700 KB list's regions small)
    masked: bytearray = field(default_factory=bytearray)
    emphasis: list[Emphasis] = field(default_factory=list)
    codespans: list[tuple[int, int]] = field(default_factory=list)

    def position(self, offset: int) -> tuple[int, int]:
        k = 0
        while k + 1 < len(self.starts) and self.starts[k + 1] <= offset:
            k += 1
        line, column = self.anchors[k]
        return line, column + offset - self.starts[k]

    def visible(self) -> str:
        """The text with masked characters blanked (spaces), as a reader's prose."""
        return "".join(" " if m and c != "\n" else c for c, m in zip(self.text, self.masked, strict=True))


@per_document
def regions(doc: Document, kinds: tuple[str, ...] = ("paragraph", "block_text", "heading")) -> list[Region]:
    """The inline regions of the blocks of ``kinds``, computed once per document (each block's region
    once, whatever kinds are asked for: rules only read them)."""
    cells = _all_cells(doc) if "table" in kinds else []
    if set(kinds) - {"table"} <= set(_SHARED):
        blocks = [r for r in _shared_regions(doc) if r.block.type in kinds]
    else:
        blocks = list(_regions(doc, kinds))
    return sorted([*cells, *blocks], key=lambda r: r.anchors[0])


_SHARED = ("paragraph", "block_text", "heading")  # the block kinds rules ask for


@per_document
def _all_cells(doc: Document) -> list[Region]:
    return list(_cells(doc))


@per_document
def _shared_regions(doc: Document) -> list[Region]:
    return list(_regions(doc, _SHARED))


def _cells(doc: Document) -> Iterator[Region]:
    """One region per table cell: emphasis and code spans never cross a cell's pipes."""
    table_blocks = [b for b in doc.blocks if b.type == "table"]
    for rows in tables(doc):
        block = max((b for b in table_blocks if b.line <= rows[0].number), key=lambda b: b.line)
        for row in rows:
            if row.delimiter:
                continue
            for cell in row.cells:
                lead = cell.left
                region = Region(block, cell.text.strip(), [0], [(row.number, cell.start + lead + 1)])
                scan(region)
                yield region


def _regions(doc: Document, kinds: tuple[str, ...]) -> Iterator[Region]:
    for block in doc.blocks:
        if block.type not in kinds or block.type == "table":
            continue
        parts: list[str] = []
        anchors: list[tuple[int, int]] = []
        last = block.end_line
        if block.type == "heading" and block.info.get("style") == "setext":
            last -= 1
        for number in range(block.line, last + 1):
            line = doc.line_text(number)
            if number == block.line:
                col = block.column
                if block.type == "heading" and block.info.get("style") == "atx":
                    head = line[block.column - 1:]
                    col = block.column + len(head) - len(head.lstrip("#").lstrip(" \t"))
                    body = line[col - 1:]
                    body = body[:len(body) - len(_ATX_CLOSE.search(body).group(0))]  # type: ignore[union-attr]
                    parts.append(body)
                    anchors.append((number, col))
                    continue
            else:
                col = _PREFIX.match(line).end() + 1  # type: ignore[union-attr]
            parts.append(line[col - 1:])
            anchors.append((number, col))
        text = "\n".join(parts)
        starts = [0]
        for part in parts[:-1]:
            starts.append(starts[-1] + len(part) + 1)
        region = Region(block, text, starts, anchors)
        scan(region)
        yield region


def _flanking(text: str, start: int, end: int) -> tuple[bool, bool]:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    ws_before, ws_after = before.isspace(), after.isspace()
    p_before, p_after = _punct(before), _punct(after)
    left = not ws_after and (not p_after or ws_before or p_before)
    right = not ws_before and (not p_before or ws_after or p_after)
    return left, right


@lru_cache(maxsize=1024)
def _punct(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def scan(region: Region) -> None:
    """Fill ``masked``, ``codespans`` and ``emphasis`` (CommonMark's delimiter algorithm, simplified)."""
    text = region.text
    masked = bytearray(len(text))
    runs: list[list[int | str | bool]] = []  # [pos, length, char, can_open, can_close, orig]
    ticks: dict[int, list[int]] | None = None  # computed on first use: each is one pass over the text
    groups: dict[int, int] | None = None
    last_close = text.rfind("-->")
    i = 0
    while i < len(text):
        special = _SPECIAL.search(text, i)  # every other character only moves the cursor on
        if special is None:
            break
        i = special.start()
        char = text[i]
        if char == "\\" and i + 1 < len(text) and _punct(text[i + 1]):
            i += 2
            continue
        if char == "`":
            j = i
            while j < len(text) and text[j] == "`":
                j += 1
            size = j - i
            if ticks is None:
                ticks = _backtick_runs(text)
            later = ticks.get(size, [])
            at = bisect_left(later, j)
            if at < len(later):
                close_end = later[at] + size
                masked[i:close_end] = b"\x01" * (close_end - i)
                region.codespans.append((i, close_end))
                i = close_end
            else:
                i = j
            continue
        if char == "<":
            # a comment that cannot close (no '-->' after it) is not tried: that scan is quadratic
            comment = text.startswith("<!--", i)
            m = _AUTOLINK.match(text, i) or (_HTML.match(text, i) if not comment or i + 4 <= last_close else None)
            if m:
                masked[i:m.end()] = b"\x01" * (m.end() - i)
                i = m.end()
                continue
        if char == "]" and i + 1 < len(text) and text[i + 1] in "([":
            if groups is None:
                groups = _matching_groups(text)
            end = groups.get(i + 1)
            if end:
                masked[i + 1:end] = b"\x01" * (end - i - 1)
                i = end
                continue
        if char in "*_":
            j = i
            while j < len(text) and text[j] == char:
                j += 1
            left, right = _flanking(text, i, j)
            if char == "_":
                before = text[i - 1] if i else " "
                after = text[j] if j < len(text) else " "
                opens = left and (not right or _punct(before))
                closes = right and (not left or _punct(after))
            else:
                opens, closes = left, right
            runs.append([i, j - i, char, opens, closes, j - i])
            i = j
            continue
        i += 1
    region.masked = masked
    _pair(region, runs)


def _backtick_runs(text: str) -> dict[int, list[int]]:
    """Start offsets of the backtick runs of each length, in order: closing a code span is a bisect."""
    runs: dict[int, list[int]] = {}
    for m in _TICKS.finditer(text):
        runs.setdefault(m.end() - m.start(), []).append(m.start())
    return runs


def _matching_groups(text: str) -> dict[int, int]:
    """For each ``(`` and ``[``, the end (exclusive) of its balanced group, in one pass."""
    ends: dict[int, int] = {}
    for open_, close in ("()", "[]"):
        stack: list[int] = []
        for m in re.finditer(re.escape(open_) + "|" + re.escape(close), text):
            if m.group() == open_:
                stack.append(m.start())
            elif stack:
                ends[stack.pop()] = m.end()
    return ends


def _pair(region: Region, runs: list[list[int | str | bool]]) -> None:
    """Match delimiter runs; each run is [start, remaining length, char, opens, closes, original length]."""
    used_left = {id(r): 0 for r in runs}  # characters consumed from the start of the run
    k = 0
    while k < len(runs):
        closer = runs[k]
        if not closer[4] or int(closer[1]) == 0:
            k += 1
            continue
        found = None
        for o in range(k - 1, -1, -1):
            opener = runs[o]
            if opener[2] != closer[2] or not opener[3] or int(opener[1]) == 0:
                continue
            if (opener[4] or closer[3]) and (int(opener[5]) + int(closer[5])) % 3 == 0 \
                    and not (int(opener[5]) % 3 == 0 and int(closer[5]) % 3 == 0):
                continue
            found = o
            break
        if found is None:
            k += 1
            continue
        opener = runs[found]
        size = 2 if int(opener[1]) >= 2 and int(closer[1]) >= 2 else 1
        open_at = int(opener[0]) + int(opener[1]) - size
        close_at = int(closer[0]) + used_left[id(closer)]
        region.emphasis.append(Emphasis(open_at, close_at + size, str(closer[2]), size == 2))
        opener[1] = int(opener[1]) - size
        closer[1] = int(closer[1]) - size
        used_left[id(closer)] += size
        for between in runs[found + 1:k]:
            between[1] = 0
        if int(closer[1]) == 0:
            k += 1
    region.emphasis.sort(key=lambda e: e.start)


def list_items(doc: Document) -> list[Entry]:
    return [e for e in doc.entries if e.kind == "list_item"]


def sibling_lists(doc: Document) -> list[list[Entry]]:
    """Runs of sibling list items of one list: same parent, same marker kind, only blank lines between."""
    out: list[list[Entry]] = []

    def same_list(run: list[Entry], entry: Entry) -> bool:
        return (entry.kind == "list_item" and bool(run) and entry.marker[-1] == run[-1].marker[-1]
                and entry.column == run[-1].column
                and all(not doc.line_text(n).strip() for n in range(run[-1].end_line + 1, entry.line)))

    def visit(siblings: tuple[Entry, ...]) -> None:
        run: list[Entry] = []
        for entry in siblings:
            if same_list(run, entry):
                run.append(entry)
            else:
                if run:
                    out.append(run)
                run = [entry] if entry.kind == "list_item" else []
            visit(entry.children)
        if run:
            out.append(run)

    visit(tuple(e for e in doc.entries if e.depth == 0))
    return sorted(out, key=lambda r: r[0].line)


def inside_list(doc: Document, line: int) -> bool:
    return any(e.kind == "list_item" and e.line <= line <= e.end_line for e in doc.entries)


def replace(line: int, column: int, end_column: int, text: str, title: str, safe: bool = True) -> Fix:
    """A one-line edit; ``safe=False`` when it changes what readers see (words, code), not just syntax."""
    return Fix((Edit(line, column, line, end_column, text),), title, safe)


def plural(count: int, word: str) -> str:
    return f"`{count}` {word}" if count == 1 else f"`{count}` {word}s"
