"""A definition (`[label]: url`) that nothing references: dead weight, or a reference that was lost.

Doc: rules/AL028-unused-definition.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.markdown import regions
from awesomelint.markup.references import normalize
from awesomelint.profiles import HYGIENE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL028", name="unused-definition", summary="Every definition is referenced.",
                severity=Severity.WARNING, aliases=("no-unused-definitions",), profiles=HYGIENE)

_USE = re.compile(r"\[((?:[^\[\]\\]|\\.)+)\](?!:)")


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    used = {normalize(link.label) for link in doc.links if link.label}
    for region in regions(doc, ("paragraph", "block_text", "heading", "table")):
        used.update(normalize(m.group(1)) for m in _USE.finditer(region.text))  # footnotes, [a][b], [a][]
    for entry in doc.entries:
        used.update(normalize(m.group(1)) for m in _USE.finditer(entry.text))
    for definition in doc.refdefs:
        if normalize(definition.label) in used:
            continue
        footnote = "footnote " if definition.label.startswith("^") else ""
        yield Problem(definition.line, definition.column, f"Unexpected unused {footnote}definition, expected no "
                      f"definition or one or more references to `{normalize(definition.label)}`")
