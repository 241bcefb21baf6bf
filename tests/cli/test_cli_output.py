"""What the command prints: text lines, JSON shape, rule listing, explanations, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.clirun import run_cli
from tests.conftest import corpus_files, require_shared
from tests.corpusruns import lint_report, prefetch

DUPES = "# Awesome Things\n\n- [A](https://a.example) - One.\n- [A](https://a.example) - Two. \n"


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """In-process (tests/clirun.py): what is checked is the command's output and exit code."""
    return run_cli(*args, cwd=cwd, env={"GITHUB_ACTIONS": None, "NO_COLOR": "1"})


def run_process(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """A real ``python -m awesomelint``, end to end: real stdout, real exit status."""
    env = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run([sys.executable, "-m", "awesomelint", *map(str, args)], capture_output=True, text=True,
                          env={**env, "NO_COLOR": "1"}, cwd=cwd, timeout=300)


@pytest.fixture
def readme(tmp_path: Path) -> Path:
    path = tmp_path / "readme.md"
    path.write_text(DUPES, encoding="utf-8")
    return path


@pytest.mark.parametrize("runner", [run, run_process], ids=["in-process", "subprocess"])
def test_text_lines_and_summary(readme: Path, runner: Callable[..., subprocess.CompletedProcess[str]]) -> None:
    result = runner("readme.md", "--select", "AL002,AL003", cwd=readme.parent)
    assert result.returncode == 1
    assert result.stdout.splitlines()[:2] == [
        "readme.md:4:3: AL003 [error] duplicate link https://a.example: already at line 3 (duplicate-link)",
        "readme.md:4:32: AL002 [warning] 1 trailing whitespace character(s) (no-trailing-spaces)",
    ]
    assert result.stdout.rstrip().endswith("1 error, 1 warning, 0 infos in 1 file (1 fixable with --fix)")


def test_fail_on_sets_the_exit_code(readme: Path) -> None:
    assert run(readme, "--select", "AL002").returncode == 0
    assert run(readme, "--select", "AL002", "--fail-on", "warning").returncode == 1
    (readme.parent / ".awesomelint.toml").write_text("fail-on = 'warning'\n", encoding="utf-8")
    assert run(readme, "--select", "AL002").returncode == 1


def test_quiet_prints_only_findings(readme: Path) -> None:
    result = run(readme, "--select", "AL003", "-q")
    assert len(result.stdout.splitlines()) == 1


def test_bad_config_is_exit_2_naming_the_file(readme: Path) -> None:
    (readme.parent / ".awesomelint.toml").write_text("[rules]\nnope = 'off'\n", encoding="utf-8")
    result = run(readme)
    assert result.returncode == 2
    assert ".awesomelint.toml: unknown rule 'nope' in [rules]" in result.stderr


def test_json_shape(readme: Path) -> None:
    result = run("readme.md", "--format", "json", "--select", "AL003", cwd=readme.parent)
    data = json.loads(result.stdout)
    assert set(data) >= {"version", "findings", "summary"}
    assert data["summary"] == {"files": 1, "errors": 1, "warnings": 0, "infos": 0}
    (finding,) = data["findings"]
    assert finding == {"path": "readme.md", "line": 4, "column": 3, "end_line": 4, "end_column": 25,
                       "rule": "AL003", "name": "duplicate-link", "severity": "error",
                       "message": "duplicate link https://a.example: already at line 3", "fixable": False}


def test_rules_json_lists_metadata() -> None:
    result = run("rules", "--format", "json")
    rules = {r["id"]: r for r in json.loads(result.stdout)}
    assert rules["AL003"]["name"] == "duplicate-link"
    assert "double-link" in rules["AL003"]["aliases"]
    assert set(rules["AL001"]) >= {"id", "name", "summary", "severity", "fixable", "aliases"}


def test_explain_by_id_and_alias() -> None:
    result = run("explain", "double-link")
    assert result.returncode == 0
    assert result.stdout.startswith("AL003 duplicate-link (error)")
    assert "## What it does" in result.stdout
    assert run("explain", "AL999").returncode == 2


def test_explain_profile(readme: Path) -> None:
    result = run(readme, "--explain-profile", "--select", "AL003")
    assert "profile awesome: the title 'Awesome Things'" in result.stderr


@pytest.fixture(scope="module")
def corpus_reports() -> None:
    """Every corpus list's JSON report, linted two at a time (tests/corpusruns.py; the ledger reuses them)."""
    require_shared()
    prefetch(f"corpus/{p.name}" for p in corpus_files())


@pytest.mark.slow
@pytest.mark.parametrize("path", corpus_files() or [None], ids=lambda p: p.stem if p else "no-corpus")
def test_corpus_json_is_valid_and_inside_the_file(path: Path | None, corpus_reports: None) -> None:
    require_shared()
    assert path is not None
    data = lint_report(f"corpus/{path.name}")  # `awesomelint check --format json PATH`; exit 0 or 1 checked there
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    for f in data["findings"]:
        assert 1 <= f["line"] <= max(len(lines), 1), f
        assert 1 <= f["column"] <= len(lines[f["line"] - 1]) + 1, f
        assert f["severity"] in ("error", "warning", "info")
