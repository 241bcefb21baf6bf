"""Detecting what a list is by its content, not its title (issue #9 point 6)."""

from __future__ import annotations

from awesomelint.engine import Overrides, lint_document
from awesomelint.parse import parse
from awesomelint.profiles import detect_profile


def _list(title: str, entries: int = 12) -> str:
    half = entries // 2
    tools = "\n".join(f"- [Tool {i}](https://tool{i}.example) - Does thing {i}." for i in range(half))
    libs = "\n".join(f"- [Lib {i}](https://lib{i}.example) - Wraps thing {i}." for i in range(half, entries))
    return (f"# {title}\n\n## Contents\n\n- [Tools](#tools)\n- [Libraries](#libraries)\n\n"
            f"## Tools\n\n{tools}\n\n## Libraries\n\n{libs}\n")


def test_entries_in_sections_make_an_awesome_style_list_whatever_the_title() -> None:
    profile, reason = detect_profile(parse(_list("Best iOS Apps")))
    assert profile == "awesome-style"
    assert "12 of 12 linked entries" in reason and "2 sections and a contents list" in reason
    assert "badge" in reason and "repository age" in reason


def test_an_awesome_title_still_makes_an_awesome_list() -> None:
    assert detect_profile(parse(_list("Awesome iOS")))[0] == "awesome"


def test_a_few_links_are_not_enough() -> None:
    assert detect_profile(parse(_list("Notes", entries=6)))[0] == "plain"


def test_awesome_style_gets_entry_rules_but_not_the_submission_rules() -> None:
    text = _list("Best iOS Apps").replace("Does thing 3.", "does thing 3")
    findings = lint_document(parse(text))
    rules = {f.rule_name for f in findings}
    assert {"description-case", "description-punctuation"} <= rules
    assert not rules & {"awesome-badge", "contributing-file", "repository-age", "code-of-conduct"}
    [case] = [f for f in findings if f.rule_name == "description-case"]
    assert text.splitlines()[case.line - 1][case.column - 1:].startswith("does thing 3")
    awesome = {f.rule_name for f in lint_document(parse(text), overrides=Overrides(profile="awesome"))}
    assert "awesome-badge" in awesome
