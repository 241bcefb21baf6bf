"""A full reference whose label repeats its text (`[Foo][foo]`) can be written collapsed (`[Foo][]`).

Doc: rules/AL027-full-reference.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document, Link
from awesomelint.finding import Problem, Severity
from awesomelint.markup.dominant import DOMINANT, expected
from awesomelint.markup.markdown import replace
from awesomelint.markup.references import normalize
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL027", name="full-reference", summary="Collapsed references when the label is the text.",
                fixable=True, aliases=("no-unneeded-full-reference-link", "no-unneeded-full-reference-image"),
                severity=Severity.INFO, profiles=STYLE, presets={"awesome-lint": {"style": "collapsed"}})

_FULL = re.compile(r"\]\[((?:[^\[\]\\]|\\.)+)\]$")


@dataclass(frozen=True, slots=True)
class Options:
    # dominant: report only where most redundant-label references are collapsed; collapsed: always
    style: Literal["dominant", "collapsed"] = "dominant"


def check(doc: Document, options: Options) -> Iterator[Problem]:
    found: list[tuple[Link, re.Match[str] | None]] = []  # None: a collapsed reference
    for link in doc.links:
        if link.label is None or link.line != link.end_line:
            continue
        source = doc.line_text(link.line)[link.column - 1:link.end_column - 1]
        if source.endswith("[]"):
            found.append((link, None))
            continue
        m = _FULL.search(source)
        image = link.kind == "image"
        if m and normalize(source[2 if image else 1:m.start()]) == normalize(m.group(1)):
            found.append((link, m))  # compared as written: [*Foo*][foo] is not redundant (its text is emphasised)
    form = expected(DOMINANT, (m is not None for _, m in found))
    if form is None or (options.style == DOMINANT and form.form):
        return  # the list writes its references in full: a consistent choice
    for link, m in found:
        if m is None:
            continue
        image = link.kind == "image"
        what, shape = ("image", "![text]") if image else ("link", "[text]")
        start = link.column + m.start(1)
        yield Problem(link.line, link.column, f"Unexpected full reference {what} (`{shape}[label]`) where the "
                      f"identifier can be inferred from the text, expected collapsed reference (`{shape}[]`)",
                      link.end_line, link.end_column,
                      fix=replace(link.line, start, start + len(m.group(1)), "", "collapse the reference"))
