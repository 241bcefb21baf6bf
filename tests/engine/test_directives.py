"""Inline directives, ours and awesome-lint's, silence exactly what they say."""

from __future__ import annotations

from awesomelint.engine import lint_text

DUPES = """# Awesome Things

- [A](https://a.example) - One.
{d1}
- [A](https://a.example) - Two.
{d2}
- [A](https://a.example) - Three.
- [A](https://a.example) - Four.
"""


def lines_of(text: str, rule: str = "AL003") -> list[int]:
    return [f.line for f in lint_text(text, select=[rule, "AL000"]) if f.rule_id == rule]


def test_without_directives_every_repeat_is_reported() -> None:
    assert lines_of(DUPES.format(d1="", d2="")) == [5, 7, 8]


def test_disable_enable_range_by_name_id_and_alias() -> None:
    for name in ("duplicate-link", "AL003", "double-link", "al003"):
        text = DUPES.format(d1=f"<!-- awesomelint-disable {name} -->", d2=f"<!-- awesomelint-enable {name} -->")
        assert lines_of(text) == [7, 8], name


def test_disable_all_with_empty_list() -> None:
    text = DUPES.format(d1="<!-- awesomelint-disable -->", d2="")
    assert lines_of(text) == []


def test_disable_next_line_and_same_line() -> None:
    text = DUPES.format(d1="<!-- awesomelint-disable-next-line AL003 -- mirrored upstream -->", d2="")
    assert lines_of(text) == [7, 8]
    same = DUPES.format(d1="", d2="").replace("Three.", "Three. <!-- awesomelint-disable-line duplicate-link -->")
    assert lines_of(same) == [5, 8]


def test_disable_file_anywhere() -> None:
    text = DUPES.format(d1="", d2="") + "\n<!-- awesomelint-disable-file AL003 -->\n"
    assert lines_of(text) == []


def test_awesome_lint_comments_work_through_aliases() -> None:
    text = DUPES.format(d1="<!--lint disable double-link-->", d2="<!--lint enable double-link-->")
    assert lines_of(text) == [7, 8]
    # remark-message-control's "ignore" covers the next node: here the list the comment starts
    ignore = DUPES.format(d1="", d2="<!--lint ignore double-link-->")
    assert lines_of(ignore) == [5]


def test_other_rules_are_not_silenced() -> None:
    text = DUPES.format(d1="<!-- awesomelint-disable AL002 -->", d2="")
    assert lines_of(text) == [5, 7, 8]


def test_unknown_rule_in_directive_is_reported_where_it_is() -> None:
    text = DUPES.format(d1="<!-- awesomelint-disable duplicate-lnk -->", d2="")
    found = [f for f in lint_text(text, select=["AL000"])]
    assert [(f.line, f.column, f.rule_id) for f in found] == [(4, 1, "AL000")]
    assert "duplicate-lnk" in found[0].message


def test_directives_inside_code_blocks_do_nothing() -> None:
    text = DUPES.format(d1="```\n<!-- awesomelint-disable -->\n```", d2="")
    assert lines_of(text) == [7, 9, 10]
