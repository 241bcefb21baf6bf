"""`--fix` on every list of both corpora changes only lines a finding was about, and exactly as many
lines as the findings' fixes predicted (issue #9 point 8): no fix rewrites a consistent file, and no
fix reaches beyond the finding that offers it."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from awesomelint.engine import lint_text
from awesomelint.finding import Finding
from awesomelint.fix import fix_text
from tests.conftest import SHARED, require_shared

LISTS = sorted(p for corpus in ("corpus", "corpus-wide") for p in (SHARED / corpus).glob("*.md")
               if p.name != "README.md") if SHARED.is_dir() else []


def _predicted(findings: list[Finding], text: str) -> set[int]:
    """The lines the safe fixes' edits touch (1-based, in the original text). An edit from the end of
    line l to the start of blank lines removes them: they go, and line l keeps its text."""
    source = text.splitlines()
    lines: set[int] = set()
    for finding in findings:
        if finding.fix is None or not finding.fix.safe:
            continue
        for edit in finding.fix.edits:
            first = edit.line
            if (edit.end_line > edit.line and edit.column > len(source[edit.line - 1])
                    and not any(line.strip() for line in source[edit.line:edit.end_line])):
                first += 1
            span = source[edit.line - 1:edit.end_line]
            if len(span) == edit.end_line - edit.line + 1:
                joined = "\n".join(span)
                end = len(joined) - len(span[-1]) + edit.end_column - 1
                result = (joined[:edit.column - 1] + edit.replacement + joined[end:]).split("\n")
                if len(result) == len(span):  # lines rewritten in place (a reordering): only those that differ
                    lines.update(edit.line + i for i, (a, b) in enumerate(zip(span, result, strict=True)) if a != b)
                    continue
            lines.update(range(first, edit.end_line + 1))
    return lines


def _changed(before: str, after: str) -> set[int]:
    """Lines of ``before`` that ``after`` replaces, deletes or inserts text at (1-based)."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)  # a final newline counts
    if len(old) == len(new):  # lines rewritten in place (a reordering too): compare them by position
        return {i + 1 for i, (a, b) in enumerate(zip(old, new, strict=True)) if a != b}
    changed: set[int] = set()
    for tag, i1, i2, _, _ in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            changed.update(range(i1 + 1, i2 + 1))
        elif tag == "insert":
            changed.add(max(i1, 1))  # lines inserted after line i1 belong to the edit on that line
    return changed


@pytest.mark.slow
@pytest.mark.parametrize("path", LISTS or [None], ids=lambda p: f"{p.parent.name}/{p.stem}" if p else "no-corpus")
def test_fix_changes_only_the_lines_its_findings_predicted(path: Path | None) -> None:
    require_shared()
    assert path is not None
    text = path.read_text(encoding="utf-8").lstrip("\ufeff")

    def lint(source: str) -> list[Finding]:
        return lint_text(source, path=path)

    findings = lint(text)
    predicted = _predicted(findings, text)
    outcome = fix_text(text, lint)
    assert outcome.stable, "fixes kept coming"
    changed = _changed(text, outcome.text)
    assert changed <= predicted, f"lines changed that no finding was about: {sorted(changed - predicted)[:8]}"
    assert len(changed) == len(predicted), f"predicted lines left unchanged: {sorted(predicted - changed)[:8]}"
