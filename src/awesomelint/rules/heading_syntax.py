"""Headings use the ATX form (`## Title`): not underlined (setext) and not closed (`## Title ##`).

Doc: rules/AL014-heading-syntax.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.document import Document, Heading
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.profiles import STYLE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL014", name="heading-syntax", summary="ATX headings (`## Title`) only.", severity=Severity.WARNING,
                fixable=True, aliases=("heading-style",), profiles=STYLE)

_CLOSING = re.compile(r"[ \t]+#+[ \t]*$")


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for heading in doc.headings:
        if heading.style == "setext":
            lines = [doc.line_text(n).strip() for n in range(heading.line, heading.end_line)]
            prefix = doc.line_text(heading.line)[:heading.column - 1]
            new = prefix + "#" * heading.level + " " + " ".join(lines)
            end = len(doc.line_text(heading.end_line)) + 1
            fix = Fix((Edit(heading.line, 1, heading.end_line, end, new),), "use an ATX heading")
            yield Problem(heading.line, heading.column, "Unexpected setext heading, expected ATX",
                          heading.end_line, end, fix=fix if _joinable(doc, heading, prefix) else None)
            continue
        line = doc.line_text(heading.line)
        closing = _CLOSING.search(line, heading.text_column - 1)
        if closing and line[heading.text_column - 1:closing.start()].strip():
            yield Problem(heading.line, heading.column, "Unexpected closed ATX heading, expected ATX",
                          fix=Fix((Edit(heading.line, closing.start() + 1, heading.line, len(line) + 1, ""),),
                                  "remove the closing hashes"))


def _joinable(doc: Document, heading: Heading, prefix: str) -> bool:
    """Whether joining the heading's lines onto one keeps it as it is: several text lines only at the
    left margin (inside a list item or quote they may be lazy lines the container does not own), no
    hard break between them, and an underline that belongs to the same container."""
    if prefix and heading.end_line > heading.line + 1:
        return False
    for number in range(heading.line, heading.end_line - 1):  # a hard break would be lost in the join
        text = doc.line_text(number)
        if text.endswith("\\") or len(text) - len(text.rstrip(" ")) >= 2:
            return False
    return not doc.line_text(heading.end_line)[:len(prefix)].strip(" \t>")
