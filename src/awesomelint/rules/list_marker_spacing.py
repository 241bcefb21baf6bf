"""Exactly one space between a list marker and the item's text.

Doc: rules/AL017-list-marker-spacing.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem
from awesomelint.markup.markdown import list_items, plural, replace
from awesomelint.profiles import STYLE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL017", name="list-marker-spacing", summary="One space after a list marker.",
                fixable=True, aliases=("list-item-indent",), profiles=STYLE)


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for item in list_items(doc):
        after = item.column + len(item.marker)  # column just after the marker
        line = doc.line_text(item.line)
        gap = line[after - 1:]
        spaces = len(gap) - len(gap.lstrip(" "))
        if not gap.strip() or "\t" in gap[:spaces + 1] or spaces <= 1:
            continue
        if item.text_line != item.line or not item.text:
            continue
        yield Problem(item.line, after + spaces, f"Unexpected {plural(spaces, 'space')} between list item marker and "
                      f"content, expected `1` space, remove {plural(spaces - 1, 'space')}",
                      fix=replace(item.line, after, after + spaces, " ", "one space after the marker"))
