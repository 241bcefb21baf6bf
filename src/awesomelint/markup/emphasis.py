"""Shared check for emphasis-style (AL010) and strong-style (AL032): one marker character."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem
from awesomelint.markup.markdown import regions


def check_markers(doc: Document, style: str, strong: bool, what: str) -> Iterator[Problem]:
    expected = None if style == "consistent" else style
    for region in regions(doc, ("paragraph", "block_text", "heading", "table")):
        for em in region.emphasis:
            if em.strong != strong:
                continue
            if expected is None:
                expected = em.marker
                continue
            if em.marker == expected:
                continue
            size = 2 if strong else 1
            line, column = region.position(em.start)
            end_line, end_column = region.position(em.end - size)
            text = region.text
            intraword = (em.start > 0 and text[em.start - 1].isalnum()) or (em.end < len(text)
                                                                              and text[em.end].isalnum())
            fix = None
            if not (intraword and expected == "_"):
                fix = Fix((Edit(line, column, line, column + size, expected * size),
                           Edit(end_line, end_column, end_line, end_column + size, expected * size)),
                          f"use `{expected * size}`")
            yield Problem(line, column, f"Unexpected {what} marker `{em.marker}`, expected `{expected}`",
                          end_line, end_column + size, fix=fix)
