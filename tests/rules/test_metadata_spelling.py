"""metadata-spelling (AL164): a tag spelt unlike the list's usual spelling of it, at the tag's letters."""

from __future__ import annotations

from awesomelint.engine import lint_text
from awesomelint.fix import fix_text


def _entries(tags: list[str]) -> str:
    return "# X\n\n## Libraries\n\n" + "".join(f"- [P{i}](https://p{i}.example) - Does {i}. {tag}\n"
                                             for i, tag in enumerate(tags))


def test_a_slip_in_a_license_tag_is_reported_at_its_letters_and_fixed() -> None:
    text = _entries(["[MIT]"] * 5 + ["`MIT`", "[Mit]"])
    [finding] = lint_text(text, select=["AL164"])
    assert (finding.line, finding.column, finding.end_column) == (11, 39, 42)
    assert text.splitlines()[10][38:41] == "Mit"
    assert "'[Mit]' is spelt '[MIT]'" in finding.message and "(5 of 6 entries)" in finding.message
    fixed = fix_text(text, lambda t: lint_text(t, select=["AL164"])).text
    assert fixed.splitlines()[10].endswith("Does 6. [MIT]") and fixed.count("[Mit]") == 0


def test_two_spellings_the_list_uses_often_are_both_conventions() -> None:
    assert lint_text(_entries(["`Go`"] * 6 + ["`go`"] * 3), select=["AL164"]) == []


def test_code_and_brackets_are_different_forms_and_links_are_not_tags() -> None:
    tags = ["[MIT]"] * 4 + ["`mit`", "[Site](https://s.example)", "[site](https://t.example)", "[8.6]"]
    assert lint_text(_entries(tags), select=["AL164"]) == []
