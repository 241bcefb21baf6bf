"""Papers numbered in their text (``**[12]**`` paragraphs, ``- [12]`` items, ``**12.**`` paragraphs, a
table's ``No.`` column) skip or repeat a number: a paper was lost or pasted twice, and citations by
number point to the wrong paper. Markdown's own ordered lists (``12.``) are AL030's.
Doc: rules/AL220-paper-number-sequence.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers import Paper, papers
from awesomelint.papers.source import cell_spans
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL220",
    name="paper-number-sequence",
    summary="Papers numbered in their text are numbered 1, 2, 3 … without gaps or repeats.",
    severity=Severity.WARNING,
    profiles=PAPERS,
)
_NUMBER = re.compile(r"[ \t]*(?:\*\*\[(?P<a>\d{1,4})\]\*\*|\[(?P<b>\d{1,4})\](?![(\[:])|\*\*(?P<c>\d{1,4})\.\*\*)")
_BOLD_NUMBER = re.compile(r"^[ \t]*\*\*(\d{1,4})\.\*\*[ \t]+\S")
_NUMBER_HEADER = re.compile(r"^(?:no\.?|#|index|num\.?|number|序号|编号)$", re.IGNORECASE)
CONSECUTIVE = 0.6  # the share of steps that go up by one (or start again at 0 or 1) that makes a numbering
MIN_NUMBERED = 5


@dataclass(frozen=True, slots=True)
class Number:
    value: int
    line: int
    column: int  # of the first digit
    width: int
    form: str


def _number(doc: Document, paper: Paper) -> Number | None:
    line, column, text = paper.source.segments[0]
    if paper.kind == "table_row":
        return _cell_number(doc, paper.line)
    match = _NUMBER.match(text)
    if match is None:
        return None
    group = next(g for g in ("a", "b", "c") if match.group(g))
    form = {"a": "**[n]**", "b": "[n]", "c": "**n.**"}[group]
    return Number(int(match.group(group)), line, column + match.start(group), len(match.group(group)), form)


def _cell_number(doc: Document, line: int) -> Number | None:
    table = next((b for b in doc.blocks if b.type == "table" and b.line <= line <= b.end_line), None)
    if table is None:
        return None
    header_line = next((n for n in range(table.line, table.end_line + 1) if doc.line_text(n).strip()), line)
    header = doc.line_text(header_line)
    columns = [i for i, (a, b) in enumerate(cell_spans(header)) if _NUMBER_HEADER.match(header[a:b].strip("*_ "))]
    spans = cell_spans(doc.line_text(line))
    if not columns or columns[0] >= len(spans):
        return None
    start, end = spans[columns[0]]
    value = doc.line_text(line)[start:end]
    return Number(int(value), line, start + 1, end - start, "No. column") if value.isdigit() else None


def _runs(numbers: list[Number]) -> list[list[Number]]:
    """Numberings of one form, in document order; each ends where another form's begins."""
    runs: list[list[Number]] = []
    for number in numbers:
        if runs and runs[-1][-1].form == number.form:
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


def _numbered_paragraphs(doc: Document) -> list[Number]:
    """``**12.** Title ...`` paragraphs, which the papers reader does not take for entries of their own."""
    found = []
    for block in doc.blocks:
        if block.type == "paragraph" and (match := _BOLD_NUMBER.match(doc.line_text(block.line))):
            found.append(Number(int(match.group(1)), block.line, match.start(1) + 1, len(match.group(1)), "**n.**"))
    return found


def check(doc: Document, options: object) -> Iterator[Problem]:
    numbers = [n for paper in papers(doc) if (n := _number(doc, paper)) is not None]
    lines = {n.line for n in numbers}
    numbers = sorted([*numbers, *(n for n in _numbered_paragraphs(doc) if n.line not in lines)],
                     key=lambda n: n.line)
    for run in _runs(numbers):
        steps = list(pairwise(run))
        counted = sum(1 for a, b in steps if b.value == a.value + 1 or b.value in (0, 1))
        if len(run) < MIN_NUMBERED or counted < CONSECUTIVE * len(steps):
            continue  # "[2003]" years, or too few numbers to call it a numbering
        for before, number in steps:
            if number.value in (0, 1) or number.value == before.value + 1:
                continue
            if number.value == before.value:
                why = f"repeats number {before.value} of line {before.line}"
            elif number.value > before.value:
                why = f"skips from {before.value} (line {before.line}) to {number.value}"
            else:
                why = f"goes back from {before.value} (line {before.line}) to {number.value}"
            yield Problem(number.line, number.column, f"paper number {number.value} {why}; expected "
                          f"{before.value + 1}", number.line, number.column + number.width)
