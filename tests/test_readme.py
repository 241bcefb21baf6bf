"""The README's commands and snippets match what the repository ships."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml

from awesomelint import __version__
from awesomelint.scaffold import template

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", README, re.MULTILINE | re.DOTALL)


def test_the_test_command_is_what_ci_runs() -> None:
    commands = [b.strip() for b in _blocks("sh")]
    test_command = next(c for c in commands if "pytest" in c)
    assert test_command in (REPO / ".ci" / "run").read_text(encoding="utf-8")
    install = next(c for c in commands if "awesomelint README.md" in c)
    assert shlex.split(install)[-2:] == ["README.md"] or install.endswith("awesomelint README.md")


def test_pre_commit_snippet_is_what_init_writes() -> None:
    snippet = next(b for b in _blocks("yaml") if "pre-commit" in b or "hooks:" in b)
    shipped = template("pre-commit-config.yaml", FILES="^README\\.md$").replace(f"v{__version__}", "v0.1.0")
    assert yaml.safe_load(snippet) == yaml.safe_load(shipped)
    hook_ids = {h["id"] for h in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert {h["id"] for h in yaml.safe_load(snippet)["repos"][0]["hooks"]} <= hook_ids


def test_files_the_readme_names_exist() -> None:
    for name in re.findall(r"`((?:examples|rules|tests|bench)/[\w./-]+)`", README):
        assert (REPO / name).exists(), name


def test_action_inputs_and_outputs_are_documented() -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text(encoding="utf-8"))
    for name in (*action["inputs"], *action.get("outputs", {})):
        assert f"`{name}`" in README, f"action input/output {name} is not in the README"
