"""Exactly one space between a task-list checkbox and the item's text.

Doc: rules/AL006-checkbox-spacing.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.checkbox import checkboxes
from awesomelint.markup.markdown import plural, replace
from awesomelint.profiles import STYLE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL006", name="checkbox-spacing", summary="One space after a checkbox.", severity=Severity.WARNING,
                fixable=True, aliases=("checkbox-content-indent",), profiles=STYLE)


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for item, m in checkboxes(doc):
        gap = m.group(2)
        if gap == " ":
            continue
        start = m.start(2) + 1
        yield Problem(item.line, start + len(gap), f"Unexpected {plural(len(gap), 'space')} between checkbox and "
                      f"content, expected `1` space, remove {plural(len(gap) - 1, 'space')}",
                      fix=replace(item.line, start, start + len(gap), " ", "one space"))
