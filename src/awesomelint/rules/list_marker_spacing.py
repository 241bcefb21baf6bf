"""The spaces between a list marker and the item's text are the list's usual number (one, or as the
list consistently does).

Doc: rules/AL017-list-marker-spacing.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document, Entry
from awesomelint.finding import Problem, Severity
from awesomelint.markup.dominant import DOMINANT, dominant, expected
from awesomelint.markup.markdown import list_items, plural, replace, sibling_lists
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL017", name="list-marker-spacing", summary="One space after a list marker.",
                severity=Severity.WARNING, fixable=True, aliases=("list-item-indent",), profiles=STYLE,
                presets={"awesome-lint": {"spaces": "1"}})


@dataclass(frozen=True, slots=True)
class Options:
    # dominant: the gap most items use (ordered and bullet items each their own); "1"…"4": a preference
    spaces: Literal["dominant", "consistent", "1", "2", "3", "4"] = "dominant"


def check(doc: Document, options: Options) -> Iterator[Problem]:
    # dominant: each list (a run of sibling items) has its own usual gap; otherwise the whole file,
    # bullet and numbered items apart
    runs = sibling_lists(doc) if options.spaces == DOMINANT else [list_items(doc)]
    for run in runs:
        yield from _check(doc, run, options)


def _check(doc: Document, run: list[Entry], options: Options) -> Iterator[Problem]:
    gaps: dict[bool, list[tuple[Entry, int]]] = {True: [], False: []}
    for item in run:
        if item.kind != "list_item":
            continue
        after = item.column + len(item.marker)  # column just after the marker
        gap = doc.line_text(item.line)[after - 1:]
        spaces = len(gap) - len(gap.lstrip(" "))
        if not gap.strip() or "\t" in gap[:spaces + 1] or not spaces:
            continue
        if item.text_line != item.line or not item.text:
            continue
        gaps[item.ordered].append((item, spaces))
    for group in gaps.values():
        form = expected(options.spaces, (spaces for _, spaces in group), parse=int)
        if form is None:
            continue
        want = int(form.form)
        width = dominant(len(item.marker) + spaces for item, spaces in group) if options.spaces == DOMINANT else None
        for item, spaces in group:
            if spaces == want or (width and len(item.marker) + spaces == width.form):
                continue  # the usual gap, or text aligned where the list aligns it ('9.  x', '10. y')
            after = item.column + len(item.marker)
            verb = "remove" if spaces > want else "add"
            yield Problem(item.line, after + spaces, f"Unexpected {plural(spaces, 'space')} between list item marker "
                          f"and content, expected {plural(want, 'space')} {form.why('items')}, {verb} "
                          f"{plural(abs(spaces - want), 'space')}",
                          fix=replace(item.line, after, after + spaces, " " * want, f"{plural(want, 'space')} after "
                                      "the marker"))
