"""unsorted-entries --fix on real lists: only reorders lines, keeps every link, and is stable."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from awesomelint.config import Config, RuleSetting
from awesomelint.finding import Finding
from awesomelint.fix import fix_text
from tests.sharedparse import lint, parsed

ALWAYS = Config(rules={"AL160": RuleSetting(True, None, {"when": "always"})})  # promised or not


def _lint(text: str) -> list[Finding]:
    return lint(text, select=["unsorted-entries"], config=ALWAYS)  # lint_text on a shared parse (tests/sharedparse.py)


def _links(text: str) -> Counter[tuple[str, str]]:
    return Counter((link.text, link.url) for link in parsed(text).links)


def test_fix_reorders_lines_only_and_is_idempotent(corpus_file: Path) -> None:
    text = corpus_file.read_text(encoding="utf-8").lstrip("\ufeff")
    outcome = fix_text(text, _lint)
    assert outcome.stable
    assert Counter(outcome.text.splitlines()) == Counter(text.splitlines()), "lines added or dropped"
    assert _links(outcome.text) == _links(text), "a link changed"
    assert _lint(outcome.text) == [], "entries still unsorted after --fix"
    assert fix_text(outcome.text, _lint).applied == 0, "a second --fix changes something"


def test_fix_keeps_nested_items_and_comments_with_their_entry() -> None:
    text = ("# Awesome X\n\n## Tools\n\n"
            "- [Zeta](https://z.example) - Last.\n"
            "  - [Sub B](https://b.example)\n"
            "  - [Sub A](https://a.example)\n"
            "<!-- about zeta -->\n"
            "- [alpha](https://a.example) - First.\n")
    fixed = fix_text(text, _lint).text
    assert fixed.endswith("- [alpha](https://a.example) - First.\n"
                          "- [Zeta](https://z.example) - Last.\n"
                          "  - [Sub A](https://a.example)\n"
                          "  - [Sub B](https://b.example)\n"
                          "<!-- about zeta -->\n")


def test_reports_the_misplaced_entry_not_its_neighbour() -> None:
    text = "# X\n\n- [A](a)\n- [Z](z)\n- [B](b)\n- [C](c)\n- [D](d)\n"
    findings = _lint(text)
    assert [(f.line, f.column) for f in findings] == [(4, 3)]
    assert "'Z'" in findings[0].message and "after 'D'" in findings[0].message
