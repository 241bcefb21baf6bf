"""Style rules that follow a list's own conventions (issue #9 point 1): forms systematic per kind of item or
per table are accepted, and an isolated slip is still reported at its exact place."""

from __future__ import annotations

from awesomelint.engine import lint_text
from awesomelint.finding import Finding


def _lint(text: str, rule: str) -> list[Finding]:
    return lint_text(text, select=[rule])


def _entry(name: str, store: str = " ", tags: str = "  ", stars: str = "  ") -> str:
    return (f"- [{name}](https://{name}.example): Does {name}.\n  -{store}[`App Store`](https://apps.example/{name})\n"
            f"  -{tags}`2024` `swift`\n  -{stars}☆`12`\n")


def test_marker_spacing_systematic_per_kind_of_sub_line_is_consistent() -> None:
    text = "# Apps\n\n" + "".join(_entry(n) for n in ("a", "b", "c", "d", "e"))
    assert _lint(text, "AL017") == []


def test_marker_spacing_slip_in_one_kind_of_sub_line_is_reported_at_the_text() -> None:
    text = "# Apps\n\n" + "".join(_entry(n) for n in ("a", "b")) + _entry("c", stars=" ") + _entry("d", store="  ")
    found = _lint(text, "AL017")
    assert [(f.line, f.column) for f in found] == [(14, 5), (16, 6)]
    lines = text.splitlines()
    assert lines[13][4:] == "☆`12`" and lines[15][5:].startswith("[`App Store`]")
    assert "start with a symbol: 3 of 4 items" in found[0].message
    assert "start with a link: 3 of 4 items" in found[1].message


def test_marker_spacing_lone_odd_item_in_a_list_is_still_reported() -> None:
    text = "# X\n\n- [A](https://a.example) - A.\n-  [B](https://b.example) - B.\n- [C](https://c.example) - C.\n"
    [finding] = _lint(text, "AL017")
    assert (finding.line, finding.column) == (4, 4)
    assert "the list's usual form: 2 of 3 items" in finding.message


def test_empty_links_around_one_kind_of_badge_are_the_lists_idiom() -> None:
    badge = "[![Publish](https://img.shields.io/badge/Conference-{}-blue)]()"
    text = (f"# Papers\n\n- {badge.format('ICCV')} [A](https://a.example) - A.\n"
            f"- {badge.format('CVPR')} [B](https://b.example) - B.\n- [C]() - C.\n")
    [finding] = _lint(text, "AL162")
    assert (finding.line, finding.column) == (5, 3) and finding.message == "link 'C' has no target"


def test_a_lone_empty_badge_link_is_reported_at_its_bracket() -> None:
    text = ("# Papers\n\n- [A](https://a.example) - A. [![Star](https://s.example/a.svg)](https://github.com/a/a)\n"
            "- [B](https://b.example) - B. [![Star](https://s.example/b.svg)](https://github.com/b/b)\n"
            "- [C](https://c.example) - C. [![Star](https://s.example/c.svg)]()\n")
    [finding] = _lint(text, "AL162")
    assert (finding.line, finding.column) == (5, 31)
    assert text.splitlines()[4][30:].startswith("[![Star]")


def test_table_padding_follows_each_tables_own_form() -> None:
    text = "# X\n\n|a|b|\n|-|-|\n|cccc|dddd|\n|e| f|\n\n| g | h |\n| - | - |\n| i | j |\n"
    [finding] = _lint(text, "AL033")
    assert (finding.line, finding.column) == (6, 4) and "expected `0` spaces" in finding.message
    assert text.splitlines()[5][2:4] == "| "


def _section(title: str, bullet: str, names: str, sub: str = "") -> str:
    out = f"## {title}\n\n"
    for n in names:
        out += f"{bullet} [{n}](https://{n}.example) - Does {n}.\n"
        if sub:
            out += f"  {sub} [{n} CLI](https://{n}-cli.example) - Its CLI.\n"
    return out + "\n"


def test_bullets_are_a_property_of_lists_not_a_vote_of_items() -> None:
    # one long `*` list does not outvote the file's other lists; the contents list keeps its own `-`
    text = ("# Things\n\n- [One](#one)\n- [Two](#two)\n- [Three](#three)\n\n"
            + _section("One", "*", "abcdefghijklmnopqrstuvwxyz") + _section("Two", "-", "abc")
            + _section("Three", "-", "def", sub="*"))
    assert _lint(text, "AL036") == []


def test_a_slip_within_a_list_and_a_list_against_the_files_lists_are_reported() -> None:
    sections = "".join(_section(t, "-", "abcd") for t in ("One", "Two", "Three"))
    text = "# Things\n\n" + sections + _section("Four", "*", "ab")
    text = text.replace("- [c](https://c.example) - Does c.", "* [c](https://c.example) - Does c.", 1)
    lines = text.splitlines()
    got = [(f.line, f.column, f.message) for f in _lint(text, "AL036")]
    assert [(line, col) for line, col, _ in got] == [(7, 1), (26, 1), (27, 1)]
    assert all(lines[line - 1].startswith("* ") for line, _, _ in got)
    assert "(the list's usual form: 3 of 4 items in this list)" in got[0][2]
    assert "(the usual form of lists like this one: 3 of 4 lists)" in got[1][2]


def test_a_generators_trailing_space_is_one_finding_and_other_forms_still_count() -> None:
    # dkhamsing/open-source-ios-apps: 3150 of 4433 generated lines end in one space
    body = "".join(f"- [A{i}](https://a{i}.example) - A. \n" for i in range(25))
    text = "# Apps\n\n" + body + "Text with a tab.\t\n"
    got = [(f.line, f.column) for f in _lint(text, "AL002")]
    assert got == [(3, 32), (28, 17)]
    assert text.splitlines()[2][31:] == " " and text.splitlines()[27][16:] == "\t"
