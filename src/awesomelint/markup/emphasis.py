"""Shared check for emphasis-style (AL010) and strong-style (AL032): the list's one marker character."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem
from awesomelint.markup.dominant import expected
from awesomelint.markup.markdown import Emphasis, Region, regions


def check_markers(doc: Document, style: str, strong: bool, what: str) -> Iterator[Problem]:
    found: list[tuple[Region, Emphasis]] = [(region, em)
                                            for region in regions(doc, ("paragraph", "block_text", "heading", "table"))
                                            for em in region.emphasis if em.strong == strong]
    form = expected(style, (em.marker for _, em in found))
    if form is None:
        return
    want = form.form
    for region, em in found:
        if em.marker == want:
            continue
        size = 2 if strong else 1
        line, column = region.position(em.start)
        end_line, end_column = region.position(em.end - size)
        text = region.text
        intraword = (em.start > 0 and text[em.start - 1].isalnum()) or (em.end < len(text)
                                                                          and text[em.end].isalnum())
        fix = None
        if not (intraword and want == "_"):
            fix = Fix((Edit(line, column, line, column + size, want * size),
                       Edit(end_line, end_column, end_line, end_column + size, want * size)),
                      f"use `{want * size}`")
        yield Problem(line, column, f"Unexpected {what} marker `{em.marker}`, expected `{want}` "
                      f"{form.why(what + ' spans')}", end_line, end_column + size, fix=fix)
