"""Table pipes line up vertically in every row, so the source reads as a grid.

Doc: rules/AL034-table-alignment.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.markup.markdown import plural
from awesomelint.markup.tables import Row, tables
from awesomelint.profiles import LINT_ONLY
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL034", severity=Severity.INFO, name="table-alignment", summary="Table pipes are aligned.",
                fixable=True, aliases=("table-pipe-alignment",), profiles=LINT_ONLY)


def _format(rows: list[Row]) -> list[str]:
    """The table with every column padded to its widest cell; cells are never added or dropped."""
    count = max(len(row.cells) for row in rows)
    widths = [3] * count
    for row in rows:
        if not row.delimiter:
            for c, cell in enumerate(row.cells):
                widths[c] = max(widths[c], len(cell.content))
    aligns = [c.content for c in rows[1].cells] + ["---"] * count
    out = []
    for row in rows:
        indent = row.line[:len(row.line) - len(row.line.lstrip())]
        parts = []
        for c, cell in enumerate(row.cells):
            width, align = widths[c], aligns[c]
            if row.delimiter:
                left = ":" if cell.content.startswith(":") else "-"
                right = ":" if cell.content.endswith(":") else "-"
                parts.append(left + "-" * (width - 2) + right)
            elif align.startswith(":") and align.endswith(":"):
                pad = width - len(cell.content)
                parts.append(" " * (pad // 2) + cell.content + " " * (pad - pad // 2))
            elif align.endswith(":"):
                parts.append(cell.content.rjust(width))
            else:
                parts.append(cell.content.ljust(width))
        out.append(indent + "| " + " | ".join(parts) + " |")
    return out


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for rows in tables(doc):
        columns = [row.pipes for row in rows]
        fix = None
        for row in rows:
            for k, pipe in enumerate(row.pipes):
                reference = [pipes[k] for pipes in columns if len(pipes) > k]
                if pipe == max(reference):
                    continue
                if fix is None:
                    formatted = "\n".join(_format(rows))
                    fix = Fix((Edit(rows[0].number, 1, rows[-1].number, len(rows[-1].line) + 1, formatted),),
                              "align the table")
                yield Problem(row.number, pipe + 1, "Unexpected unaligned cell, expected aligned pipes, "
                              f"add {plural(max(reference) - pipe, 'space')}", fix=fix)
                break
