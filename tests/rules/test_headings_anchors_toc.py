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


def _fixed(text: str) -> str:
    findings = lint_text(text, select=["table-of-contents"])
    fixes = [f.fix for f in findings if f.fix is not None]
    assert len(fixes) == 1
    return fixes[0].edits[0].replacement


def test_toc_may_leave_license_out_but_not_list_contributing() -> None:
    text = ("# T\n\n## Contents\n\n- [A](#a)\n- [Contributing](#contributing)\n\n## A\n\n"
            "## Contributing\n\n## License\n")
    assert _found(text, "table-of-contents") == [
        (6, 3, "the ToC lists 'Contributing': leave Contributing, Footnotes and Related Lists out of the "
               "table of contents")]


def test_toc_label_may_shorten_its_heading_when_the_anchor_is_right() -> None:
    text = ("# T\n\n## Contents\n\n- [macOS 10.9 Mavericks](#macos-109-mavericks-setup)\n"
            "- [Template](#templates)\n- [Libs](#libraries)\n\n## macOS 10.9 Mavericks Setup\n\n## Templates\n\n"
            "## Libraries\n")
    assert _found(text, "table-of-contents") == [
        (7, 3, "ToC item 'Libs' does not match its heading 'Libraries'")]


def test_toc_written_in_html_is_a_contents_list() -> None:
    text = ("# T\n\n## Contents\n\n<details>\n<ul>\n  <li><a href=\"#c\">C</a></li>\n"
            "  <li><a href=\"#rust\">Rust</a></li>\n</ul>\n</details>\n\n<h2 id=\"c\">C</h2>\n\n## Go\n")
    line = text.splitlines()[7]
    assert _found(text, "table-of-contents") == [
        (8, 7, "ToC item 'Rust' links to '#rust', which is no heading's anchor")]
    assert line[6:].startswith('<a href="#rust">')


def test_untitled_contents_list_is_the_contents() -> None:
    text = "# T\n\n- [A](#a)\n- [B](#b)\n\n## A\n\n## B\n\n## C\n"
    assert _found(text, "table-of-contents") == [(4, 1, "the ToC has no item for 'C': add '- [C](#c)'")]
    entries = "# T\n\n- [A](https://a.example) - A.\n- [B](https://b.example) - B.\n\n## A\n\n## B\n"
    assert _found(entries, "table-of-contents") == []


def test_item_at_the_wrong_level_is_one_finding_that_says_where() -> None:
    text = "# T\n\n## Contents\n\n- [A](#a)\n- [Sub](#sub)\n- [B](#b)\n\n## A\n\n### Sub\n\n## B\n"
    assert _found(text, "table-of-contents") == [
        (6, 3, "ToC item 'Sub' is at the wrong level for its heading: '### Sub' is a section of 'A'; nest it "
               "under 'A' or leave it out")]


def test_misspelt_anchor_is_one_finding_that_names_the_section() -> None:
    text = "# T\n\n## Contents\n\n- [A](#a)\n- [Progress View](#progress-view)\n\n## A\n\n## ProgressView\n"
    assert _found(text, "table-of-contents") == [
        (6, 3, "ToC item 'Progress View' links to '#progress-view', which is no heading's anchor: its section "
               "'ProgressView' is '#progressview'")]


def test_regeneration_keeps_the_depth_of_the_contents() -> None:
    flat = "# T\n\n## Contents\n\n- [A](#a)\n\n## A\n\n### A1\n\n## B\n"
    assert _fixed(flat) == "- [A](#a)\n- [B](#b)"
    deep = ("# T\n\n## Contents\n\n* [A](#a)\n    * [A1](#a1)\n        * [A11](#a11)\n\n## A\n\n### A1\n\n"
            "#### A11\n\n## B\n\n## License\n")
    assert _fixed(deep) == "* [A](#a)\n    * [A1](#a1)\n        * [A11](#a11)\n* [B](#b)"


def test_no_fix_when_the_rewrite_would_not_change_the_contents() -> None:
    text = "# T\n\n## Contents\n\n- [A](#a)\n  - [A1](#a1)\n    - [A11](#a11)\n\n## A\n\n### A1\n\n#### A11\n"
    findings = lint_text(text, select=["table-of-contents"])
    assert [(f.line, f.column, f.fix) for f in findings] == [(6, 3, None)]
    assert "nests more than two levels" in findings[0].message


def test_toc_label_in_another_case_is_still_reported() -> None:
    text = "# T\n\n## Contents\n\n- [Websocket](#websocket)\n- [🔥 Tools](#-tools)\n\n## WebSocket\n\n## 🔥 Tools\n"
    assert _found(text, "table-of-contents") == [
        (5, 3, "ToC item 'Websocket' does not match its heading 'WebSocket'")]


def test_flat_contents_of_deeper_headings_list_that_level() -> None:
    text = ("# T\n\n## Contents\n\n- [CLI Tools](#cli-tools-toc)\n- [2023 Venues](#2023)\n\n## Chapters\n\n"
            "#### CLI Tools &nbsp;[TOC]\n\n#### 2023\n\n#### Web Tools\n")
    assert _found(text, "table-of-contents") == [
        (6, 1, "the ToC has no item for 'Web Tools': add '- [Web Tools](#web-tools)'")]
