"""Exactly one space between a block quote marker (`>`) and the quoted content.

Doc: rules/AL004-blockquote-spacing.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.markdown import plural, replace
from awesomelint.profiles import STYLE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL004", name="blockquote-spacing", summary="One space after `>`.", severity=Severity.WARNING,
                fixable=True, aliases=("blockquote-indentation",), profiles=STYLE)

_QUOTE = re.compile(r"^ {0,3}>")


def _is_quote(doc: Document, number: int) -> bool:
    return bool(_QUOTE.match(doc.line_text(number))) and number not in doc.code_lines \
        and number not in doc.html_lines


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for number in range(1, len(doc.lines) + 1):
        if not _is_quote(doc, number) or (number > 1 and _is_quote(doc, number - 1)):
            continue
        line = doc.line_text(number)
        at = line.index(">")
        while at < len(line) and line[at] == ">":  # each marker of a nested quote
            after = line[at + 1:]
            if "\t" in after[:len(after) - len(after.lstrip())]:
                break
            spaces = len(after) - len(after.lstrip(" "))
            if after.strip() and spaces != 1:
                change = "add `1` space" if spaces == 0 else f"remove {plural(spaces - 1, 'space')}"
                yield Problem(number, at + 2 + spaces, f"Unexpected {plural(spaces, 'space')} between block quote "
                              f"marker and content, expected `1` space, {change}",
                              fix=replace(number, at + 2, at + 2 + spaces, " ", "one space after `>`"))
            at += 1 + spaces
