"""A paper entry continues on a lazy continuation line: an unindented line that Markdown silently
joins to the list item above. Doc: rules/AL200-entry-split-across-lines.md
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.papers import papers
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL200",
    name="entry-split-across-lines",
    summary="A paper entry is written on one line, not continued on a lazy continuation line.",
    severity=Severity.WARNING,
    fixable=True,
    profiles=PAPERS,
)
_JOIN_TIGHT = ",，.;:)]"


def _hard_break(line: str) -> bool:
    return line.endswith(("\\", "  "))


def check(doc: Document, options: object) -> Iterator[Problem]:
    for paper in papers(doc):
        if paper.kind != "list_item":
            continue
        segments = paper.source.segments
        content_column = segments[0][1]
        for (prev_line, _, prev_text), (line, _, text) in itertools.pairwise(segments):
            source = doc.line_text(line)  # the segment's text may start after its indentation
            indent = len(source) - len(source.lstrip(" \t"))
            if indent >= content_column - 1 or _hard_break(prev_text) or not text.strip():
                continue
            if line > prev_line + 1:
                continue  # a blank line between: a paragraph of its own (an authors line), not a lazy line
            full_prev = doc.line_text(prev_line)
            prev_end = len(full_prev.rstrip(" \t")) + 1
            joiner = "" if text.lstrip()[0] in _JOIN_TIGHT else " "
            fix = Fix((Edit(prev_line, prev_end, line, indent + 1, joiner),), f"join line {line} to line {prev_line}")
            yield Problem(line, indent + 1,
                          f"the entry of line {paper.line} continues on line {line} (a lazy continuation line); "
                          "write it on one line", line, len(text) + 1, fix=fix)
