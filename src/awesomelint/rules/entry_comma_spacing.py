"""Commas inside paper entries: no space before, one space after, no full-width comma in Latin text.
Doc: rules/AL201-entry-comma-spacing.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers import papers
from awesomelint.papers.rulekit import edit, masked, problem, prose_papers
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL201",
    name="entry-comma-spacing",
    summary="Commas in entries have no space before and one space after.",
    severity=Severity.WARNING,
    fixable=True,
    profiles=PAPERS,
)
_BEFORE = re.compile(r"(?<=[^\s\x00])[ \t]+(?=,)")
# a comma right before the `*`/`_` that closes an emphasis (`*[Title](url),*`) is followed by markup, not text
_AFTER = re.compile(r",(?![*_]+(?:[\s,.;:)\]]|$))(?=[^\s\d,\x00\"'”’)\]])")
_FULL_WIDTH = re.compile(r"[ \t]*，[ \t]*")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff01-\uff0b\uff0d-\uff5e]")


def check(doc: Document, options: object) -> Iterator[Problem]:
    for paper in prose_papers(doc, papers(doc)):
        text = masked(paper)
        source = paper.source
        for match in _BEFORE.finditer(text):
            start, end = match.span()
            yield problem(source, start, end, "space before a comma", [edit(source, start, end, "")],
                          "remove the space before the comma")
        for match in _AFTER.finditer(text):
            after = match.end()
            yield problem(source, match.start(), after, "no space after a comma",
                          [edit(source, after, after, " ")], "add a space after the comma")
        if _CJK.search(text.replace("，", "")):
            continue
        for match in _FULL_WIDTH.finditer(text):
            start, end = match.span()
            if start > 0 and text[start - 1] == "\n":
                continue
            yield problem(source, text.index("，", start), end, "full-width comma '，' in Latin text",
                          [edit(source, start, end, ", ")], "use ', '")
