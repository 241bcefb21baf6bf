"""The form a list uses most. A style choice a list makes consistently is not a problem: rules that
check a choice (bullet marker, indentation, quotes…) report only the places that deviate from it.

``style`` options share one vocabulary: ``"dominant"`` (the default: the most used form, ties going
to the form seen first), ``"consistent"`` (the first form seen, as awesome-lint and remark-lint read
it; the ``awesome-lint`` profile presets it for parity) or an explicit form the config prefers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)

DOMINANT = "dominant"
CONSISTENT = "consistent"


@dataclass(frozen=True, slots=True)
class Form(Generic[T]):
    """The expected form and where it comes from, for the message of a deviation."""

    form: T
    count: int = 0  # how many places use it
    total: int = 0  # how many places make the choice
    source: str = DOMINANT  # DOMINANT, CONSISTENT (the first one) or "configured"
    kind: str = ""  # set when the form is the file's form for one kind of place (see ``by_kind``)

    def why(self, noun: str = "places") -> str:
        """``"(the list's usual form: 40 of 42 places)"``, ``"(as the first one)"`` or ``"(configured)"``."""
        if self.source == DOMINANT and self.kind:
            return f"(the file's usual form for {self.kind}: {self.count} of {self.total} {noun})"
        if self.source == DOMINANT:
            return f"(the list's usual form: {self.count} of {self.total} {noun})"
        return "(as the first one)" if self.source == CONSISTENT else "(configured)"


def dominant(forms: Iterable[T]) -> Form[T] | None:
    """The most used form; a tie goes to the form that appears first. None when there are none."""
    counts: Counter[T] = Counter()
    for form in forms:
        counts[form] += 1  # Counter keeps first-insertion order, so max() breaks ties by first seen
    if not counts:
        return None
    best = max(counts, key=lambda f: counts[f])
    return Form(best, counts[best], sum(counts.values()))


def expected(style: str, forms: Iterable[T], parse: type | None = None) -> Form[T] | None:
    """The form deviations are measured against, for a ``style`` option (see module docstring)."""
    seen = list(forms)
    if style == DOMINANT:
        return dominant(seen)
    if style == CONSISTENT:
        if not seen:
            return None
        return Form(seen[0], sum(1 for f in seen if f == seen[0]), len(seen), CONSISTENT)
    return Form(parse(style) if parse else style, source="configured")  # type: ignore[arg-type]


# A form is a convention of a kind of place when at least SEVERAL places of that kind, and at least
# the COMMON share of them, use it; a form fewer places use is a slip from it.
SEVERAL = 3
COMMON = 0.2


@dataclass(frozen=True, slots=True)
class Choice(Generic[T]):
    """One place that makes a choice: its form, the run it belongs to (a list, a table) and its kind,
    what a maintainer would call "the same kind of line" (depth, what the item starts with…)."""

    form: T
    run: Hashable
    kind: Hashable
    describe: str = ""  # the kind in words, for messages ("items that start with a code span")


def by_kind(choices: Sequence[Choice[T]]) -> list[Form[T]]:
    """Each place's expected form, from the most specific context that has a convention.

    1. Its kind within its own run, when the run has SEVERAL of that kind: each list keeps its own form.
    2. Its kind across the file: the place's own form when that is a convention of the kind (SEVERAL
       places, a COMMON share), else the kind's most used form when that is one. A form systematic per
       kind of line (App Store lines one space, tag lines two, in every entry) is the convention even
       where each run mixes kinds; a kind split between two common forms keeps both.
    3. Its run, all kinds together. A lone slip fails at every level that has a convention.
    """
    by_run_kind: dict[tuple[Hashable, Hashable], list[T]] = {}
    by_file_kind: dict[Hashable, Counter[T]] = {}
    by_run: dict[Hashable, list[T]] = {}
    for c in choices:
        by_run_kind.setdefault((c.run, c.kind), []).append(c.form)
        by_file_kind.setdefault(c.kind, Counter())[c.form] += 1
        by_run.setdefault(c.run, []).append(c.form)
    out: list[Form[T]] = []
    for c in choices:
        own = by_run_kind[(c.run, c.kind)]
        counts = by_file_kind[c.kind]
        total = sum(counts.values())
        best = max(counts, key=lambda f: counts[f])  # ties: the first seen
        common = [f for f in (c.form, best) if counts[f] >= SEVERAL and counts[f] >= COMMON * total]
        form: Form[T] | None
        if len(own) >= SEVERAL:
            form = dominant(own)
        elif common:
            form = Form(common[0], counts[common[0]], total, kind=c.describe or "this kind")
        else:
            form = dominant(by_run[c.run])
        assert form is not None  # every group holds at least this choice
        out.append(form)
    return out
