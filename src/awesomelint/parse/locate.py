"""Finding mistune's blocks in the source lines, in order, to give them exact positions.

mistune hands us each block's text with its container prefixes (list indents, ``>``) removed.
Every such text line still ends its source line (or, for headings and table cells, stands inside
it), so a forward-only cursor finds each block where it is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_PREFIX = r"(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*"
_ATX = re.compile(r"^" + _PREFIX + r"(#{1,6})(?=[ \t]|$)")
_SETEXT_UNDERLINE = re.compile(r"^[ \t>]*(=+|-+)[ \t]*$")
_THEMATIC = re.compile(r"^" + _PREFIX + r"([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_MARKER_BEFORE = re.compile(r"(?<![^ \t>])([-*+]|\d{1,9}[.)])[ \t>]*(?:\[[ xX]\][ \t]*)?$")
_MARKER_START = re.compile(r"^[ \t>]*([-*+]|\d{1,9}[.)])(?=[ \t]|$)")
_ORDERED_AT = re.compile(r"(?<![^ \t>])(\d{1,9}[.)])(?=[ \t]|$)")
_BULLET_AT = re.compile(r"(?<![^ \t>])([-*+])(?=[ \t]|$)")
_MARKER_ONLY = re.compile(r"^" + _PREFIX + r"([-*+]|\d{1,9}[.)])[ \t]*$")

Anchor = tuple[int, int]  # 0-based source line and column
# How far behind the cursor a block mistune emitted out of order is looked for (lines).
PASSED_OVER_WINDOW = 400


def _suffix_column(source: str, text: str) -> int | None:
    """Column where ``text`` (one text line) ends ``source``, allowing for stripped indentation."""
    s = source.rstrip(" \t")
    t = text.rstrip(" \t")
    if s.endswith(t):
        return len(s) - len(t)
    core = t.lstrip(" \t")
    if core and s.endswith(core):
        return len(s) - len(core) - (len(t) - len(core))
    return None


class Locator:
    def __init__(self, lines: tuple[str, ...]) -> None:
        self.lines = lines
        self.cursor = 0
        self.last = 0  # the last source line (0-based) the latest located block reached
        self.claimed: set[int] = set()

    def _touch(self, line: int, first: int | None = None) -> None:
        self.last = line
        self.claimed.update(range(line if first is None else first, line + 1))

    def lines_block(self, text_lines: list[str]) -> list[Anchor] | None:
        """Paragraph-like text: each text line ends a consecutive source line."""
        found = self._lines_block(text_lines, range(self.cursor, len(self.lines)))
        if found is not None and not self._next_after_cursor(found[0][0]):
            # mistune now and then emits a block after one that follows it in the source (a block quote
            # followed by a list): its lines were passed over, just behind the cursor. A forward match
            # with unread text before it may be a later copy of the same text (a list pasted twice).
            behind = self._lines_block(text_lines, self._passed_over())
            found = behind if behind is not None else found
        if found is None:
            # look again among all the lines nobody claimed
            found = self._lines_block(text_lines, (j for j in range(len(self.lines)) if j not in self.claimed))
        if found is not None:
            first, end = found[0][0], found[-1][0]
            self.cursor = max(self.cursor, end + 1)
            self._touch(end, first)
        return found

    def _next_after_cursor(self, line: int) -> bool:
        """Only blank or already located lines between the cursor and ``line``."""
        return all(j in self.claimed or not self.lines[j].strip(" \t>") for j in range(self.cursor, line))

    def _passed_over(self, window: int = PASSED_OVER_WINDOW) -> Iterable[int]:
        """Unclaimed text lines behind the cursor, nearest first."""
        for j in range(self.cursor - 1, max(-1, self.cursor - 1 - window), -1):
            if j not in self.claimed and self.lines[j].strip(" \t>"):
                yield j

    def _lines_block(self, text_lines: list[str], candidates: Iterable[int]) -> list[Anchor] | None:
        lines = self.lines
        first = text_lines[0]
        for j in candidates:
            col = _suffix_column(lines[j], first)
            if col is None:
                continue
            anchors = [(j, col)]
            for k, text in enumerate(text_lines[1:], start=1):
                if j + k >= len(lines):
                    break
                c = _suffix_column(lines[j + k], text)
                if c is None:
                    break
                anchors.append((j + k, c))
            if len(anchors) == len(text_lines):
                return anchors
        return None

    def atx_heading(self, level: int, text: str) -> tuple[int, int, int] | None:
        """(line, column of the first '#', column of the text)."""
        for j in range(self.cursor, len(self.lines)):
            m = _ATX.match(self.lines[j])
            if not m or len(m.group(1)) != level:
                continue
            at = self.lines[j].find(text, m.end(1)) if text else m.end(1)
            if at < 0:
                continue
            self.cursor = j + 1
            self._touch(j)
            return j, m.start(1), at
        return None

    def setext_heading(self, text_lines: list[str]) -> list[Anchor] | None:
        saved = self.cursor
        while True:
            anchors = self.lines_block(text_lines)
            if anchors is None:
                self.cursor = saved
                return None
            under = anchors[-1][0] + 1
            if under < len(self.lines) and _SETEXT_UNDERLINE.match(self.lines[under]):
                self.cursor = under + 1
                self._touch(under, anchors[0][0])
                return anchors
            self.cursor = anchors[0][0] + 1

    def raw_block(self, raw: str) -> tuple[int, int] | None:
        """An HTML or indented code block: its first non-blank raw line, and how many lines it has."""
        raw_lines = raw.rstrip("\n").split("\n")
        skip = 0
        while skip < len(raw_lines) and not raw_lines[skip].strip():
            skip += 1
        if skip == len(raw_lines):
            return None
        first = raw_lines[skip].strip()
        for j in range(self.cursor, len(self.lines)):
            if self.lines[j].rstrip(" \t").endswith(first):
                start = max(j - skip, self.cursor)
                end = min(j - skip + len(raw_lines), len(self.lines))
                self.cursor = end
                self._touch(end - 1, start)
                return start, end - start
        return None

    def fenced_block(self, marker: str, raw: str) -> tuple[int, int] | None:
        """A fenced code block: (first line, number of lines including both fences)."""
        n = raw.count("\n")
        for j in range(self.cursor, len(self.lines)):
            stripped = self.lines[j].lstrip(" \t>-*+0123456789.)")
            if not stripped.startswith(marker):
                continue
            end = j + 1 + n
            if end < len(self.lines) and self.lines[end].strip(" \t>").startswith(marker[0] * len(marker)):
                end += 1
            end = min(end, len(self.lines))
            self.cursor = end
            self._touch(end - 1, j)
            return j, end - j
        return None

    def thematic_break(self) -> int | None:
        for j in range(self.cursor, len(self.lines)):
            if _THEMATIC.match(self.lines[j]):
                self.cursor = j + 1
                self._touch(j)
                return j
        return None

    def table_row(self, cells: list[str]) -> tuple[int, list[int]] | None:
        """A table row: its line, and the column of each cell's text."""
        for j in range(self.cursor, len(self.lines)):
            line = self.lines[j]
            if "|" not in line:
                continue
            columns = _cell_columns(line, cells)
            if columns is None:
                continue
            self.cursor = j + 1
            self._touch(j)
            return j, columns
        return None

    def skip_delimiter_row(self) -> None:
        if self.cursor < len(self.lines) and set(self.lines[self.cursor].strip()) <= set("|:- \t"):
            self.cursor += 1

    def marker(self, line: int, column: int) -> tuple[int, str] | None:
        """The list marker before ``column`` on ``line``, or alone on an earlier line."""
        m = _MARKER_BEFORE.search(self.lines[line][:column])
        if m:
            return m.start(1), m.group(1)
        m = _MARKER_START.match(self.lines[line])
        if m:
            return m.start(1), m.group(1)
        return None

    def marker_after(self, line: int, column: int, ordered: bool) -> tuple[int, str] | None:
        """The first ordered (``1.``) or bullet (``-``) marker on ``line`` from ``column`` on."""
        m = (_ORDERED_AT if ordered else _BULLET_AT).search(self.lines[line], column)
        return (m.start(1), m.group(1)) if m else None

    def marker_line(self, start: int) -> tuple[int, int, str] | None:
        for j in range(min(start, len(self.lines) - 1), -1, -1):
            m = _MARKER_ONLY.match(self.lines[j])
            if m:
                return j, m.start(1), m.group(1)
        return None


def _cell_columns(line: str, cells: list[str]) -> list[int] | None:
    columns: list[int] = []
    at = 0
    for cell in cells:
        if not cell:
            bar = line.find("|", at)
            columns.append(bar + 1 if bar >= 0 else at)
            at = columns[-1]
            continue
        found = line.find(cell, at)
        if found < 0:
            found = line.find(cell.replace("|", "\\|"), at)
        if found < 0:
            return None
        columns.append(found)
        at = found + len(cell)
    return columns
