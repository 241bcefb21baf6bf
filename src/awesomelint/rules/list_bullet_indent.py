"""A top-level list item starts at the left margin: an indented bullet looks nested but is not.

Doc: rules/AL016-list-bullet-indent.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem
from awesomelint.markup.markdown import list_items, plural
from awesomelint.profiles import HYGIENE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL016", name="list-bullet-indent", summary="No spaces before top-level list markers.",
                fixable=True, aliases=("list-item-bullet-indent",), profiles=HYGIENE)


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for item in list_items(doc):
        line = doc.line_text(item.line)
        prefix = line[:item.column - 1]
        if item.depth or not item.indent or prefix.strip():
            continue
        edits = []
        for number in range(item.line, item.end_line + 1):
            text = doc.line_text(number)
            cut = min(len(text) - len(text.lstrip(" ")), len(prefix))
            if cut and number not in doc.html_lines:
                edits.append(Edit(number, 1, number, cut + 1, ""))
        yield Problem(item.line, item.column, f"Unexpected {plural(len(prefix), 'space')} before list item, "
                      "expected `0` spaces, remove them", fix=Fix(tuple(edits), "remove the indent"))
