"""Every declared config value refuses malformed input: one line on stderr, exit 2, no traceback.

The malformed values are generated from the declarations (``awesomelint.options.malformed``) of every
rule option, every top-level key and every ``[links]`` and ``[papers]`` key, so a new option is covered here with no
new test code. The CLI runs in-process (click's CliRunner); a few real subprocesses are at the end.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from awesomelint.cli import main
from awesomelint.config import TOP_LEVEL
from awesomelint.links.settings import KEYS, LinkSettings
from awesomelint.options import check, malformed, option_types, sample
from awesomelint.registry import default_registry
from awesomelint.scholar.settings import KEYS as PAPER_KEYS

REGISTRY = default_registry()
README = "# Awesome Things\n\n- [Foo](https://foo.example) - Does foo.\n"


def toml(value: Any) -> str:
    """A TOML value for what ``malformed`` generates (strings, numbers, booleans, lists, tables)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # JSON string escapes are TOML basic-string escapes
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))} = {toml(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no TOML for {value!r}")


def plain(value: Any) -> Any:
    """A default value as TOML would give it: tuples and sets become lists."""
    if isinstance(value, tuple | list):
        return [plain(v) for v in value]
    if isinstance(value, frozenset | set):
        return sorted(plain(v) for v in value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def declared() -> Iterator[tuple[str, str, str, Any]]:
    """(case id, TOML table header or "", key, declared type) for every value a config may hold."""
    for rule in REGISTRY:
        for key, hint in option_types(rule.options).items():
            yield f"{rule.id}.{key}", f"[rules.{rule.name}]", key, hint
    for key, hint in TOP_LEVEL.items():
        yield f"top.{key}", "", key, hint
    for key, hint in KEYS.items():
        yield f"links.{key}", "[links]", key, hint
    for key, hint in PAPER_KEYS.items():
        yield f"papers.{key}", "[papers]", key, hint


def malformed_configs() -> Iterator[Any]:
    for case, table, key, hint in declared():
        for number, bad in enumerate(malformed(hint)):
            yield pytest.param(f"{table}\n{key} = {toml(bad)}\n", key, id=f"{case}-{number}")


def lint(tmp_path: Path, config: str, *, name: str = ".awesomelint.toml") -> Any:
    (tmp_path / name).write_text(config, encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text(README, encoding="utf-8")
    return CliRunner().invoke(main, ["check", "--select", "AL003", str(readme)])


def assert_one_line_error(result: Any, *words: str) -> None:
    assert result.exit_code == 2, (result.output, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("awesomelint: error: "), lines
    assert "Traceback" not in result.output
    for word in words:
        assert word in lines[0]


@pytest.mark.parametrize(("config", "key"), list(malformed_configs()))
def test_every_malformed_value_is_one_line_naming_file_and_key(tmp_path: Path, config: str, key: str) -> None:
    result = lint(tmp_path, config)
    assert_one_line_error(result, ".awesomelint.toml", key)
    assert result.stdout == ""  # refused before any file was linted


@pytest.mark.parametrize(("case", "table", "key", "hint"), list(declared()), ids=[c[0] for c in declared()])
def test_every_declared_value_has_malformed_examples_and_accepts_a_sample(
        case: str, table: str, key: str, hint: Any) -> None:
    assert malformed(hint), f"{case}: no malformed value can be generated from {hint!r}"
    check(hint, sample(hint))


@pytest.mark.parametrize("rule", list(REGISTRY), ids=lambda r: r.id)
def test_defaults_and_profile_presets_meet_their_declarations(rule: Any) -> None:
    types = option_types(rule.options)
    if not dataclasses.is_dataclass(rule.options):
        return
    for option in dataclasses.fields(rule.options):
        default = getattr(rule.default_options(), option.name)
        assert check(types[option.name.replace("_", "-")], plain(default)) == default, option.name
    for profile, preset in rule.meta.presets.items():
        for name, value in preset.items():
            check(types[name.replace("_", "-")], plain(value)), f"{profile}: {name}"


def test_link_keys_are_exactly_the_settings_fields() -> None:
    names = {f.name.replace("_", "-") for f in dataclasses.fields(LinkSettings)} - {"github-token", "source"}
    assert set(KEYS) == names


@pytest.mark.parametrize(("config", "words"), [
    ("[rules.file-name]\nirregular = '['\n", ["irregular = '['", "not a valid regular expression"]),
    ("[rules.undefined-reference]\nallow = ['(?P<x']\n", ["allow item 1", "regular expression"]),
    ("[links]\nexclude = ['(']\n", ["[links]: exclude item 1 = '('"]),
    ("[links]\nremap = [['^http://', 'https://\\1']]\n", ["remap item 1", "replacement"]),
    ("[rules.balanced-punctuation]\npairs = ['()', '']\n", ["pairs item 2 = ''", "two different"]),
    ("[rules.venue-spelling]\naliases = { NeurIPS = [1] }\n", ["aliases.NeurIPS item 1 = 1 must be a string"]),
    ("[rules.missing-year]\nmin-share = -0.5\n", ["min-share = -0.5 must be from 0 to 1"]),
    ("[rules.multiple-top-level-headings]\nrank = 0\n", ["rank = 0 must be from 1 to 6"]),
    ("[rules.unsorted-entries]\narticles = ['']\n", ["articles item 1 = '' must not be empty"]),
    ("exclude = ['docs/']\n", ["exclude item 1 = 'docs/' can never match", "docs/**"]),
    ("select = ['AL003', '']\n", ["select item 2 = '' must not be empty"]),
    ("[links]\ncache = '~no-such-user-awesomelint/c.json'\n", ["cache = ", "home folder"]),
    ("[links]\ncache = '.'\n", ["cache = '.' is a folder"]),
    ("[links]\naccept = ['300..200']\n", ["accept = ", "empty range"]),
])
def test_the_reported_cases_say_what_is_wrong(tmp_path: Path, config: str, words: list[str]) -> None:
    assert_one_line_error(lint(tmp_path, config), *words)


@pytest.mark.parametrize(("config", "words"), [
    ("tool = 1\n", ["pyproject.toml: tool = 1 must be a table"]),
    ("[tool]\nawesomelint = 1\n", ["pyproject.toml [tool.awesomelint] = 1 must be a table"]),
    ("[tool.awesomelint]\nexclude = ['']\n", ["[tool.awesomelint]: exclude item 1 = '' must not be empty"]),
])
def test_pyproject_tool_tables_must_be_tables(tmp_path: Path, config: str, words: list[str]) -> None:
    assert_one_line_error(lint(tmp_path, config, name="pyproject.toml"), *words)


@pytest.mark.parametrize("config", [
    "a = " + "[" * 3000 + "]" * 3000 + "\n",
    "a = " + "{b = " * 3000 + "1" + "}" * 3000 + "\n",
    "[rules.venue-spelling]\naliases = " + "[" * 40 + "]" * 40 + "\n",
    "x" + ".x" * 200 + " = 1\n",
], ids=["arrays", "inline-tables", "inside-an-option", "dotted-keys"])
def test_deep_nesting_is_refused(tmp_path: Path, config: str) -> None:
    assert_one_line_error(lint(tmp_path, config), ".awesomelint.toml", "nested more than 16 levels")


def test_a_huge_config_is_refused_unread(tmp_path: Path) -> None:
    assert_one_line_error(lint(tmp_path, "# padding\n" * 200_000), "larger than 1024 KiB")


def test_an_exclude_that_matches_still_excludes(tmp_path: Path) -> None:
    result = lint(tmp_path, "exclude = ['README.md', '*.txt', 'docs/**', '[!x]*.rst']\n")
    assert result.exit_code == 0, result.output
    assert "0 files" in result.stdout or result.stdout == ""


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "awesomelint", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env={**os.environ, "NO_COLOR": "1"}, timeout=120)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "config"), [
    ("pyproject.toml", "tool = 1\n"),
    (".awesomelint.toml", "[rules.file-name]\nirregular = '(['\n"),
    (".awesomelint.toml", "a = " + "[" * 100_000 + "\n"),
    (".awesomelint.toml", "[links]\ncache = '~no-such-user-awesomelint/x'\n"),
])
def test_real_process_one_line_exit_2(tmp_path: Path, name: str, config: str) -> None:
    (tmp_path / name).write_text(config, encoding="utf-8")
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    result = run("README.md", "README.md", cwd=tmp_path)  # two files, one config: still one line
    assert result.returncode == 2, result
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"awesomelint: error: {tmp_path / name}")
