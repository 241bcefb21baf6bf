"""Third-party rules arrive through the ``awesomelint.rules`` entry-point group of an installed distribution."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES


def install(site: Path, prefix: str = "TD", value: str = "awesomelint_todo") -> None:
    """Install the fixture plugin the way pip lays out a distribution: its code plus a .dist-info."""
    (site / "awesomelint_todo").mkdir(parents=True)
    source = FIXTURES / "plugin" / "awesomelint_todo" / "__init__.py"
    (site / "awesomelint_todo" / "__init__.py").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    info = site / "awesomelint_todo-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: awesomelint-todo\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[awesomelint.rules]\n{prefix} = {value}\n", encoding="utf-8")
    (info / "RECORD").write_text("", encoding="utf-8")


def run(site: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")]),
           "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "awesomelint", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.fixture
def readme(tmp_path: Path) -> Path:
    path = tmp_path / "list" / "readme.md"
    path.parent.mkdir()
    path.write_text("# Awesome X\n\n- [A](https://a.example) - TODO describe.\n", encoding="utf-8")
    return path


def test_plugin_rule_is_listed_and_runs(tmp_path: Path, readme: Path) -> None:
    install(tmp_path / "site")
    listed = {r["id"]: r for r in json.loads(run(tmp_path / "site", "rules", "--format", "json").stdout)}
    assert listed["TD001"]["source"] == "awesomelint-todo 0.1"
    result = run(tmp_path / "site", readme, "--select", "TD001", "--format", "json")
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["rule"], finding["line"], finding["column"], finding["name"]) == ("TD001", 3, 28, "no-todo")
    assert readme.read_text(encoding="utf-8").splitlines()[2][27:31] == "TODO"


def test_plugin_may_not_use_our_prefix(tmp_path: Path, readme: Path) -> None:
    install(tmp_path / "site", prefix="AL")
    result = run(tmp_path / "site", readme)
    assert result.returncode == 2
    assert "the rule prefix 'AL' belongs to awesomelint" in result.stderr


def test_broken_plugin_is_a_clear_error(tmp_path: Path, readme: Path) -> None:
    install(tmp_path / "site", value="awesomelint_missing_module")
    result = run(tmp_path / "site", readme)
    assert result.returncode == 2
    assert "plugin awesomelint-todo 0.1: cannot load awesomelint_missing_module" in result.stderr
    assert "Traceback" not in result.stderr
