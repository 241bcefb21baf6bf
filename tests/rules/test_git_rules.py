"""AL137 git-repository and AL138 repository-age on real git repositories (local git, no network)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from awesomelint.config import Config, RuleSetting
from awesomelint.engine import lint_text
from awesomelint.finding import Finding, Severity

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
README = "# Awesome Things\n"


def _git(cwd: Path, *args: str, date: str | None = None) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def _repo(path: Path, first_commit: str | None = None, remote: str | None = None) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    _git(path, "init", "-q", "-b", "main")
    (path / "readme.md").write_text(README, encoding="utf-8")
    if first_commit:
        _git(path, "add", "readme.md")
        _git(path, "commit", "-q", "-m", "first", date=first_commit)
        (path / "more.md").write_text("more\n", encoding="utf-8")
        _git(path, "add", "more.md")
        _git(path, "commit", "-q", "-m", "second")
    if remote:
        _git(path, "remote", "add", "origin", remote)
    return path


def _lint(root: Path, rule: str, **options: object) -> list[Finding]:
    config = Config(rules={rule: RuleSetting(True, None, options)}) if options else None
    return lint_text(README, path=root / "readme.md", select=[rule], config=config)


def test_outside_a_repository_is_a_warning(tmp_path: Path) -> None:
    [finding] = _lint(tmp_path, "AL137")
    assert (finding.line, finding.column, finding.severity) == (1, 1, Severity.WARNING)
    assert "not in a git repository" in finding.message


def test_github_remote_is_fine_and_others_are_warned(tmp_path: Path) -> None:
    github = _repo(tmp_path / "gh", remote="git@github.com:me/awesome-things.git")
    assert _lint(github, "AL137") == [] and _lint(github, "AL139") == []
    gitlab = _repo(tmp_path / "gl", remote="https://gitlab.com/me/awesome-things.git")
    assert _lint(gitlab, "AL137") == []  # a repository: git-repository is satisfied
    [elsewhere] = _lint(gitlab, "AL139")
    assert elsewhere.severity == Severity.WARNING and "gitlab.com" in elsewhere.message
    [none] = _lint(_repo(tmp_path / "none"), "AL139")
    assert "no remote" in none.message and none.severity == Severity.WARNING
    assert _lint(tmp_path, "AL139") == []  # outside a repository: AL137's finding, not this one


def test_old_repository_passes_and_young_one_is_counted_from_its_first_commit(tmp_path: Path) -> None:
    assert _lint(_repo(tmp_path / "old", first_commit="2020-01-01T12:00:00Z"), "AL138") == []
    two_days_ago = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 2 * 86400 - 3600))
    [young] = _lint(_repo(tmp_path / "young", first_commit=two_days_ago), "AL138")
    assert young.severity == Severity.WARNING
    assert "is 2 days old" in young.message and "28 days to go" in young.message


def test_min_days_option(tmp_path: Path) -> None:
    repo = _repo(tmp_path / "old", first_commit="2020-01-01T12:00:00Z")
    [finding] = _lint(repo, "AL138", min_days=100_000)
    assert "first commit 2020-01-01" in finding.message


def test_shallow_clone_asks_for_the_history_instead_of_guessing(tmp_path: Path) -> None:
    origin = _repo(tmp_path / "origin", first_commit="2020-01-01T12:00:00Z")
    clone = tmp_path / "clone"
    _git(tmp_path, "clone", "-q", "--depth", "1", origin.as_uri(), str(clone))
    [finding] = _lint(clone, "AL138")
    assert finding.severity == Severity.WARNING  # the rule's own severity: the engine stamps it
    assert "shallow clone" in finding.message and "fetch-depth: 0" in finding.message
    _git(clone, "fetch", "-q", "--unshallow")
    assert _lint(clone, "AL138") == []


def test_repository_without_commits_or_outside_git_is_not_aged(tmp_path: Path) -> None:
    assert _lint(tmp_path, "AL138") == []
    assert _lint(_repo(tmp_path / "empty"), "AL138") == []


def test_default_email_is_fine_when_the_remote_is_the_authors(tmp_path: Path) -> None:
    """awesome-lint reports sindresorhus's e-mail in his own lists (no package.json there)."""
    repo = _repo(tmp_path / "awesome", remote="https://github.com/sindresorhus/awesome.git")
    (repo / "code-of-conduct.md").write_text("Report to sindresorhus@gmail.com.\n", encoding="utf-8")
    assert _lint(repo, "AL136") == []
    other = _repo(tmp_path / "mine", remote="https://github.com/someone/awesome-x.git")
    (other / "code-of-conduct.md").write_text("Report to sindresorhus@gmail.com.\n", encoding="utf-8")
    [finding] = _lint(other, "AL136")
    assert finding.message.startswith("code-of-conduct.md:1: sindresorhus@gmail.com")
