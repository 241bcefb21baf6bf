"""A full reference whose label repeats its text (`[Foo][foo]`) can be written collapsed (`[Foo][]`).

Doc: rules/AL027-full-reference.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem
from awesomelint.markup.markdown import replace
from awesomelint.markup.references import normalize
from awesomelint.profiles import STYLE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL027", name="full-reference", summary="Collapsed references when the label is the text.",
                fixable=True, aliases=("no-unneeded-full-reference-link", "no-unneeded-full-reference-image"),
                profiles=STYLE)

_FULL = re.compile(r"\]\[((?:[^\[\]\\]|\\.)+)\]$")


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for link in doc.links:
        if link.label is None or link.line != link.end_line:
            continue
        source = doc.line_text(link.line)[link.column - 1:link.end_column - 1]
        m = _FULL.search(source)
        image = link.kind == "image"
        if not m or normalize(source[2 if image else 1:m.start()]) != normalize(m.group(1)):
            continue  # compared as written: [*Foo*][foo] is not redundant (its text is emphasised)
        what, form = ("image", "![text]") if image else ("link", "[text]")
        start = link.column + m.start(1)
        yield Problem(link.line, link.column, f"Unexpected full reference {what} (`{form}[label]`) where the "
                      f"identifier can be inferred from the text, expected collapsed reference (`{form}[]`)",
                      link.end_line, link.end_column,
                      fix=replace(link.line, start, start + len(m.group(1)), "", "collapse the reference"))
