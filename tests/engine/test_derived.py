"""Facts derived once per document are shared by the engine's copies and recomputed for new text."""

from __future__ import annotations

from dataclasses import replace

from awesomelint.derived import per_document
from awesomelint.document import Document
from awesomelint.parser import parse

calls: list[int] = []


@per_document
def line_count(doc: Document, extra: int = 0) -> int:
    calls.append(1)
    return len(doc.lines) + extra


def test_once_per_document_and_arguments_shared_by_copies() -> None:
    calls.clear()
    doc = parse("# T\n\ntext\n")
    copy = replace(doc, extras={"link_results": {}})
    assert line_count(doc) == 3 and line_count(copy) == 3 and line_count(doc, 1) == 4
    assert len(calls) == 2
    other = parse("# T\n")
    assert line_count(other) == 1 and len(calls) == 3
