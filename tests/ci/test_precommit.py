"""The pre-commit hook for real: pre-commit installs this checkout and runs it on a list.

pre-commit builds the hook's environment with pip (hatchling and the dependencies come from the
package index); the hook itself runs offline. Slow (one install), so both runs share one cache.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from gitrepo import clean_env, commit, init
from tools import REPO, require_tool

pytestmark = pytest.mark.slow

BAD = "# Awesome X\n\n## Tools\n\n- [A](https://a.example) - A.\n- [B](https://a.example) - B.\n"
GOOD = "# Awesome X\n\n## Tools\n\n- [A](https://a.example) - A.\n- [B](https://b.example) - B.\n"
LOCAL = "# Awesome X\n\n## Tools\n\n- [Guide](guide.md) - A local link: checking it needs no network.\n"


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _head() -> str:
    done = subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"{REPO} is not a git checkout")
        pytest.skip(f"{REPO} is not a git checkout: pre-commit needs one")
    return done.stdout.strip()


def run_hooks(tmp_path: Path, home: Path, readme: str) -> subprocess.CompletedProcess[str]:
    tool = require_tool("pre-commit", "pip install pre-commit")
    repo = init(tmp_path / "list")
    select = "        args: [--select, duplicate-link]\n"  # only the rule under test: new rules cannot interfere
    config = (
        f"repos:\n  - repo: {REPO}\n    rev: {_head()}\n    hooks:\n"
        f"      - id: awesomelint\n{select}      - id: awesomelint-links\n{select}"
    )
    commit(repo, {"README.md": readme, "guide.md": "# Guide\n", ".pre-commit-config.yaml": config})
    env = {**clean_env(), "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    env.pop("GITHUB_ACTIONS", None)
    return subprocess.run(
        [tool, "run", "--all-files"], cwd=repo, env=env, capture_output=True, text=True, check=False, timeout=540
    )


def test_a_failing_readme_fails_the_hook_with_our_message(tmp_path: Path, pre_commit_home: Path) -> None:
    done = run_hooks(tmp_path, pre_commit_home, BAD)
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "awesomelint" in out and "Failed" in out
    assert "README.md:6:3: AL003 [error] duplicate link https://a.example" in out
    assert "awesomelint dead links" not in out  # the network hook runs only in the manual stage


def test_a_clean_readme_passes(tmp_path: Path, pre_commit_home: Path) -> None:
    done = run_hooks(tmp_path, pre_commit_home, GOOD)
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    assert "Passed" in out


def test_the_links_hook_runs_in_the_manual_stage(tmp_path: Path, pre_commit_home: Path) -> None:
    done = run_hooks(tmp_path, pre_commit_home, LOCAL)
    assert done.returncode == 0, done.stdout + done.stderr
    tool = require_tool("pre-commit", "pip install pre-commit")
    env = {**clean_env(), "PRE_COMMIT_HOME": str(pre_commit_home), "PRE_COMMIT_COLOR": "never"}
    listed = subprocess.run(
        [tool, "run", "--hook-stage", "manual", "--all-files", "awesomelint-links"],
        cwd=tmp_path / "list",
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=540,
    )
    assert "awesomelint dead links" in listed.stdout, listed.stdout + listed.stderr
    assert listed.returncode == 0, listed.stdout + listed.stderr
