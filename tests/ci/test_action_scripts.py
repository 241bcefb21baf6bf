"""The action's shell steps, run for real with bash as the runner would run them (minus `uses:`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from gitrepo import GIT_ENV, commit, git, init
from tools import REPO

STEPS = {s.get("id"): s for s in yaml.safe_load((REPO / "action.yml").read_text())["runs"]["steps"]}
LIST = "# Awesome X\n\n## Tools\n\n- [A](https://a.example) - A.\n- [B](https://a.example) - B.\n"


def awesomelint() -> str:
    found = Path(sys.executable).parent / "awesomelint"
    if not found.is_file():
        pytest.skip("the awesomelint console script is not installed next to this Python")
    return str(found)


def run_step(step: str, cwd: Path, env: dict[str, str]) -> tuple[int, str, dict[str, str]]:
    """Run one step's script with its env (values given here, as the runner would expand them)."""
    output = cwd / f"github-output-{step}"
    output.write_text("")
    full = {
        **os.environ,
        **GIT_ENV,
        **env,
        "GITHUB_OUTPUT": str(output),
        "GITHUB_ACTIONS": "true",
        "GITHUB_STEP_SUMMARY": str(cwd / "summary.md"),
    }
    done = subprocess.run(
        ["bash", "-e", "-c", STEPS[step]["run"]],
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines() if "=" in line)
    return done.returncode, done.stdout + done.stderr, outputs


@pytest.mark.parametrize(
    ("event", "diff", "links", "papers", "expected"),
    [
        ("pull_request", "auto", "auto", "false", {"diff-base": "abc123", "check-links": "true"}),
        ("push", "auto", "auto", "false", {"diff-base": "", "check-links": "false"}),
        ("pull_request", "false", "auto", "false", {"diff-base": "", "check-links": "false"}),
        ("push", "auto", "true", "false", {"diff-base": "", "check-links": "true"}),
        ("pull_request", "auto", "false", "false", {"diff-base": "abc123", "check-links": "false"}),
        ("push", "auto", "auto", "true", {"diff-base": "", "check-links": "false", "check-papers": "true"}),
    ],
)
def test_plan(tmp_path: Path, event: str, diff: str, links: str, papers: str, expected: dict[str, str]) -> None:
    env = {
        "EVENT_NAME": event,
        "DIFF": diff,
        "DIFF_BASE": "",
        "PR_BASE_SHA": "abc123" if "pull" in event else "",
        "CHECK_LINKS": links,
        "CHECK_PAPERS": papers,
    }
    code, out, outputs = run_step("plan", tmp_path, env)
    assert code == 0, out
    online = "true" if "true" in (expected["check-links"], expected.get("check-papers")) else "false"
    assert outputs == {"check-papers": "false", **expected, "online": online}


def test_plan_rejects_a_bad_check_papers(tmp_path: Path) -> None:
    env = {"EVENT_NAME": "push", "DIFF": "auto", "DIFF_BASE": "", "PR_BASE_SHA": "", "CHECK_LINKS": "auto",
           "CHECK_PAPERS": "maybe"}
    code, out, _ = run_step("plan", tmp_path, env)
    assert code == 2 and "check-papers must be true or false" in out


def test_plan_rejects_diff_without_a_base(tmp_path: Path) -> None:
    env = {"EVENT_NAME": "push", "DIFF": "true", "DIFF_BASE": "", "PR_BASE_SHA": "", "CHECK_LINKS": "auto",
           "CHECK_PAPERS": "false"}
    code, out, _ = run_step("plan", tmp_path, env)
    assert code == 2 and "::error title=awesomelint::diff is true" in out


def lint_env(**extra: str) -> dict[str, str]:
    env = {
        "AWESOMELINT": awesomelint(),
        "PATHS": "README.md",
        "ARGS": "--select duplicate-link",
        "FAIL_ON": "error",
        "SARIF_FILE": "",
        "DIFF_BASE": "",
        "CHECK_LINKS": "false",
        "CACHE": "true",
        "CACHE_PATH": "cache/links.json",
        "GITHUB_TOKEN": "t0ken",
    }
    return {**env, **extra}


