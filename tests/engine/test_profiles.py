"""Profiles are data: every rule names known profiles, and `rules --profile` shows what a profile runs."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from awesomelint.cli import main
from awesomelint.profiles import ALL_PROFILES, PROFILES, detectors
from awesomelint.registry import default_registry


def test_every_rule_names_known_profiles() -> None:
    for rule in default_registry():
        unknown = set(rule.meta.profiles) - ALL_PROFILES
        assert not unknown, f"{rule.id} names unknown profiles {sorted(unknown)}"
        assert set(rule.meta.presets) <= ALL_PROFILES, f"{rule.id} presets an unknown profile"


def test_detectors_are_an_explicit_ordered_list_of_known_profiles() -> None:
    names = [name for name, _ in detectors()]
    assert names[0] == "papers" and set(names) <= set(PROFILES)


def test_rules_profile_lists_exactly_that_profiles_rules_with_presets() -> None:
    runner = CliRunner()
    for profile in PROFILES:
        listed = json.loads(runner.invoke(main, ["rules", "--format", "json", "--profile", profile]).output)
        expected = {r.id for r in default_registry() if profile in r.meta.profiles}
        assert {r["id"] for r in listed} == expected
    parity = json.loads(runner.invoke(main, ["rules", "--format", "json", "--profile", "awesome-lint"]).output)
    assert any(r["preset"] for r in parity)  # awesome-lint's semantics come as option presets
    text = runner.invoke(main, ["rules", "--profile", "papers"]).output
    assert text.startswith("# profile papers:")


def test_no_rule_takes_a_reserved_or_retired_id() -> None:
    from awesomelint.rules import RESERVED, RETIRED

    ids = {rule.id for rule in default_registry()}
    assert not ids & set(RESERVED), "a rule uses an id the engine reserves"
    assert not ids & set(RETIRED), "a retired id was given to a new rule"


def test_rule_modules_are_named_after_their_rule_and_import_no_other_rule() -> None:
    import ast
    import importlib
    import pkgutil

    import awesomelint.rules as package

    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        assert module.META.name.replace("-", "_") == info.name, f"rules/{info.name}.py holds {module.META.name}"
        tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        assert not {m for m in imported if m.startswith("awesomelint.rules")}, f"{info.name} imports a rule"
