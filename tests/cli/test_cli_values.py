"""Every command-line option and argument refuses malformed values: one line on stderr, exit 2.

The values are generated from each parameter's declared type (click's Choice, IntRange and Path, and
the ``malformed`` examples of awesomelint's own types), so a new option is covered as soon as it is
declared; an option whose type yields no malformed value fails here until its type declares some.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from awesomelint.cli import main

README = "# Awesome Things\n\n- [Foo](https://foo.example) - Does foo.\n"


def malformed_values(param: click.Parameter) -> list[str]:
    """Values of ``param``'s type that must be refused (in a folder holding README.md)."""
    kind = param.type
    values = list(getattr(kind, "malformed", ()))
    if isinstance(kind, click.Choice):
        values.append("no-such-choice")
    if isinstance(kind, click.IntRange | click.FloatRange):
        values += ["x"] + (["1.5"] if isinstance(kind, click.IntRange) else [])
        values += [str(kind.min - 1)] if kind.min is not None else []
        values += [str(kind.max + 1)] if kind.max is not None else []
    if isinstance(kind, click.Path):
        values += ["no-such-path"] if kind.exists else []
        values += ["."] if not kind.dir_okay else []
        values += ["README.md"] if not kind.file_okay else []
    return values


def commands() -> Iterator[tuple[str, click.Command]]:
    assert isinstance(main, click.Group)
    yield from main.commands.items()


def cases() -> Iterator[Any]:
    for name, command in commands():
        for param in command.params:
            if isinstance(param, click.Option):
                option = max(param.opts, key=len)
                if param.is_flag:
                    yield pytest.param([name, "README.md", f"{option}=x"], id=f"{name} {option}=x")
                    continue
                yield pytest.param([name, "README.md", option], id=f"{name} {option} (no value)")
                for value in malformed_values(param):
                    yield pytest.param([name, "README.md", option, value], id=f"{name} {option} {value!r}")
            else:
                for value in malformed_values(param):
                    yield pytest.param([name, value], id=f"{name} {param.name} {value!r}")


@pytest.mark.parametrize("args", list(cases()))
def test_every_malformed_value_is_one_line_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  args: list[str]) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2, (result.output, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("awesomelint: error: "), lines
    assert "Traceback" not in result.output
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == README  # nothing written over


@pytest.mark.parametrize(("name", "param"), [
    (name, param) for name, command in commands() for param in command.params
    if not (isinstance(param, click.Option) and param.is_flag)
], ids=lambda x: x if isinstance(x, str) else x.name)
def test_every_value_taking_parameter_declares_malformed_values(name: str, param: click.Parameter) -> None:
    assert malformed_values(param), (
        f"awesomelint {name} {param.name}: its type yields no malformed value; give it a type from "
        "awesomelint.cli_params (or a click.Choice/IntRange/Path) that declares some")


def test_unknown_option_is_one_line_with_a_hint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["--selct", "AL003", "README.md"])
    assert result.exit_code == 2
    assert result.stderr.startswith("awesomelint: error: no such option '--selct'")
    assert "'--select'" in result.stderr
    assert result.stderr.endswith(" check --help)\n")
    assert len(result.stderr.splitlines()) == 1


def test_select_words_still_work_split_by_commas_and_spaces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "README.md").write_text(README + "- [Foo](https://foo.example) - Again.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["--select", "AL003, AL002", "--select", "final-newline", "README.md"])
    assert result.exit_code == 1, result.output
    assert "README.md:4:3: AL003" in result.stdout


def test_a_report_is_never_written_over_a_linted_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    for args in (["-o", "README.md"], ["--format", "json", "-o", "./README.md", "README.md"]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 2
        assert result.stderr.startswith("awesomelint: error: --output ")
        assert (tmp_path / "README.md").read_text(encoding="utf-8") == README


@pytest.mark.slow
@pytest.mark.parametrize("args", [["--max-size", "0"], ["--select", "AL003,,AL004"], ["--diff-base="],
                                  ["--fix=yes"], ["explain", "no-such-rule"], ["--config", "."]])
def test_real_process_one_line_exit_2(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "awesomelint", *args], capture_output=True, text=True,
                            cwd=tmp_path, env={**os.environ, "NO_COLOR": "1"}, timeout=120)
    assert result.returncode == 2, result
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("awesomelint: error: ")
