"""The engine stamps, filters and sorts; profiles and config decide which rules run."""

from __future__ import annotations

from pathlib import Path

from awesomelint.config import Config, RuleSetting
from awesomelint.engine import Overrides, lint_document, plan_rules
from awesomelint.finding import Severity
from awesomelint.parse.parser import parse
from awesomelint.registry import default_registry

REGISTRY = default_registry()
TEXT = "# Awesome Things \n\n- [A](https://a.example) - One.\n- [A](https://a.example) - Two."


def test_findings_are_stamped_and_sorted_by_position() -> None:
    findings = lint_document(parse(TEXT, Path("list.md")), overrides=Overrides(select=("AL001", "AL002", "AL003")))
    assert [(f.line, f.column, f.rule_id) for f in findings] == [(1, 17, "AL002"), (4, 3, "AL003"), (4, 32, "AL001")]
    trailing = findings[0]
    assert (trailing.path, trailing.rule_name, trailing.severity) == ("list.md", "no-trailing-spaces", Severity.WARNING)
    assert (trailing.end_line, trailing.end_column) == (1, 18)
    assert TEXT.split("\n")[0][trailing.column - 1 :] == " "


def test_config_severity_and_off() -> None:
    config = Config(rules={"AL003": RuleSetting(True, Severity.INFO), "AL002": RuleSetting(False)})
    findings = lint_document(parse(TEXT), config=config, overrides=Overrides(profile="awesome"))
    core = {f.rule_id: f.severity for f in findings if f.rule_id in ("AL001", "AL002", "AL003")}
    assert core == {"AL003": Severity.INFO, "AL001": Severity.WARNING}  # a convention (severity policy)


def test_select_prefix_and_ignore() -> None:
    doc = parse(TEXT)
    plan = plan_rules(doc, Config(), Overrides(select=("AL00",), ignore=("no-trailing-spaces",)), REGISTRY)
    ids = {a.rule.id for a in plan.rules}
    assert {"AL000", "AL001", "AL003"} <= ids and "AL002" not in ids


def test_profile_is_detected_and_explained() -> None:
    plan = plan_rules(parse(TEXT), Config(), Overrides(), REGISTRY)
    assert plan.profile == "awesome" and "Awesome" in plan.profile_reason
    plain = plan_rules(parse("# Links\n\n- [x](https://x.example)\n"), Config(), Overrides(), REGISTRY)
    assert plain.profile in ("plain", "papers")
    forced = plan_rules(parse(TEXT), Config(), Overrides(profile="plain"), REGISTRY)
    assert (forced.profile, forced.profile_reason) == ("plain", "chosen with --profile")


def test_network_rules_need_check_links() -> None:
    plan = plan_rules(parse(TEXT), Config(), Overrides(select=("ALL",)), REGISTRY)
    assert not any(a.rule.meta.network for a in plan.rules)


def test_positions_are_clamped_into_the_file() -> None:
    for finding in lint_document(parse(TEXT), overrides=Overrides(select=("ALL",))):
        assert 1 <= finding.line <= len(TEXT.split("\n"))


def test_awesome_is_a_word_in_the_title() -> None:
    named = plan_rules(parse("# awesomelint\n\nA linter.\n"), Config(), Overrides(), REGISTRY)
    assert named.profile != "awesome"
    titled = plan_rules(parse("# Awesome-Go\n\nGo things.\n"), Config(), Overrides(), REGISTRY)
    assert titled.profile == "awesome"


def test_fail_on_is_decided_per_file_with_that_files_config(tmp_path: Path) -> None:
    """A config that fails on warnings governs its own files only, not the other files of the run."""
    from awesomelint.runner import RunOptions, failing, run

    strict, relaxed = tmp_path / "strict", tmp_path / "relaxed"
    for folder, fail_on in ((strict, "warning"), (relaxed, "error")):
        folder.mkdir()
        (folder / ".awesomelint.toml").write_text(f'fail-on = "{fail_on}"\nselect = ["AL002"]\n', encoding="utf-8")
    (strict / "README.md").write_text("# T\n\nclean\n", encoding="utf-8")
    (relaxed / "README.md").write_text("# T\n\ntrailing \n", encoding="utf-8")
    results = run([strict / "README.md", relaxed / "README.md"], RunOptions(), default_registry())
    assert [f.rule_id for r in results for f in r.findings] == ["AL002"]  # a warning, in the relaxed file
    assert not failing(results)
    assert failing(results, Severity.WARNING)  # --fail-on on the command line applies to every file
    (relaxed / ".awesomelint.toml").write_text('fail-on = "warning"\nselect = ["AL002"]\n', encoding="utf-8")
    assert failing(run([strict / "README.md", relaxed / "README.md"], RunOptions(), default_registry()))
