"""Exactly one space between an ATX heading's hashes and its text (and before closing hashes).

Doc: rules/AL020-heading-content-spacing.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.markdown import plural, replace
from awesomelint.profiles import HYGIENE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL020", name="heading-content-spacing", summary="One space between `#` and heading text.",
                severity=Severity.WARNING, fixable=True, aliases=("no-heading-content-indent",), profiles=HYGIENE)

_CLOSING = re.compile(r"([ \t]+)#+[ \t]*$")


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for heading in doc.headings:
        if heading.style != "atx" or not heading.raw:
            continue
        line = doc.line_text(heading.line)
        hashes_end = heading.column + heading.level  # column after the last opening '#'
        gap = heading.text_column - hashes_end
        if gap > 1:
            yield Problem(heading.line, heading.text_column, f"Unexpected {plural(gap, 'space')} between hashes and "
                          f"content, expected `1` space, remove {plural(gap - 1, 'space')}",
                          fix=replace(heading.line, hashes_end, heading.text_column, " ", "one space"))
        closing = _CLOSING.search(line, heading.text_column - 1)
        if closing and len(closing.group(1)) > 1 and line[heading.text_column - 1:closing.start()].strip():
            size = len(closing.group(1))
            start = closing.start() + 1
            yield Problem(heading.line, start + size, f"Unexpected {plural(size, 'space')} between content and hashes, "
                          f"expected `1` space, remove {plural(size - 1, 'space')}",
                          fix=replace(heading.line, start, start + size, " ", "one space"))