def test_lint_step_annotates_writes_sarif_summary_and_outputs(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(LIST)
    code, out, outputs = run_step("lint", tmp_path, lint_env(SARIF_FILE="reports/out.sarif"))
    assert code == 1, out
    assert "::error file=README.md,line=6,endLine=6,col=3," in out
    assert "t0ken" not in out
    assert outputs == {"findings": "1", "errors": "1", "warnings": "0", "dead-links": "0", "exit-code": "1"}
    assert json.loads((tmp_path / "reports" / "out.sarif").read_text())["runs"][0]["results"]
    assert "| README.md:6:3 | error | AL003 duplicate-link |" in (tmp_path / "summary.md").read_text()


def test_lint_step_args_are_split_but_never_evaluated(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(LIST)
    code, out, _ = run_step("lint", tmp_path, lint_env(ARGS="--select $(touch pwned) *"))
    assert not (tmp_path / "pwned").exists()
    assert code == 2 and "$(touch" in out  # handed over literally: an unknown rule name


def test_lint_step_in_pr_diff_mode(tmp_path: Path) -> None:
    repo = init(tmp_path / "list")
    commit(repo, {"README.md": LIST}, "base")
    base = git(repo, "rev-parse", "HEAD").strip()
    git(repo, "checkout", "-q", "-b", "pr")
    commit(repo, {"README.md": LIST + "- [C](https://c.example) - C.\n"})
    code, out, outputs = run_step("lint", repo, lint_env(DIFF_BASE=base))
    assert code == 0, out  # the old duplicate is not the pull request's doing
    assert outputs["findings"] == "0"
    commit(repo, {"README.md": LIST + "- [C](https://a.example) - C.\n"})
    code, out, outputs = run_step("lint", repo, lint_env(DIFF_BASE=base))
    assert code == 1 and outputs["findings"] == "1"
    assert "::error file=README.md,line=7," in out


@pytest.mark.slow
def test_install_step_installs_from_the_action_path(tmp_path: Path) -> None:
    code, out, outputs = run_step(
        "install", tmp_path, {"PYTHON": sys.executable, "RUNNER_TEMP": str(tmp_path), "GITHUB_ACTION_PATH": str(REPO)}
    )
    assert code == 0, out
    installed = outputs["awesomelint"]
    assert installed == str(tmp_path / "awesomelint-venv" / "bin" / "awesomelint")
    version = subprocess.run([installed, "--version"], capture_output=True, text=True, check=False)
    assert version.returncode == 0 and "awesomelint" in version.stdout


def test_lint_step_without_paths_lints_the_readme(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text(LIST)
    code, out, outputs = run_step("lint", tmp_path, lint_env(PATHS=""))
    assert code == 1, out
    assert outputs["errors"] == "1" and "::error file=readme.md," in out


def test_lint_step_checks_links_with_the_cache_path(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Awesome X\n\n## Tools\n\n- [Gone](gone.md) - Local, no network.\n")
    code, out, outputs = run_step("lint", tmp_path, lint_env(CHECK_LINKS="true", ARGS="--select missing-local-file"))
    assert code == 1, out
    assert "title=AL110 missing-local-file::no such file: gone.md" in out
    assert outputs["findings"] == "1"
    assert "### Dead links" in (tmp_path / "summary.md").read_text()
    assert (tmp_path / "cache" / "links.json").is_file()


def test_lint_step_checks_papers_with_the_shared_cache(tmp_path: Path) -> None:
    from tests.scholar.fakeapi import FakeScholar, serve

    paper = {"title": "Parameter-Efficient Transfer from Sequential Behaviors for User Modeling and Recommendation",
             "arxiv": "2001.04253", "arxiv_year": 2020, "venue": "SIGIR", "year": 2020, "type": "conference"}
    entry = "- {}, SIGIR {} , [[paper]](https://arxiv.org/pdf/2001.04253.pdf)\n"
    text = "# Papers\n\n" + "".join(entry.format(t, y) for t, y in [
        (paper["title"], 2020), ("One Person, One Model, One World: Learning Continual User Representation", 2021),
        ("A Third Paper Entry For Detection", 2021), ("A Fourth Paper Entry Here", 2022), ("A Fifth One", 2022)])
    (tmp_path / "README.md").write_text(text)
    state = FakeScholar([paper])
    with serve(state) as base:
        env = lint_env(CHECK_PAPERS="true", ARGS="--allow-private --select paper-link-mismatch",
                       AWESOMELINT_SCHOLAR_BASE=base, AWESOMELINT_SCHOLAR_RATE_SCALE="0.01")
        code, out, outputs = run_step("lint", tmp_path, env)
    assert code == 1 and outputs["exit-code"] == "1", out
    assert "::error file=README.md,line=4," in out and "AL241" in out
    assert state.by("s2") and "papers" in json.loads((tmp_path / "cache" / "links.json").read_text())
