"""Every pathological shape (tests/shapes.py, timed at scale by bench/scale.py) lints without an
exception, under every profile, with every position inside the file."""

from __future__ import annotations

import pytest

from awesomelint.engine import Overrides, lint_document
from awesomelint.parse.parser import parse, split_lines
from tests.shapes import SHAPES


@pytest.mark.parametrize("name", sorted(SHAPES))
@pytest.mark.parametrize("profile", ["awesome", "papers"])
def test_shape_lints_with_positions_inside_the_file(name: str, profile: str) -> None:
    text = SHAPES[name](3000)
    assert 2500 < len(text) <= 3100
    lines = split_lines(text)
    findings = lint_document(parse(text), overrides=Overrides(profile=profile))
    assert not [f for f in findings if f.rule_id == "AL999"]
    for f in findings:
        assert 1 <= f.line <= max(len(lines), 1), f
        width = len(lines[f.line - 1]) if lines else 0
        assert 1 <= f.column <= width + 1, f
        assert (f.end_line, f.end_column) >= (f.line, f.column), f
