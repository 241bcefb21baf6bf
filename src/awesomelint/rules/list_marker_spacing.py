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
from awesomelint.markup.dominant import DOMINANT, Choice, Form, by_kind, dominant, expected
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
    if options.spaces == DOMINANT:
        yield from _dominant(doc)
        return
    # consistent or configured: the whole file, bullet and numbered items apart
    gaps: dict[bool, list[tuple[Entry, int]]] = {True: [], False: []}
    for item, spaces in _gaps(doc, list_items(doc)):
        gaps[item.ordered].append((item, spaces))
    for group in gaps.values():
        form = expected(options.spaces, (spaces for _, spaces in group), parse=int)
        if form is not None:
            for item, spaces in group:
                if spaces != int(form.form):
                    yield _problem(doc, item, spaces, form)


def _dominant(doc: Document) -> Iterator[Problem]:
    """Each list (a run of sibling items) has its own usual gap, and each kind of item (depth, marker
    kind, what the text starts with) its own when it keeps one across the file: generated entries
    whose App Store line takes one space and tag line two are consistent."""
    runs = [list(_gaps(doc, run)) for run in sibling_lists(doc)]
    placed = [(item, spaces, index) for index, run in enumerate(runs) for item, spaces in run]
    forms = by_kind([Choice(spaces, index, _kind(item), _describe(item)) for item, spaces, index in placed])
    widths = {index: dominant(len(item.marker) + spaces for item, spaces in run) for index, run in enumerate(runs)}
    for (item, spaces, index), form in zip(placed, forms, strict=True):
        width = widths[index]
        if spaces == form.form or (item.ordered and width and len(item.marker) + spaces == width.form):
            continue  # the usual gap, or text aligned where the list aligns it ('9.  x', '10. y')
        yield _problem(doc, item, spaces, form)


def _gaps(doc: Document, items: list[Entry]) -> Iterator[tuple[Entry, int]]:
    """Items with text on the marker's line, and the spaces between the marker and the text."""
    for item in items:
        if item.kind != "list_item":
            continue
        after = item.column + len(item.marker)  # column just after the marker
        gap = doc.line_text(item.line)[after - 1:]
        spaces = len(gap) - len(gap.lstrip(" "))
        if not gap.strip() or "\t" in gap[:spaces + 1] or not spaces:
            continue
        if item.text_line != item.line or not item.text:
            continue
        yield item, spaces


_STARTS = {"link": "a link", "image": "an image", "code": "a code span", "html": "HTML", "strong": "bold text",
           "emphasis": "emphasis", "strikethrough": "struck text"}


def _lead(item: Entry) -> tuple[str, str]:
    """What the item's text starts with: the first inline's type, and for text and code spans whether
    it is a number, a word or a symbol (a year line, a tag line and a star line are different lines)."""
    if not item.inlines:
        return "text", ""
    first = item.inlines[0]
    if first.type not in ("text", "code"):
        return first.type, ""
    char = first.text.lstrip()[:1]
    return first.type, "number" if char.isdigit() else "word" if char.isalpha() else "symbol"


def _kind(item: Entry) -> tuple[bool, int, str, str]:
    return (item.ordered, item.depth, *_lead(item))


def _describe(item: Entry) -> str:
    kind, shape = _lead(item)
    if kind == "code" and shape != "word":
        start = f"a code span holding a {shape}"
    elif kind == "text" and shape != "word":
        start = f"a {shape}"
    else:
        start = _STARTS.get(kind, "a word")
    marker = "numbered" if item.ordered else "bullet"
    return f"{marker} items at depth {item.depth + 1} that start with {start}"


def _problem(doc: Document, item: Entry, spaces: int, form: Form[int]) -> Problem:
    want = int(form.form)
    after = item.column + len(item.marker)
    verb = "remove" if spaces > want else "add"
    return Problem(item.line, after + spaces, f"Unexpected {plural(spaces, 'space')} between list item marker "
                   f"and content, expected {plural(want, 'space')} {form.why('items')}, {verb} "
                   f"{plural(abs(spaces - want), 'space')}",
                   fix=replace(item.line, after, after + spaces, " " * want,
                               f"{plural(want, 'space')} after the marker"))
