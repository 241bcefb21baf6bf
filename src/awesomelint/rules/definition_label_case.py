"""Definition labels are lower case: references match them case-insensitively, so capitals only add
noise and inconsistency.

Doc: rules/AL008-definition-label-case.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem
from awesomelint.markup.markdown import replace
from awesomelint.profiles import STYLE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL008", name="definition-label-case", summary="Lower-case definition labels.",
                fixable=True, aliases=("definition-case",), profiles=STYLE)


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for definition in doc.refdefs:
        label = definition.label
        if label == label.lower():
            continue
        start = definition.column + 1
        footnote = "footnote " if label.startswith("^") else ""
        yield Problem(definition.line, definition.column, f"Unexpected uppercase characters in {footnote}definition "
                      "label, expected lowercase",
                      fix=replace(definition.line, start, start + len(label), label.lower(), "lower-case the label"))
