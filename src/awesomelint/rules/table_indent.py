"""Table rows start at the left margin; indented rows look nested and four spaces make them code.

Doc: rules/AL025-table-indent.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.markdown import inside_list, plural, replace
from awesomelint.markup.tables import table_rows
from awesomelint.profiles import HYGIENE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL025", severity=Severity.WARNING, name="table-indent", summary="No spaces before table rows.",
                fixable=True, aliases=("no-table-indentation",), profiles=HYGIENE)


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for rows in table_rows(doc):
        if inside_list(doc, rows[0]):
            continue
        for number in rows:
            line = doc.line_text(number)
            indent = len(line) - len(line.lstrip(" "))
            if indent and not line[:indent].strip():
                yield Problem(number, indent + 1, f"Unexpected {plural(indent, 'extra space')} before table row, "
                              f"remove {plural(indent, 'space')}",
                              fix=replace(number, 1, indent + 1, "", "remove the indent"))
