"""The inline scanner the Markdown-style rules share: emphasis pairs, masked code/HTML/URLs, positions."""

from __future__ import annotations

from awesomelint.markup.markdown import regions
from awesomelint.parse.parser import parse

TEXT = """# Title **bold** _it_

A *b* and __c__ and `*no*` and [x*y](http://a_b_c) ***both*** snake_case_word.
> quoted *line*
lazy _line_

| a | b |
|---|---|
| `x | y` | *z* |
"""


def _emphasis(text: str) -> list[tuple[int, int, str, bool]]:
    doc = parse(text)
    found = []
    for region in regions(doc, ("paragraph", "block_text", "heading", "table")):
        for em in region.emphasis:
            line, column = region.position(em.start)
            found.append((line, column, em.marker, em.strong))
    return found


def test_emphasis_positions_and_markers() -> None:
    assert _emphasis(TEXT) == [
        (1, 9, "*", True), (1, 18, "_", False),
        (3, 3, "*", False), (3, 11, "_", True), (3, 52, "*", False), (3, 53, "*", True),
        (4, 10, "*", False), (5, 6, "_", False),
        (9, 13, "*", False),
    ]
    lines = TEXT.split("\n")
    for line, column, marker, _ in _emphasis(TEXT):
        assert lines[line - 1][column - 1] == marker


def test_code_html_and_destinations_are_masked() -> None:
    doc = parse("# T\n\nSee `a!!b` and <b title='!!'>x</b> and [l](http://x/?a=!!) but not this!!\n")
    region = regions(doc)[1]
    visible = region.visible()
    assert "!!" not in visible[:-10]
    assert visible.endswith("this!!")


def test_unmatched_delimiters_are_not_emphasis() -> None:
    assert _emphasis("# T\n\nA * b and 2*3*4 and a_b_c and **open\n") == [(3, 12, "*", False)]
