"""Facts derived once per document within the engine's scope, recomputed for another document."""

from __future__ import annotations

from awesomelint import memo
from awesomelint.document import Document
from awesomelint.parse.parser import parse

calls: list[int] = []


@memo.per_document
def line_count(doc: Document, extra: int = 0) -> int:
    calls.append(1)
    return len(doc.lines) + extra


def test_once_per_document_and_arguments_inside_a_scope() -> None:
    calls.clear()
    doc = parse("# T\n\ntext\n")
    with memo.scope():
        assert line_count(doc) == 3 and line_count(doc) == 3 and line_count(doc, 1) == 4
        assert len(calls) == 2
        other = parse("# T\n\ntext\n")  # equal text, another document: computed again
        assert line_count(other) == 3 and len(calls) == 3


def test_nothing_outlives_the_scope() -> None:
    calls.clear()
    doc = parse("# T\n")
    with memo.scope():
        line_count(doc)
    with memo.scope():
        line_count(doc)
    assert len(calls) == 2
    line_count(doc)
    line_count(doc)  # outside a scope: computed each time, nothing kept
    assert len(calls) == 4
