"""--max-time: a runaway rule or parse is stopped and reported in one line naming what ran; the other
files are still linted, and a --fix stopped half-way writes nothing."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from awesomelint.document import Document
from awesomelint.finding import Problem
from awesomelint.registry import Registry, builtin_rules
from awesomelint.rule import NoOptions, Rule
from awesomelint.runner import RunOptions, run

TEXT = "# Things\n\nSome text. \n"


def _runaway(doc: Document, options: NoOptions) -> Iterator[Problem]:
    end = time.monotonic() + 60  # long enough to show the budget stopped it, short enough never to hang CI
    while time.monotonic() < end:
        pass
    yield from ()


def registry_with_runaway(rule_id: str) -> Registry:
    return Registry(Rule(r.meta, check=_runaway) if r.id == rule_id else r for r in builtin_rules())


def test_runaway_rule_is_one_error_naming_the_rule_and_other_files_go_on(tmp_path: Path) -> None:
    slow, fine = tmp_path / "slow.md", tmp_path / "fine.md"
    slow.write_text(TEXT, encoding="utf-8")
    fine.write_text(TEXT, encoding="utf-8")
    registry = registry_with_runaway("AL001")
    started = time.monotonic()
    results = run([slow, fine], RunOptions(max_time=1.0), registry)
    assert time.monotonic() - started < 50  # the 60-second loop was interrupted, twice
    for result in results:
        assert result.error is not None and result.findings == []
        assert "stopped after 1 s in rule AL001 (final-newline) (--max-time)" in result.error
        assert result.error.startswith(str(result.display))


def test_a_fix_stopped_by_the_budget_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text(TEXT, encoding="utf-8")
    results = run([path], RunOptions(max_time=1.0, fix=True), registry_with_runaway("AL001"))
    assert results[0].error and "AL001" in results[0].error
    assert path.read_text(encoding="utf-8") == TEXT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["README.md"]


def test_no_budget_means_no_limit(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text(TEXT, encoding="utf-8")
    result = run([path], RunOptions(max_time=None), Registry(builtin_rules()))[0]
    assert result.error is None and result.findings


def test_cli_budget_is_one_line_and_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text(TEXT * 2000, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "awesomelint", "--max-time", "0.001", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    errors = done.stderr.splitlines()
    assert len(errors) == 1 and "Traceback" not in done.stderr
    assert errors[0].startswith(f"awesomelint: error: {path}: stopped after 0.001 s in ")
    assert "--max-time" in errors[0]
    for bad in ("-1", "nan", "soon"):
        refused = subprocess.run([sys.executable, "-m", "awesomelint", "--max-time", bad, str(path)],
                                 capture_output=True, text=True, timeout=120)
        assert refused.returncode == 2 and "--max-time" in refused.stderr
