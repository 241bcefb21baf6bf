"""No crash on the corpus paper lists, and every parsed part sits exactly at its source position."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesomelint.engine import Overrides, lint_document
from awesomelint.memo import scope
from awesomelint.papers import papers
from awesomelint.parse.parser import parse
from tests.conftest import SHARED, require_shared
from tests.papers.coverage import paper_lists
from tests.papers.helpers import check_positions

pytestmark = pytest.mark.slow  # runs over whole corpora: the full tier


@pytest.mark.parametrize("name", paper_lists() or ["<no corpus>"])
def test_paper_list(name: str) -> None:
    require_shared()
    path = SHARED / name
    text = path.read_text(encoding="utf-8")
    with scope():  # the engine's per-document memo: the rules below read these papers, not a second parse
        doc = parse(text, Path(name))
        found = papers(doc)
        findings = lint_document(doc, overrides=Overrides(profile="papers"), display_path=Path(name).as_posix())
    assert found, "no entries parsed"
    for paper in found:
        check_positions(doc, paper)
    lines = text.splitlines()
    for finding in findings:  # lint_text(text, path=name, profile="papers") is parse + lint_document
        if not finding.rule_id.startswith("AL2"):
            continue
        assert 1 <= finding.line <= len(lines)
        assert 1 <= finding.column <= len(lines[finding.line - 1]) + 1
        assert (finding.end_line, finding.end_column) >= (finding.line, finding.column)
