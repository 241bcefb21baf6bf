"""Table rows as source lines (the core's table Block may start on the blank line before it)."""

from __future__ import annotations

from awesomelint.document import Document


def table_rows(doc: Document) -> list[list[int]]:
    tables = []
    for block in doc.blocks:
        if block.type == "table":
            rows = [n for n in range(block.line, block.end_line + 1) if "|" in doc.line_text(n)]
            if rows:
                tables.append(rows)
    return tables
