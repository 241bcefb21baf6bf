"""An awesome list has exactly one main heading, of level 1, at the top (an HTML header with an
``<h1>`` or a centered image counts). Doc: rules/AL120-main-heading.md"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.awesome.detect import html_header
from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL120", severity=Severity.WARNING,
    name="main-heading",
    summary="One main heading, of level 1, first in the file.",
    fixable=True,
    aliases=("awesome-heading",),
    profiles=STYLE,
)
def check(doc: Document, options: object) -> Iterator[Problem]:
    count = 1 if html_header(doc) else 0
    first = doc.blocks[0] if doc.blocks else None
    level1 = [h for h in doc.headings if h.level == 1]
    if first is not None and first.type == "heading" and doc.headings and doc.headings[0].level > 1:
        heading = doc.headings[0]
        fix = None
        if heading.style == "atx" and not level1:
            fix = Fix((Edit(heading.line, heading.column, heading.line, heading.column + heading.level, "#"),),
                      "make it a level-1 heading")
        yield Problem(heading.line, heading.column,
                      f"the list's first heading is level {heading.level}: make the main heading "
                      f"'# {heading.text}' (level 1)", heading.end_line, heading.end_column, fix=fix)
        count += 1
    for heading in level1:
        count += 1
        if count > 1:
            yield Problem(heading.line, heading.column,
                          f"a second level-1 heading {heading.text!r}: the list has one main heading; "
                          "make this a section ('## …')", heading.end_line, heading.end_column)
    if count == 0:
        yield Problem(1, 1, "missing main heading: start the list with '# Awesome Topic'")
