"""A heading starts at the left margin; spaces before `#` are noise and break some renderers.

Doc: rules/AL021-heading-indent.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.markdown import inside_list, plural, replace
from awesomelint.profiles import HYGIENE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL021", name="heading-indent", summary="No spaces before a heading.", severity=Severity.WARNING,
                fixable=True, aliases=("no-heading-indent",), profiles=HYGIENE)


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for heading in doc.headings:
        prefix = doc.line_text(heading.line)[:heading.column - 1]
        if not prefix or prefix.strip() or inside_list(doc, heading.line):
            continue
        yield Problem(heading.line, heading.column, f"Unexpected {plural(len(prefix), 'space')} before heading, "
                      f"expected `0` spaces, remove {plural(len(prefix), 'space')}",
                      fix=replace(heading.line, 1, heading.column, "", "remove the indent"))
