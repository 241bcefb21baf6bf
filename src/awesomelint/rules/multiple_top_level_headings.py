"""A document has one top-level (`#`) heading, its title; a second one splits it in two.

Doc: rules/AL023-multiple-top-level-headings.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.options import Rank
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL023", name="multiple-top-level-headings", summary="Only one heading of the top rank.",
                severity=Severity.WARNING, aliases=("no-multiple-toplevel-headings",),
                # off in `awesome`, where main-heading (AL120) already reports a second `#`: one finding, not two
                profiles=frozenset({"awesome-lint", "papers", "plain"}),
                presets={"awesome-lint": {"parts": False}})


@dataclass(frozen=True, slots=True)
class Options:
    rank: Annotated[int, Rank()] = 1  # the rank of the one title heading
    # parts: three or more headings of that rank are the document's outline (# Papers, # Datasets …),
    # not a second title by mistake; false: every one after the first (awesome-lint, preset)
    parts: bool = True


def check(doc: Document, options: Options) -> Iterator[Problem]:
    if options.parts and sum(h.level == options.rank for h in doc.headings) >= 3:
        return
    first = None
    for heading in doc.headings:
        if heading.level != options.rank:
            continue
        if first is None:
            first = heading
            continue
        yield Problem(heading.line, heading.column, f"Unexpected duplicate toplevel heading, expected a single "
                      f"heading with rank `{options.rank}` (the first is at line {first.line})",
                      heading.end_line, heading.end_column)
