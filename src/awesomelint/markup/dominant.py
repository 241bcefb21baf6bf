"""The form a list uses most. A style choice a list makes consistently is not a problem: rules that
check a choice (bullet marker, indentation, quotes…) report only the places that deviate from it.

``style`` options share one vocabulary: ``"dominant"`` (the default: the most used form, ties going
to the form seen first), ``"consistent"`` (the first form seen, as awesome-lint and remark-lint read
it; the ``awesome-lint`` profile presets it for parity) or an explicit form the config prefers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
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

    def why(self, noun: str = "places") -> str:
        """``"(the list's usual form: 40 of 42 places)"``, ``"(as the first one)"`` or ``"(configured)"``."""
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
