"""The same punctuation mark twice in a row (`!!`, `??`, `,,`, `～～` …) reads as shouting or a typo.
Dots are not checked, so an ellipsis (`...`) is fine.

Doc: rules/AL037-repeated-punctuation.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.markdown import regions, replace
from awesomelint.options import Chars
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL037", name="repeated-punctuation", summary="No repeated punctuation marks.",
                severity=Severity.WARNING, fixable=True, aliases=("no-repeat-punctuation",), profiles=STYLE)


@dataclass(frozen=True, slots=True)
class Options:
    punctuation: Annotated[str, Chars()] = "！!~～,，·?？"  # the marks checked (awesome-lint's set)


def check(doc: Document, options: Options) -> Iterator[Problem]:
    marks = "".join(sorted(set(options.punctuation)))
    if not marks:
        return
    repeated = re.compile("|".join(f"{re.escape(c)}{{2,}}" for c in marks))
    for region in regions(doc):
        if not repeated.search(region.text):
            continue  # most regions have no run at all: skip the masking
        text = region.visible()
        for run in repeated.finditer(text):
            start, end, char = run.start(), run.end(), run.group()[0]
            if char == "~" and end - start == 2:
                continue  # ~~strikethrough~~
            line, column = region.position(start + 1)
            _, end_column = region.position(end)
            for offset in range(start + 1, end):
                at_line, at_column = region.position(offset)
                yield Problem(at_line, at_column, f'Should not repeat "{char}"',
                              fix=replace(line, column, end_column, "", f"keep one {char}", safe=False)
                              if offset == start + 1 and at_line == line == region.position(end - 1)[0] else None)
