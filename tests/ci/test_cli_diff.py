"""`awesomelint --diff-base REF` on a real git repository: only what the branch changed is reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from gitrepo import commit, git, init, use_git_identity

from awesomelint.cli import main

BASE = "# Awesome X\n\n## Tools\n\n- [A](https://a.example) - A.\n- [A2](https://a.example) - Old duplicate.\n"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    use_git_identity(monkeypatch)
    path = init(tmp_path / "list")
    commit(path, {"README.md": BASE}, "base")
    git(path, "checkout", "-q", "-b", "pr")
    monkeypatch.chdir(path)
    return path


def lint(*args: str) -> tuple[int, list[tuple[int, str]]]:
    result = CliRunner().invoke(main, ["--format", "json", "--select", "AL002,AL003", *args, "README.md"])
    findings = json.loads(result.stdout)["findings"] if result.exit_code in (0, 1) else []
    return result.exit_code, [(f["line"], f["rule"]) for f in findings]


def test_only_findings_on_changed_lines_are_reported(repo: Path) -> None:
    commit(repo, {"README.md": BASE + "- [B](https://b.example) - B. \n- [B2](https://b.example) - New dup.\n"})
    assert lint() == (1, [(6, "AL003"), (7, "AL002"), (8, "AL003")])
    assert lint("--diff-base", "main") == (1, [(7, "AL002"), (8, "AL003")])


def test_a_clean_change_passes_although_the_file_has_old_problems(repo: Path) -> None:
    commit(repo, {"README.md": BASE + "- [C](https://c.example) - C.\n"})
    assert lint("--diff-base", "main") == (0, [])
    assert lint()[0] == 1


def test_uncommitted_edits_count(repo: Path) -> None:
    (repo / "README.md").write_text(BASE + "- [Z](https://a.example) - Not committed yet.\n")
    assert lint("--diff-base", "main") == (1, [(7, "AL003")])


def test_unknown_base_is_exit_2_with_a_clear_message(repo: Path) -> None:
    result = CliRunner().invoke(main, ["--diff-base", "no-such-branch", "README.md"])
    assert result.exit_code == 2
    assert "--diff-base no-such-branch: no such commit" in result.output
