"""Table rows start and end with a pipe, so the table is recognisable and every row reads the same.

Doc: rules/AL035-table-outer-pipes.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.markup.tables import tables
from awesomelint.profiles import STYLE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL035", name="table-outer-pipes", summary="Table rows start and end with `|`.",
                severity=Severity.WARNING, fixable=True, aliases=("table-pipes",), profiles=STYLE)


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for rows in tables(doc):
        for row in rows:
            start = len(row.line) - len(row.line.lstrip()) + 1
            end = len(row.line.rstrip()) + 1
            if not row.opening:
                yield Problem(row.number, start, "Unexpected missing opening pipe in row, expected `|`",
                              fix=Fix((Edit(row.number, start, row.number, start, "| "),), "add `|`"))
            if not row.closing:
                yield Problem(row.number, end, "Unexpected missing closing pipe in row, expected `|`",
                              fix=Fix((Edit(row.number, end, row.number, end, " |"),), "add `|`"))
