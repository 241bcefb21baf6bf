"""Link and definition titles use one kind of quotes, `'…'` as in awesome-lint by default.

Doc: rules/AL015-link-title-quotes.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.markup.dominant import CONSISTENT, DOMINANT, expected
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL015", name="link-title-quotes", summary="One quote style for link titles.",
                severity=Severity.WARNING, fixable=True, aliases=("link-title-style",), profiles=STYLE,
                presets={"awesome-lint": {"style": "'"}})

_TITLE = re.compile(r"""\s("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\((?:[^()\\]|\\.)*\))\s*\)?\s*$""")
_CLOSE = {'"': '"', "'": "'", "(": ")"}


@dataclass(frozen=True, slots=True)
class Options:
    # dominant: the most used markers; consistent: the first ones; or a preference (awesome-lint: ')
    style: Literal["dominant", "consistent", "'", '"', "()"] = "dominant"


def _places(doc: Document) -> Iterator[tuple[int, str, int]]:
    """(line, source up to the end of the title, offset of that source in the line) of each title."""
    for link in doc.links:
        if link.title is not None and link.line == link.end_line:
            yield link.line, doc.line_text(link.line)[link.column - 1:link.end_column - 1], link.column - 1
    for definition in doc.refdefs:
        yield definition.line, doc.line_text(definition.line), 0


def check(doc: Document, options: Options) -> Iterator[Problem]:
    titles = [(line, offset, m) for line, source, offset in _places(doc) if (m := _TITLE.search(source))]
    form = expected(options.style if options.style in (DOMINANT, CONSISTENT) else options.style[:1],
                    (m.group(1)[0] for _, _, m in titles))
    if form is None:
        return
    want = form.form
    for line, offset, m in titles:
        title = m.group(1)
        marker = title[0]
        if marker == want:
            continue
        start = offset + m.start(1) + 1
        end = start + len(title) - 1
        inner = title[1:-1]
        fix = None
        if _CLOSE[want] not in inner and want not in inner:
            fix = Fix((Edit(line, start, line, start + 1, want), Edit(line, end, line, end + 1, _CLOSE[want])),
                      f"use {want}{_CLOSE[want]}")
        shown = "()" if marker == "(" else marker
        wanted = "()" if want == "(" else want
        yield Problem(line, start, f"Unexpected title markers `{shown}`, expected `{wanted}` {form.why('titles')}",
                      fix=fix)
