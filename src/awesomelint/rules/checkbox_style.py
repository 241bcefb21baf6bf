"""Checked task-list boxes are written one way, `[x]` or `[X]`, throughout the file.

Doc: rules/AL005-checkbox-style.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.checkbox import checkboxes
from awesomelint.markup.markdown import replace
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL005", name="checkbox-style", summary="One spelling of checked and unchecked boxes.",
                severity=Severity.WARNING, fixable=True, aliases=("checkbox-character-style",), profiles=STYLE)


@dataclass(frozen=True, slots=True)
class Options:
    checked: Literal["consistent", "x", "X"] = "consistent"  # consistent: as the first checked box


def check(doc: Document, options: Options) -> Iterator[Problem]:
    expected: dict[bool, str | None] = {True: None if options.checked == "consistent" else str(options.checked),
                                        False: " "}
    for item, m in checkboxes(doc):
        value = m.group(1)
        checked = value in "xX"
        if expected[checked] is None:
            expected[checked] = value
            continue
        want = expected[checked]
        if want is not None and value != want:
            what = "checked" if checked else "unchecked"
            column = m.start(1) + 1
            yield Problem(item.line, column, f"Unexpected {what} checkbox value `{value}`, expected `{want}`",
                          fix=replace(item.line, column, column + 1, want, f"use `[{want}]`"))
