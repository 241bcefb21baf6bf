"""Unordered list items use the list's own bullet character: a bullet is reported where it deviates from
its own list, or where its whole list deviates from the clear majority of the file's lists of its kind.

Doc: rules/AL036-bullet-style.md
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document, Entry
from awesomelint.finding import Problem, Severity
from awesomelint.markup.dominant import DOMINANT, Form, dominant, expected
from awesomelint.markup.markdown import list_items, replace
from awesomelint.profiles import HYGIENE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL036", name="bullet-style", summary="One bullet character (`-`, `*` or `+`) for all lists.",
                severity=Severity.WARNING, fixable=True, aliases=("unordered-list-marker-style",), profiles=HYGIENE,
                presets={"awesome-lint": {"style": "consistent"}})

# A bullet is the file's convention for a kind of list when at least SEVERAL lists of that kind use it
# and at most a MINOR share of them use another: a 146-item list is one list, not 146 votes.
SEVERAL = 3
MINOR = 0.25


@dataclass(frozen=True, slots=True)
class Options:
    # dominant: each list's own bullet, and the bullet most lists of the same kind and depth use;
    # consistent: the file's first bullet (awesome-lint)
    style: Literal["dominant", "consistent", "-", "*", "+"] = "dominant"


def lists(doc: Document) -> list[list[Entry]]:
    """The unordered lists a reader sees: sibling items at one column with only blank lines between,
    whatever their bullets (CommonMark splits a list where the bullet changes; a reader does not)."""
    out: list[list[Entry]] = []

    def visit(siblings: Sequence[Entry]) -> None:
        run: list[Entry] = []
        for entry in siblings:
            if entry.kind == "list_item" and not entry.ordered and run and entry.column == run[-1].column and all(
                    not doc.line_text(n).strip() for n in range(run[-1].end_line + 1, entry.line)):
                run.append(entry)
            else:
                if run:
                    out.append(run)
                run = [entry] if entry.kind == "list_item" and not entry.ordered else []
            visit(entry.children)
        if run:
            out.append(run)

    visit([e for e in doc.entries if e.depth == 0])
    return out


def _kind(run: list[Entry]) -> tuple[int, str]:
    """Lists of one kind: same depth and role; a contents list (links into the page), a list of linked
    entries and a list of prose (a checklist, contribution rules) may each use their own bullet."""
    mains = [e.main_link for e in run]
    if all(m is not None and m.url.startswith("#") for m in mains):
        return run[0].depth, "contents"
    return run[0].depth, "entries" if any(m is not None for m in mains) else "prose"


def _convention(runs: list[list[Entry]]) -> Form[str] | None:
    """The bullet a clear majority of these lists use (each list votes with its own most used bullet)."""
    votes: Counter[str] = Counter()
    for run in runs:
        own = dominant(item.marker for item in run)
        if own is not None:
            votes[own.form] += 1
    if not votes:
        return None
    best, count = votes.most_common(1)[0]
    total = sum(votes.values())
    if count < SEVERAL or total - count > MINOR * total:
        return None
    return Form(best, count, total)


def _expected(doc: Document) -> Iterator[tuple[Entry, str, str]]:
    runs = lists(doc)
    by_kind: dict[tuple[int, str], list[list[Entry]]] = {}
    for run in runs:
        by_kind.setdefault(_kind(run), []).append(run)
    conventions = {kind: _convention(group) for kind, group in by_kind.items()}
    for run in runs:
        own = dominant(item.marker for item in run)
        assert own is not None  # a run holds at least one item
        convention = conventions[_kind(run)]
        if convention is not None and convention.form != own.form:
            why = f"(the usual form of lists like this one: {convention.count} of {convention.total} lists)"
            yield from ((item, convention.form, why) for item in run)
        elif own.count * 2 > own.total or convention is None:
            yield from ((item, own.form, own.why("items in this list")) for item in run)
        else:  # a tie within the list: the file's convention decides
            yield from ((item, convention.form, convention.why("lists like this one")) for item in run)


def check(doc: Document, options: Options) -> Iterator[Problem]:
    if options.style == DOMINANT:
        places = list(_expected(doc))
    else:
        items = [item for item in list_items(doc) if not item.ordered]
        form = expected(options.style, (item.marker for item in items))
        if form is None:
            return
        places = [(item, form.form, form.why("items")) for item in items]
    for item, want, why in sorted(places, key=lambda p: (p[0].line, p[0].column)):
        if item.marker != want:
            yield Problem(item.line, item.column, f"Unexpected unordered list marker `{item.marker}`, "
                          f"expected `{want}` {why}",
                          fix=replace(item.line, item.column, item.column + 1, want, f"use `{want}`"))
