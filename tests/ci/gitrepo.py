"""Real git repositories in a temporary folder, for the PR-diff and pre-commit tests."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def clean_env() -> dict[str, str]:
    """The environment for git in a test's own repository: no inherited GIT_* variable may point it
    elsewhere (tests/conftest.py drops the redirecting ones for the session; this holds for any caller)."""
    return {**{k: v for k, v in os.environ.items() if not k.startswith("GIT_")}, **GIT_ENV}


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, env=clean_env(), capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"git {' '.join(args)}: {done.stderr}"
    return done.stdout


def use_git_identity(monkeypatch: pytest.MonkeyPatch, *, outside_actions: bool = True) -> None:
    """Git in this test (and in the awesomelint it runs in process) commits as the test identity, with
    no user or system config; outside_actions also hides a real runner's GITHUB_ACTIONS."""
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    if outside_actions:
        monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


def init(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", "-b", "main")
    return path


def commit(repo: Path, files: dict[str, str | None], message: str = "change") -> str:
    """Write (or, for None, delete) files and commit them; returns the new commit."""
    for name, text in files.items():
        target = repo / name
        if text is None:
            git(repo, "rm", "-q", name)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        git(repo, "add", name)
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD").strip()


def lines(n: int, prefix: str = "line") -> str:
    return "".join(f"{prefix} {i}\n" for i in range(1, n + 1))
