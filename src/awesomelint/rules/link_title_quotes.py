"""Link and definition titles use one kind of quotes, `'…'` as in awesome-lint by default.

Doc: rules/AL015-link-title-quotes.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL015", name="link-title-quotes", summary="One quote style for link titles.",
                fixable=True, aliases=("link-title-style",), profiles=STYLE)

_TITLE = re.compile(r"""\s("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))\s*\)?\s*$""")
_CLOSE = {'"': '"', "'": "'", "(": ")"}


@dataclass(frozen=True, slots=True)
class Options:
    style: Literal["'", '"', "()", "consistent"] = "'"  # the title markers


def _places(doc: Document) -> Iterator[tuple[int, str, int]]:
    """(line, source up to the end of the title, offset of that source in the line) of each title."""
    for link in doc.links:
        if link.title is not None and link.line == link.end_line:
            yield link.line, doc.line_text(link.line)[link.column - 1:link.end_column - 1], link.column - 1
    for definition in doc.refdefs:
        yield definition.line, doc.line_text(definition.line), 0


def check(doc: Document, options: Options) -> Iterator[Problem]:
    expected = None if options.style == "consistent" else options.style[:1]
    for line, source, offset in _places(doc):
        m = _TITLE.search(source)
        if m is None:
            continue
        title = m.group(1)
        marker = title[0]
        if expected is None:
            expected = marker
        if marker == expected:
            continue
        start = offset + m.start(1) + 1
        end = start + len(title) - 1
        inner = title[1:-1]
        fix = None
        if _CLOSE[expected] not in inner and expected not in inner:
            fix = Fix((Edit(line, start, line, start + 1, expected), Edit(line, end, line, end + 1, _CLOSE[expected])),
                      f"use {expected}{_CLOSE[expected]}")
        shown = "()" if marker == "(" else marker
        want = "()" if expected == "(" else expected
        yield Problem(line, start, f"Unexpected title markers `{shown}`, expected `{want}`", fix=fix)
