"""`awesomelint init`: writes the three starter files and never overwrites one."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
import yaml
from gitrepo import init, use_git_identity

from awesomelint.scaffold import ACTION_SHA, CACHE_FILE, CONFIG, GITIGNORE, PRE_COMMIT, WORKFLOW, init_project


@pytest.fixture(autouse=True)
def _git_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    use_git_identity(monkeypatch, outside_actions=False)


def test_creates_config_workflow_and_pre_commit_at_the_repository_root(tmp_path: Path) -> None:
    repo = init(tmp_path / "list")
    (repo / "docs").mkdir()
    (repo / "readme.md").write_text("# Awesome X\n")
    outcomes = init_project(repo / "docs")
    assert [(o.path.relative_to(repo).as_posix(), o.created) for o in outcomes] == [
        (CONFIG, True),
        (WORKFLOW, True),
        (PRE_COMMIT, True),
        (GITIGNORE, True),
    ]
    assert tomllib.loads((repo / CONFIG).read_text())["fail-on"] == "error"
    workflow = yaml.safe_load((repo / WORKFLOW).read_text())
    assert workflow["jobs"]["awesomelint"]["steps"][1]["uses"] == f"awesomelint/awesomelint@{ACTION_SHA}"
    hooks = yaml.safe_load((repo / PRE_COMMIT).read_text())["repos"][0]["hooks"]
    assert hooks[0] == {"id": "awesomelint", "files": "^readme\\.md$"}


def test_never_overwrites_and_prints_the_entry_for_an_existing_pre_commit_config(tmp_path: Path) -> None:
    repo = init(tmp_path / "list")
    (repo / CONFIG).write_text("mine = 1\n")
    (repo / PRE_COMMIT).write_text("repos: []\n")
    outcomes = init_project(repo)
    assert [o.created for o in outcomes] == [False, True, False, True]
    assert (repo / CONFIG).read_text() == "mine = 1\n"
    assert (repo / PRE_COMMIT).read_text() == "repos: []\n"
    assert "- repo: https://github.com/awesomelint/awesomelint" in outcomes[2].note
    again = init_project(repo)
    assert [o.created for o in again] == [False, False, False, False]
    assert "exists, left as it is" in again[1].note


def test_existing_awesomelint_entry_is_recognised(tmp_path: Path) -> None:
    (tmp_path / PRE_COMMIT).write_text("repos:\n  - repo: https://github.com/awesomelint/awesomelint\n")
    outcome = init_project(tmp_path)[2]  # not a git repository: the folder itself
    assert outcome.note == "exists and already mentions awesomelint"
    assert (tmp_path / CONFIG).is_file()


def test_without_a_readme_the_hook_matches_any_readme(tmp_path: Path) -> None:
    init_project(tmp_path)
    hooks = yaml.safe_load((tmp_path / PRE_COMMIT).read_text())["repos"][0]["hooks"]
    assert hooks[0]["files"] == "(?i)^readme\\.(md|markdown)$"


def test_cli_init_writes_a_config_the_linter_accepts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from awesomelint.cli import main
    from awesomelint.config import load_config
    from awesomelint.registry import default_registry

    repo = init(tmp_path / "list")
    (repo / "README.md").write_text("# Awesome X\n")
    result = CliRunner().invoke(main, ["init", str(repo)])
    assert result.exit_code == 0
    assert f"{repo / CONFIG}: created" in result.output
    config = load_config(repo / CONFIG, default_registry())
    assert str(config.fail_on) == "error" and config.exclude == ()
    monkeypatch.chdir(repo)
    assert CliRunner().invoke(main, ["--select", "duplicate-link", "README.md"]).exit_code == 0


def test_adds_the_link_cache_to_gitignore_once(tmp_path: Path) -> None:
    repo = init(tmp_path / "list")
    (repo / GITIGNORE).write_text("node_modules/")  # no final newline
    outcome = init_project(repo)[-1]
    assert outcome.path == repo / GITIGNORE and "added" in outcome.note
    assert (repo / GITIGNORE).read_text() == f"node_modules/\n{CACHE_FILE}\n"
    assert "already ignores" in init_project(repo)[-1].note
    assert (repo / GITIGNORE).read_text().count(CACHE_FILE) == 1
    fresh = init(tmp_path / "fresh")
    assert init_project(fresh)[-1].created and (fresh / GITIGNORE).read_text() == f"{CACHE_FILE}\n"
