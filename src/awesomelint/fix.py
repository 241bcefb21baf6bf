"""Applying fixes: non-overlapping edits, re-lint until stable, write atomically.

Edits are applied to the text as read, line endings untouched, so the bytes outside an edit never
change; new lines inside a replacement take the file's dominant line ending.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from awesomelint.finding import Edit, Finding
from awesomelint.parse.parser import dominant_newline

MAX_PASSES = 10


@dataclass(frozen=True, slots=True)
class FixOutcome:
    text: str
    applied: int  # fixes applied over all passes
    passes: int
    stable: bool  # False when MAX_PASSES ran out while fixes kept coming


def _line_offsets(text: str) -> list[int]:
    offsets = [0]
    i = 0
    n = len(text)
    while i < n:
        char = text[i]
        if char == "\r":
            if i + 1 < n and text[i + 1] == "\n":
                i += 1
            offsets.append(i + 1)
        elif char == "\n":
            offsets.append(i + 1)
        i += 1
    return offsets


def _offset(offsets: list[int], text: str, line: int, column: int) -> int:
    """Offset of a 1-based (line, column); a column past the line's text reaches into its ending."""
    if line > len(offsets):
        return len(text)
    end = offsets[line] if line < len(offsets) else len(text)
    return min(offsets[line - 1] + column - 1, end)


def apply_edits(text: str, findings: Sequence[Finding], *, unsafe: bool = False) -> tuple[str, int]:
    """Apply each finding's fix whole, skipping any that overlaps one already taken, and unsafe
    fixes unless ``unsafe``."""
    offsets = _line_offsets(text)
    newline = dominant_newline(text)
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[int, int, str]] = []
    applied = 0
    for finding in findings:
        if finding.fix is None or not (finding.fix.safe or unsafe):
            continue
        spans = [(_offset(offsets, text, e.line, e.column), _offset(offsets, text, e.end_line, e.end_column), e)
                 for e in finding.fix.edits]
        if any(start > end for start, end, _ in spans):
            continue
        if any(_overlaps(s, e, ts, te) for s, e, _ in spans for ts, te in taken):
            continue
        for start, end, edit in spans:
            taken.append((start, end))
            chosen.append((start, end, _with_newline(edit, newline)))
        applied += 1
    for start, end, replacement in sorted(chosen, key=lambda c: (c[0], c[1]), reverse=True):
        text = text[:start] + replacement + text[end:]
    return text, applied


def _overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    if start == end or other_start == other_end:  # insertions clash only at the same point or inside
        return other_start < start < other_end or start < other_start < end or start == other_start
    return start < other_end and other_start < end


def _with_newline(edit: Edit, newline: str) -> str:
    return edit.replacement.replace("\n", newline) if newline != "\n" else edit.replacement


def fix_text(text: str, lint: Callable[[str], Sequence[Finding]], *, unsafe: bool = False) -> FixOutcome:
    """Lint, apply, and lint again until no fix applies (at most ``MAX_PASSES`` times)."""
    applied = 0
    for passes in range(1, MAX_PASSES + 1):
        findings = lint(text)
        new_text, count = apply_edits(text, findings, unsafe=unsafe)
        if count == 0 or new_text == text:
            return FixOutcome(text, applied, passes, True)
        text = new_text
        applied += count
    return FixOutcome(text, applied, MAX_PASSES, False)


def unified_diff(before: str, after: str, path: str) -> str:
    return "".join(difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{path}", f"b/{path}",
    ))
