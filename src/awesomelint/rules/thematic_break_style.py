"""Thematic breaks (horizontal rules) are written one way, `---` by default.

Doc: rules/AL031-thematic-break-style.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.dominant import expected
from awesomelint.markup.markdown import replace
from awesomelint.options import FullMatch
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL031", name="thematic-break-style", summary="Thematic breaks are `---`.",
                severity=Severity.WARNING, fixable=True, aliases=("rule-style",), profiles=STYLE,
                presets={"awesome-lint": {"style": "---"}})


STYLE_TEXT = FullMatch(r"dominant|consistent|([-*_])(?:[ \t]*\1){2,}",
                       "'dominant', 'consistent' or a thematic break such as '---' or '* * *'", "---",
                       ("", "--", "-*-", "==="))


@dataclass(frozen=True, slots=True)
class Options:
    style: Annotated[str, STYLE_TEXT] = "dominant"  # the exact text, "dominant" (the most used) or "consistent"


def check(doc: Document, options: Options) -> Iterator[Problem]:
    breaks = []
    for block in doc.blocks:
        if block.type == "thematic_break":
            line = doc.line_text(block.line)
            text = line.strip()
            breaks.append((block.line, line.index(text[:1]) + 1, text))
    form = expected(str(options.style), (text for _, _, text in breaks))
    if form is None:
        return
    want = form.form
    for number, start, text in breaks:
        if text != want:
            yield Problem(number, start, f"Unexpected thematic rule `{text}`, expected `{want}` {form.why('rules')}",
                          fix=replace(number, start, start + len(text), want, f"use `{want}`"))
