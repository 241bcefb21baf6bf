"""Helpers for reordering list entries without changing a line: which entries are already in order,
and each entry's block of lines (nested items and trailing comment lines included)."""

from __future__ import annotations

import re
from bisect import bisect_right

from awesomelint.document import Document, Entry

COMMENT_LINE = re.compile(r"^\s*<!--.*-->\s*$")


def _trailing_comment(line: str, entry: Entry) -> bool:
    """A comment line right after the last entry belongs to it when indented at least as much."""
    return bool(COMMENT_LINE.match(line)) and len(line) - len(line.lstrip()) >= entry.column - 1


def in_order(keys: list[str]) -> set[int]:
    """Indices of a longest non-decreasing subsequence: the entries that are already in place."""
    tails: list[tuple[str, int]] = []
    before: list[int] = [-1] * len(keys)
    ends: list[int] = []
    for i, key in enumerate(keys):
        k = bisect_right([t[0] for t in tails], key)
        before[i] = ends[k - 1] if k else -1
        if k == len(tails):
            tails.append((key, i))
            ends.append(i)
        else:
            tails[k] = (key, i)
            ends[k] = i
    keep: set[int] = set()
    i = ends[-1] if ends else -1
    while i >= 0:
        keep.add(i)
        i = before[i]
    return keep


def entry_blocks(doc: Document, group: list[Entry]) -> tuple[list[list[str]], list[list[str]]]:
    """Each entry's lines (with nested items and trailing comment lines) and the blank runs between."""
    chunks: list[list[str]] = []
    gaps: list[list[str]] = []
    for k, entry in enumerate(group):
        end = max(entry.end_line, entry.line)
        stop = group[k + 1].line - 1 if k + 1 < len(group) else end
        while k + 1 == len(group) and _trailing_comment(doc.line_text(stop + 1), entry):
            stop += 1
        lines = [doc.line_text(n) for n in range(entry.line, stop + 1)]
        last = end - entry.line + 1
        while len(lines) > last and not lines[-1].strip():
            lines.pop()
        chunks.append(lines)
        gaps.append([doc.line_text(n) for n in range(entry.line + len(lines), stop + 1)])
    return chunks, gaps
