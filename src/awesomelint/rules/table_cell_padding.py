"""Table cells are padded one way: one space between each pipe and the content (or none, `compact`),
unless the cell is padded to line up with its column.

Doc: rules/AL033-table-cell-padding.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.dominant import DOMINANT, dominant
from awesomelint.markup.markdown import plural, replace
from awesomelint.markup.tables import tables
from awesomelint.profiles import LINT_ONLY
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL033", name="table-cell-padding", summary="Consistent padding inside table cells.",
                severity=Severity.WARNING, fixable=True, aliases=("table-cell-padding",), profiles=LINT_ONLY,
                presets={"awesome-lint": {"style": "consistent"}})


@dataclass(frozen=True, slots=True)
class Options:
    # dominant: each table as most of its cells are padded; consistent: as the first cell; or a preference
    style: Literal["dominant", "consistent", "padded", "compact"] = "dominant"


def check(doc: Document, options: Options) -> Iterator[Problem]:
    style: str | None = None if options.style in ("consistent", DOMINANT) else options.style
    for rows in tables(doc):
        if options.style == DOMINANT:
            usual = dominant("compact" if cell.left == 0 else "padded" for row in rows if not row.delimiter
                             for index, cell in enumerate(row.cells) if cell.content and (index > 0 or row.opening))
            style = usual.form if usual else None
        count = max(len(row.cells) for row in rows)
        ends = [max(r.cells[c].end for r in rows if c < len(r.cells)) for c in range(count)]
        for row in (r for r in rows if not r.delimiter):
            for index, cell in enumerate(row.cells):
                if not cell.content:
                    continue
                # a row without its outer pipe has no cell edge there: nothing to pad
                left_edge = index > 0 or row.opening
                right_edge = index < len(row.cells) - 1 or row.closing
                if style is None and left_edge:
                    style = "compact" if cell.left == 0 else "padded"
                want = 1 if style == "padded" else 0
                aligned = cell.end == ends[index]  # padded to line up with the widest row: fine
                for side, spaces in (("left", cell.left), ("right", cell.right)):
                    if not (left_edge if side == "left" else right_edge):
                        continue
                    if spaces == want or (aligned and spaces >= want):
                        continue
                    if side == "left":
                        column, end = cell.start + 1, cell.start + 1 + spaces
                    else:
                        column, end = cell.end + 1 - spaces, cell.end + 1
                    change = f"add {plural(want - spaces, 'space')}" if spaces < want else \
                        f"remove {plural(spaces - want, 'space')}"
                    yield Problem(row.number, column, f"Unexpected {plural(spaces, 'space')} between cell edge and "
                                  f"content, expected {plural(want, 'space')}, {change}",
                                  fix=replace(row.number, column, end, " " * want, f"pad with {want}"))
