"""Definition labels follow the list's case convention: where most labels are lower case, one with
capitals is inconsistent (references match labels case-insensitively either way).

Doc: rules/AL008-definition-label-case.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.dominant import expected
from awesomelint.markup.markdown import replace
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL008", name="definition-label-case", summary="Lower-case definition labels.",
                severity=Severity.WARNING, fixable=True, aliases=("definition-case",), profiles=STYLE,
                presets={"awesome-lint": {"style": "lower"}})


@dataclass(frozen=True, slots=True)
class Options:
    # dominant: report capitals only where most labels are lower case; lower: always (awesome-lint)
    style: Literal["dominant", "lower"] = "dominant"


def check(doc: Document, options: Options) -> Iterator[Problem]:
    labels = [d for d in doc.refdefs if any(c.isalpha() for c in d.label)]
    form = expected("dominant", (d.label == d.label.lower() for d in labels))
    if form is None or (options.style == "dominant" and not form.form):
        return
    why = form.why("labels") if options.style == "dominant" else "(configured)"
    for definition in labels:
        label = definition.label
        if label == label.lower():
            continue
        start = definition.column + 1
        footnote = "footnote " if label.startswith("^") else ""
        yield Problem(definition.line, definition.column, f"Unexpected uppercase characters in {footnote}definition "
                      f"label, expected lowercase {why}",
                      fix=replace(definition.line, start, start + len(label), label.lower(), "lower-case the label"))
