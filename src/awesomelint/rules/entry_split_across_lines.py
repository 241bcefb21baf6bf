"""A paper entry continues on a lazy continuation line: an unindented line that Markdown silently
joins to the list item above. Doc: rules/AL200-entry-split-across-lines.md
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.papers import Paper, papers
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
_FORMAT_MIN = 5
_BR_AT_END = re.compile(r"<br\s*/?>[ \t]*$", re.IGNORECASE)
# a line of nothing but anchors (`<a name="x"></a>`) or comments renders nothing: it is no entry text
_INVISIBLE = re.compile(r"(?:[ \t]*(?:<a\s+(?:name|id)\s*=[^<>]*>[ \t]*</a>|<!--.*?-->))+[ \t]*", re.IGNORECASE)


def _hard_break(line: str) -> bool:
    return line.endswith(("\\", "  ")) or _BR_AT_END.search(line) is not None


def _written_over_lines(items: Sequence[Paper]) -> bool:
    """Most of the list's entries span several source lines (a title line, then an authors or venue
    line): that is the list's entry format, not a slip, so its unindented lines are not reported.
    A handful of entries does not make a format."""
    multi = sum(1 for p in items if len({line for line, _, text in p.source.segments if text.strip()}) > 1)
    return multi >= _FORMAT_MIN and multi * 2 > len(items)


def check(doc: Document, options: object) -> Iterator[Problem]:
    items = [paper for paper in papers(doc) if paper.kind == "list_item"]
    if _written_over_lines(items):
        return
    for paper in items:
        segments = paper.source.segments
        content_column = segments[0][1]
        for (prev_line, _, prev_text), (line, _, text) in itertools.pairwise(segments):
            source = doc.line_text(line)  # the segment's text may start after its indentation
            indent = len(source) - len(source.lstrip(" \t"))
            if indent >= content_column - 1 or _hard_break(prev_text) or not text.strip():
                continue
            if line > prev_line + 1 or _INVISIBLE.fullmatch(text):
                continue  # after a blank line: a paragraph of its own (an authors line); or renders nothing
            full_prev = doc.line_text(prev_line)
            prev_end = len(full_prev.rstrip(" \t")) + 1
            joiner = "" if text.lstrip()[0] in _JOIN_TIGHT else " "
            fix = Fix((Edit(prev_line, prev_end, line, indent + 1, joiner),), f"join line {line} to line {prev_line}")
            yield Problem(line, indent + 1,
                          f"the entry of line {paper.line} continues on line {line} (a lazy continuation line); "
                          "write it on one line", line, len(text) + 1, fix=fix)
