"""Community files are found where GitHub shows them: the root, .github/ and docs/ (issue #9 point 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesomelint.awesome.gitrepo import find_file
from awesomelint.engine import lint_text


@pytest.mark.parametrize("folder", ["", ".github", "docs"])
def test_a_contributing_guide_counts_in_each_place_github_shows(tmp_path: Path, folder: str) -> None:
    (tmp_path / folder).mkdir(exist_ok=True)
    guide = tmp_path / folder / "CONTRIBUTING.md"
    guide.write_text("# Contributing\n\nOne entry per pull request.\n", encoding="utf-8")
    assert find_file(tmp_path, ("contributing.md",)) == guide
    assert lint_text("# Awesome Things\n", path=tmp_path / "readme.md", select=["AL123"]) == []


def test_a_guide_elsewhere_does_not_count(tmp_path: Path) -> None:
    (tmp_path / "guides").mkdir()
    (tmp_path / "guides" / "contributing.md").write_text("# Contributing\n", encoding="utf-8")
    [finding] = lint_text("# Awesome Things\n", path=tmp_path / "readme.md", select=["AL123"])
    assert (finding.line, finding.column) == (1, 1) and "missing contributing.md" in finding.message
