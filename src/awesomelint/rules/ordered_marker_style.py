"""Ordered list items use one delimiter, `.` or `)`, throughout the file.

Doc: rules/AL029-ordered-marker-style.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.dominant import expected
from awesomelint.markup.markdown import list_items, replace
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL029", name="ordered-marker-style", summary="One ordered list delimiter (`.` or `)`).",
                severity=Severity.WARNING, fixable=True, aliases=("ordered-list-marker-style",), profiles=STYLE,
                presets={"awesome-lint": {"style": "consistent"}})


@dataclass(frozen=True, slots=True)
class Options:
    # dominant: the most used delimiter; consistent: the first one (awesome-lint); or a preference
    style: Literal["dominant", "consistent", ".", ")"] = "dominant"


def check(doc: Document, options: Options) -> Iterator[Problem]:
    items = [item for item in list_items(doc) if item.ordered]
    form = expected(options.style, (item.marker[-1] for item in items))
    if form is None:
        return
    want = form.form
    for item in items:
        delimiter = item.marker[-1]
        if delimiter != want:
            at = item.column + len(item.marker) - 1
            yield Problem(item.line, at, f"Unexpected ordered list marker `{delimiter}`, expected `{want}` "
                          f"{form.why('ordered items')}", fix=replace(item.line, at, at + 1, want, f"use `{want}`"))
