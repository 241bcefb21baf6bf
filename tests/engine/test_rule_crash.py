"""A rule that raises never takes the run down: one AL999 finding at the entry it was checking, every
other rule's findings, exit code 2, and the traceback only under --debug."""

from __future__ import annotations

import json
from pathlib import Path

from awesomelint.engine import CRASH_ID, lint_document
from awesomelint.parse.parser import parse
from awesomelint.registry import Registry, builtin_rules
from awesomelint.rule import Rule, rule_from_module
from tests.conftest import FIXTURES
from tests.engine.test_plugins import run

LIST = "# Awesome X\n\n- [A](https://a.example) - First.\n- [B](https://a.example) - Second.\n"


def install_crashing_plugin(site: Path) -> None:
    (site / "awesomelint_crash").mkdir(parents=True)
    source = FIXTURES / "plugin" / "awesomelint_crash" / "__init__.py"
    (site / "awesomelint_crash" / "__init__.py").write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    info = site / "awesomelint_crash-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: awesomelint-crash\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[awesomelint.rules]\nCR = awesomelint_crash\n", encoding="utf-8")
    (info / "RECORD").write_text("", encoding="utf-8")


def test_crash_is_one_finding_at_the_entry_and_other_rules_still_report(tmp_path: Path) -> None:
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("awesomelint_crash", FIXTURES / "plugin" / "awesomelint_crash"
                                                  / "__init__.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("awesomelint_crash", module)
    spec.loader.exec_module(module)
    registry = Registry([*builtin_rules(), rule_from_module(module, source="awesomelint-crash 0.1")])
    findings = lint_document(parse(LIST, tmp_path / "README.md"), registry=registry, display_path="README.md")
    crashes = [f for f in findings if f.rule_id == CRASH_ID]
    assert len(crashes) == 1
    (crash,) = crashes
    assert crash.line == 4  # the second entry, which the rule was checking
    assert "CR001" in crash.message and "crashes-on-second-entry" in crash.message and "KeyError" in crash.message
    assert crash.rule_name == "rule-crashed" and str(crash.severity) == "error"
    assert any(f.rule_id == "AL003" and f.line == 4 for f in findings)  # the duplicate is still reported


def test_cli_exits_2_with_the_other_findings_and_traceback_only_with_debug(tmp_path: Path) -> None:
    site = tmp_path / "site"
    install_crashing_plugin(site)
    readme = tmp_path / "list" / "README.md"
    readme.parent.mkdir()
    readme.write_text(LIST, encoding="utf-8")
    result = run(site, readme, "--format", "json")
    assert result.returncode == 2
    report = json.loads(result.stdout)
    rules = {f["rule"] for f in report["findings"]}
    assert CRASH_ID in rules and "AL003" in rules
    assert "internal error: rule CR001 (crashes-on-second-entry) crashed on" in result.stderr
    assert "README.md:4" in result.stderr
    assert "Traceback" not in result.stderr and "--debug" in result.stderr
    debug = run(site, readme, "--format", "json", "--debug")
    assert debug.returncode == 2
    assert "Traceback (most recent call last)" in debug.stderr and "KeyError: 'title'" in debug.stderr


def test_a_crash_with_a_hostile_local_still_points_at_the_entry(tmp_path: Path) -> None:
    """Locating the entry reads the traceback's locals; a plugin's object whose attributes raise must not
    turn the crash report itself into a second crash."""
    class Hostile:
        @property
        def line(self) -> int:
            raise RuntimeError("a property that raises")

        @property
        def end_line(self) -> int:
            raise RuntimeError("a property that raises")

    def check(doc, options):  # type: ignore[no-untyped-def]
        hostile = Hostile()  # noqa: F841 - a local the crash locator sees before the entry
        for entry in doc.entries:
            if entry.line == 4:
                raise ValueError("boom")
        return iter(())

    registry = Registry(Rule(r.meta, check=check) if r.id == "AL001" else r for r in builtin_rules())
    findings = lint_document(parse(LIST, tmp_path / "README.md"), registry=registry, display_path="README.md")
    (crash,) = [f for f in findings if f.rule_id == CRASH_ID]
    assert crash.line == 4 and "ValueError: boom" in crash.message
