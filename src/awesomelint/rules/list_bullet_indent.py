"""Top-level list items start where the list's others do: an item indented unlike its neighbours looks
nested but is not. The expected indent is the dominant one unless the config states it.

Doc: rules/AL016-list-bullet-indent.md
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document, Entry
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.markup.dominant import DOMINANT, expected
from awesomelint.markup.markdown import list_items, plural
from awesomelint.profiles import HYGIENE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL016", name="list-bullet-indent", summary="No spaces before top-level list markers.",
                severity=Severity.WARNING, fixable=True, aliases=("list-item-bullet-indent",), profiles=HYGIENE,
                presets={"awesome-lint": {"indent": "0"}})


@dataclass(frozen=True, slots=True)
class Options:
    # dominant: the indent most top-level items use (a second form on a fifth of them is accepted);
    # "0"…"3": a stated preference (awesome-lint: "0")
    indent: Literal["dominant", "consistent", "0", "1", "2", "3"] = "dominant"


def _lists(doc: Document) -> list[list[tuple[Entry, int]]]:
    """Top-level items with their indent, grouped into lists: items with only blank lines between them."""
    lists: list[list[tuple[Entry, int]]] = []
    for item in list_items(doc):
        prefix = doc.line_text(item.line)[:item.column - 1]
        if item.depth or prefix.strip():
            continue
        last = lists[-1][-1][0] if lists else None
        if last and all(not doc.line_text(n).strip() for n in range(last.end_line + 1, item.line)):
            lists[-1].append((item, len(prefix)))
        else:
            lists.append([(item, len(prefix))])
    return lists


# A second indent on this share (and at least this many) of the top-level items is the list's other
# convention (every list inside <details> indented by two), not a slip.
SYSTEMATIC, SYSTEMATIC_MIN = 0.2, 5


def check(doc: Document, options: Options) -> Iterator[Problem]:
    groups = _lists(doc)
    tops = [pair for group in groups for pair in group]
    form = expected(options.indent, (indent for _, indent in tops), parse=int)
    if form is None:
        return
    counts = Counter(indent for _, indent in tops)
    want = int(form.form)
    for group in groups:
        slips = [(item, indent) for item, indent in group if indent != want and not (
            options.indent == DOMINANT and counts[indent] >= max(SYSTEMATIC_MIN, SYSTEMATIC * len(tops)))]
        # one fix moves every slipped item of the list: moving one alone would nest its neighbours under it
        edits = tuple(edit for item, indent in slips for edit in _edits(doc, item, indent, want))
        fix = Fix(edits, f"indent by {plural(want, 'space')}")
        for item, indent in slips:
            verb = "remove" if indent > want else "add"
            yield Problem(item.line, item.column, f"Unexpected {plural(indent, 'space')} before list item, "
                          f"expected {plural(want, 'space')} {form.why('top-level items')}, {verb} "
                          f"{plural(abs(indent - want), 'space')}", fix=fix)


def _edits(doc: Document, item: Entry, indent: int, want: int) -> list[Edit]:
    edits = []
    for number in range(item.line, item.end_line + 1):
        text = doc.line_text(number)
        if number in doc.html_lines or not text.strip():
            continue
        if indent > want:
            cut = min(len(text) - len(text.lstrip(" ")), indent - want)
            if cut:
                edits.append(Edit(number, 1, number, cut + 1, ""))
        else:
            edits.append(Edit(number, 1, number, 1, " " * (want - indent)))
    return edits
