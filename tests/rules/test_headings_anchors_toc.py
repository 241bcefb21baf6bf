"""Headings, anchors and the contents list read as GitHub renders them (issue #9)."""

from __future__ import annotations

from awesomelint.engine import lint_text
from awesomelint.parse.parser import parse


def _found(text: str, rule: str) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.message) for f in lint_text(text, select=[rule])]


def test_anchor_comes_from_the_rendered_heading_text() -> None:
    doc = parse("# Awesome-LLM [![b](https://b.example/b.svg)](https://b.example)\n\n"
                "## :anger: &nbsp;Table of Contents\n\n#### CLI Tools &nbsp;[<sup>[TOC]</sup>](#x)\n\n"
                "## RSS &amp; `a&amp;b`\n")
    assert [h.anchor for h in doc.headings] == [
        "awesome-llm-", "anger-table-of-contents", "cli-tools-toc", "rss--aampb"]
    assert doc.headings[1].text == ":anger: \xa0Table of Contents"  # what a reader sees, trimmed


def test_broken_anchor_accepts_rendered_slugs_and_readme() -> None:
    text = ("# T\n\n- [A](#anger-table-of-contents)\n- [B](#cli-tools-toc)\n- [C](#readme)\n"
            "- [D](#cli-tools)\n\n## :anger: &nbsp;Table of Contents\n\n"
            "#### CLI Tools &nbsp;[<sup>[TOC]</sup>](#anger-table-of-contents)\n")
    line = text.splitlines()[5]
    assert _found(text, "broken-anchor") == [(6, 3, "no heading or anchor '#cli-tools' in this document")]
    assert line[2:] == "[D](#cli-tools)"


def test_a_question_is_a_heading_but_a_colon_is_still_reported() -> None:
    text = "# T\n\n## What is Static Analysis?\n\n## Meaning of Symbols:\n"
    assert _found(text, "heading-punctuation") == [
        (5, 1, "Unexpected character `:` at end of heading, remove it")]


def test_a_logo_then_a_level_one_heading_is_one_main_heading() -> None:
    logo = "[![Logo](https://l.example/logo.png)](https://l.example)\n\n"
    assert _found(logo + "# Terminals Are Sexy\n\n## Shells\n", "main-heading") == []
    assert _found(logo + "# A\n\n# B\n", "main-heading") == [
        (5, 1, "a second level-1 heading 'B': the list has one main heading; make this a section ('## …')")]
    html = '<h1 align="center">A</h1>\n\n# B\n'
    assert [(f[0], f[1]) for f in _found(html, "main-heading")] == [(3, 1)]  # an HTML title, then a second


def test_duplicates_are_read_per_html_heading_section() -> None:
    text = ("# T\n\n<h2 id=\"c\">C</h2>\n\n- [A](https://a.example) - A.\n\n"
            "<h2 id=\"cpp\">C++</h2>\n\n- [A](https://a.example) - A.\n- [A](https://a.example/) - Again.\n")
    assert _found(text, "duplicate-link") == [(10, 3, "duplicate link https://a.example/: already at line 9 "
                                                       "(as https://a.example)")]


def test_html_headings_give_anchors() -> None:
    text = "# T\n\n- [C++](#c-1)\n- [C#](#csharp)\n- [D](#d)\n\n<h2>C</h2>\n\n<h2 id=\"csharp\">C++</h2>\n"
    assert _found(text, "broken-anchor") == [(5, 3, "no heading or anchor '#d' in this document")]
