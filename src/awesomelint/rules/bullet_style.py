"""Unordered list items use the list's own bullet character: deviations from the dominant one at each depth.

Doc: rules/AL036-bullet-style.md
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document, Entry
from awesomelint.finding import Problem, Severity
from awesomelint.markup.dominant import DOMINANT, expected
from awesomelint.markup.markdown import list_items, replace
from awesomelint.profiles import HYGIENE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL036", name="bullet-style", summary="One bullet character (`-`, `*` or `+`) for all lists.",
                severity=Severity.WARNING, fixable=True, aliases=("unordered-list-marker-style",), profiles=HYGIENE,
                presets={"awesome-lint": {"style": "consistent"}})


@dataclass(frozen=True, slots=True)
class Options:
    # dominant: each nesting depth's most used bullet; consistent: the file's first bullet (awesome-lint)
    style: Literal["dominant", "consistent", "-", "*", "+"] = "dominant"


def check(doc: Document, options: Options) -> Iterator[Problem]:
    items = [item for item in list_items(doc) if not item.ordered]
    if options.style == DOMINANT:
        by_depth: dict[int, list[Entry]] = defaultdict(list)
        for item in items:
            by_depth[item.depth].append(item)
        groups = list(by_depth.values())
    else:
        groups = [items]
    for group in groups:
        form = expected(options.style, (item.marker for item in group))
        if form is None:
            continue
        for item in group:
            if item.marker != form.form:
                yield Problem(item.line, item.column, f"Unexpected unordered list marker `{item.marker}`, "
                              f"expected `{form.form}` {form.why('items at this depth')}",
                              fix=replace(item.line, item.column, item.column + 1, form.form, f"use `{form.form}`"))
