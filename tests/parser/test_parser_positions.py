"""Exact positions on the Markdown constructs that trip position tracking."""

from __future__ import annotations

from awesomelint.parse.parser import parse


def _at(doc_text: str, line: int, column: int, length: int) -> str:
    lines = doc_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return lines[line - 1][column - 1 : column - 1 + length]


def test_links_in_nested_lists_have_exact_positions() -> None:
    text = "# T\n\n- [A](https://a.example) - One.\n  - [B](https://b.example) - Two <https://c.example>.\n"
    doc = parse(text)
    a, b, c = doc.links
    assert (a.line, a.column, a.end_column) == (3, 3, 25)
    assert _at(text, 3, 3, 22) == "[A](https://a.example)"
    assert (b.line, b.column, b.kind, b.is_main) == (4, 5, "inline", True)
    assert (c.line, c.column, c.kind, c.is_main) == (4, 34, "autolink", False)
    assert _at(text, 4, 34, 1) == "<"
    outer, inner = doc.entries
    assert (outer.line, outer.column, outer.marker, outer.depth) == (3, 1, "-", 0)
    assert (inner.line, inner.column, inner.indent, inner.depth) == (4, 3, 2, 1)
    assert outer.children == (inner,)


def test_crlf_line_endings_do_not_shift_positions() -> None:
    text = "# Title\r\n\r\n## Section\r\n\r\n* [X](https://x.example) - Y.\r\n"
    doc = parse(text)
    assert [h.line for h in doc.headings] == [1, 3]
    (link,) = doc.links
    assert (link.line, link.column) == (5, 3)
    assert doc.newline == "\r\n"
    assert doc.lines[4] == "* [X](https://x.example) - Y."


def test_tabs_and_unicode_columns_are_code_points() -> None:
    text = "# Ünïcödé 🎉\n\n-\t[Ω](https://o.example) - Grüße 😀 [Z](https://z.example)\n"
    doc = parse(text)
    omega, z = doc.links
    assert _at(text, omega.line, omega.column, 3) == "[Ω]"
    assert _at(text, z.line, z.column, 3) == "[Z]"
    assert doc.entries[0].marker == "-"


def test_setext_headings_and_lazy_continuation() -> None:
    text = "Title\n=====\n\nSection\n-------\n\n- [A](https://a.example) - starts here\nand continues [B](https://b.example).\n"
    doc = parse(text)
    assert [(h.text, h.level, h.style, h.line, h.column) for h in doc.headings] == [
        ("Title", 1, "setext", 1, 1), ("Section", 2, "setext", 4, 1)]
    assert doc.title is not None and doc.title.text == "Title"
    b = doc.links[1]
    assert (b.line, b.column) == (8, 15)
    assert doc.entries[0].end_line == 8


def test_links_in_code_blocks_and_comments_are_not_links() -> None:
    text = (
        "# T\n\n```md\n[no](https://fenced.example)\n```\n\n    [no](https://indented.example)\n\n"
        "<!-- [no](https://comment.example) -->\n\n<div>\n[no](https://html.example)\n</div>\n\n"
        "Text [yes](https://yes.example) <!-- awesomelint-disable-line AL003 -->\n"
    )
    doc = parse(text)
    assert [link.url for link in doc.links] == ["https://yes.example"]
    assert {3, 4, 5, 7} <= doc.code_lines
    assert 9 in doc.html_lines and 12 in doc.html_lines
    bodies = [(c.line, c.column, c.body.strip()) for c in doc.comments]
    assert bodies == [(9, 1, "[no](https://comment.example)"), (15, 33, "awesomelint-disable-line AL003")]


def test_reference_links_images_and_badges() -> None:
    text = (
        "# Awesome X [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)\n\n"
        "- [Foo][foo] - Uses a reference.\n\n[foo]: https://foo.example 'Foo'\n"
    )
    doc = parse(text)
    badge_link, badge_image, foo = doc.links
    assert (badge_link.kind, badge_link.column, badge_link.context) == ("inline", 13, "heading")
    assert (badge_image.kind, badge_image.column, badge_image.in_image_link) == ("image", 14, True)
    assert (foo.kind, foo.url, foo.label, foo.title, foo.is_main) == (
        "reference", "https://foo.example", "foo", "Foo", True)
    assert doc.title is not None and doc.title.text == "Awesome X"
    assert doc.title.anchor == "awesome-x-"  # the badge gives no text; the space before it stays, as on GitHub
    assert [(r.label, r.url, r.line) for r in doc.refdefs] == [("foo", "https://foo.example", 5)]


def test_table_rows_are_entries_with_cell_links() -> None:
    text = "# T\n\n| Name | Link |\n|---|---|\n| A | [a](https://a.example) |\n| B | [b](https://b.example) |\n"
    doc = parse(text)
    rows = [e for e in doc.entries if e.kind == "table_row"]
    assert [(r.line, r.column, r.cells) for r in rows] == [
        (5, 1, ("A", "[a](https://a.example)")), (6, 1, ("B", "[b](https://b.example)"))]
    assert [(link.line, link.column) for link in doc.links] == [(5, 7), (6, 7)]


def test_sections_nest_and_own_their_entries() -> None:
    text = "# Awesome\n\nIntro.\n\n## A\n\n- [1](https://1.example)\n\n### A.1\n\n- [2](https://2.example)\n\n## B\n\n- [3](https://3.example)\n"
    doc = parse(text)
    assert [s.title for s in doc.sections] == ["A", "B"]
    a, _ = doc.sections
    assert [c.title for c in a.children] == ["A.1"]
    assert [e.links[0].url for e in a.entries] == ["https://1.example"]
    assert [e.links[0].url for e in a.children[0].entries] == ["https://2.example"]
    assert (a.line, a.end_line) == (5, 12)
    assert [blk.type for blk in doc.preamble] == ["paragraph"]
    section = doc.section_of(11)
    assert section is not None and section.title == "A.1"


def test_duplicate_headings_get_github_suffixes() -> None:
    doc = parse("# T\n\n## Usage\n\n## Usage\n\n## C++ & Go!\n")
    assert [h.anchor for h in doc.headings] == ["t", "usage", "usage-1", "c--go"]


def test_empty_and_whitespace_documents() -> None:
    for text in ("", "\n", "   \n\n", "no newline"):
        doc = parse(text)
        assert doc.links == () and doc.entries == ()
    assert parse("no newline").ends_with_newline is False


def test_item_starting_with_nested_list_and_code() -> None:
    text = "# T\n\n* * [Inner](https://i.example) - Nested at once.\n- ```\n  [x](https://code.example)\n  ```\n"
    doc = parse(text)
    assert [link.url for link in doc.links] == ["https://i.example"]
    outer = doc.entries[0]
    assert (outer.line, outer.column, outer.marker) == (3, 1, "*")
    assert (outer.children[0].line, outer.children[0].column) == (3, 3)
    assert doc.entries[-1].line == 4 and 5 in doc.code_lines


def test_container_blocks_start_at_their_first_line() -> None:
    text = ("# T\n\nIntro.\n\n- [a](https://a.example) - A.\n\n> Quote.\n\n- ```\n  code\n  ```\n\n"
            "| a | b |\n|---|---|\n| 1 | 2 |\n")
    doc = parse(text)
    containers = ("list", "block_quote", "block_code", "table")
    positions = [(b.type, b.line, b.column) for b in doc.blocks if b.type in containers]
    assert positions == [("list", 5, 1), ("block_quote", 7, 1), ("list", 9, 1), ("block_code", 9, 3), ("table", 13, 1)]


def test_main_link_may_follow_an_emoji_or_a_checkbox_but_not_text() -> None:
    doc = parse("# T\n\n- 👍 [A](https://a.example) - A.\n- [ ] [B](https://b.example) - B.\n- See [C](https://c.example).\n")
    assert [e.main_link.url if e.main_link else None for e in doc.entries] == [
        "https://a.example", "https://b.example", None]


def test_emoji_variation_selectors_leave_the_anchor() -> None:
    doc = parse("# T\n\n## ⬆️⬇️ Routers\n\n## 1️⃣ One\n")
    assert [h.anchor for h in doc.headings[1:]] == ["-routers", "1-one"]


def test_bare_urls_are_links_as_on_github_but_never_main_links() -> None:
    text = "# T\n\n- https://bare.example/path. - no name\n- [A](https://a.example) - see https://b.example, too\n"
    doc = parse(text)
    bare = [(link.line, link.column, link.end_column, link.url, link.is_main)
            for link in doc.links if link.kind == "bare"]
    assert bare == [(3, 3, 28, "https://bare.example/path", False), (4, 32, 49, "https://b.example", False)]
    assert doc.entries[0].main_link is None


def test_tables_follow_github_outer_pipes_optional_short_rows_padded() -> None:
    text = ("# T\n\nAPI | Description | Auth\n|:---|:---|:---|\n| [A](https://a.example) | Pets \\| cats | `key` |\n"
            "[B](https://b.example) | Short\n\nafter | the table\n")
    doc = parse(text)
    rows = [e for e in doc.entries if e.kind == "table_row"]
    assert [(r.line, r.column, r.cells) for r in rows] == [
        (5, 1, ("[A](https://a.example)", "Pets \\| cats", "`key`")),
        (6, 1, ("[B](https://b.example)", "Short", "")),
    ]
    assert [(link.line, link.column) for link in doc.links] == [(5, 3), (6, 1)]
    assert [b.type for b in doc.blocks if b.line >= 8] == ["paragraph"]


def test_an_html_block_in_a_list_item_starts_after_its_marker() -> None:
    """The item is found from its first block: an HTML block placed at column 1 made the nested item
    '1.' take its parent's '-' marker, and ordered-marker-value crashed on it (int(''))."""
    doc = parse("- 1.  <br>\n- - <br>\n> <div>q</div>\n")
    assert [(e.line, e.column, e.marker, e.ordered) for e in doc.entries] == [
        (1, 1, "-", False), (1, 3, "1.", True), (2, 1, "-", False), (2, 3, "-", False)]
    html = [(b.line, b.column) for b in doc.blocks if b.type == "block_html"]
    assert html == [(1, 7), (2, 5), (3, 3)]


def test_an_ordered_item_holding_only_html_is_linted_without_a_crash() -> None:
    from awesomelint import lint_text

    findings = lint_text("# Awesome X\n\n- 1.  <br>\n", profile="awesome")
    assert not [f for f in findings if f.rule_id == "AL999"]


def test_a_nested_item_never_takes_an_outer_item_of_the_other_kind_as_its_marker() -> None:
    """An item whose first block is a quote or a thematic break is found from that block; an ordered
    item must get an ordered marker (its own), never the '-' of the item around it."""
    doc = parse("- 2020. > -\n")
    assert [(e.line, e.column, e.marker, e.ordered) for e in doc.entries] == [
        (1, 1, "-", False), (1, 3, "2020.", True), (1, 11, "-", False)]
    doc = parse("- 1. ---\n")
    assert [(e.column, e.marker, e.ordered) for e in doc.entries] == [(1, "-", False), (3, "1.", True)]


def test_items_of_the_same_kind_on_one_line_each_get_their_own_marker() -> None:
    """An item opening with a quote that holds a list shares its line with its parent: each item's marker
    is the nearest one before its content, not the first one on the line."""
    text = "1. 2. > - [x](https://x.example) - y\n* 1. > quote\n"
    doc = parse(text)
    found = [(e.line, e.column, e.marker) for e in doc.entries]
    assert found == [(1, 1, "1."), (1, 4, "2."), (1, 9, "-"), (2, 1, "*"), (2, 3, "1.")]
    for line, column, marker in found:
        assert text.splitlines()[line - 1][column - 1:].startswith(marker)


def test_html_block_headings_are_sections_with_anchors() -> None:
    text = ("# T\n\n## Languages\n\n<h2 id=\"c\">C</h2>\n\n- [A](https://a.example) - A.\n\n"
            "<h2 id=\"cpp\">C++</h2>\n\n- [A](https://a.example) - A.\n\n"
            "<p align=\"center\"><h3>Not alone</h3> text</p>\n\n- <h3>In an item</h3>\n")
    doc = parse(text)
    assert [(h.line, h.column, h.text_column, h.text, h.anchor, h.html_id) for h in doc.html_headings] == [
        (5, 1, 12, "C", "c", "c"), (9, 1, 14, "C++", "c-1", "cpp")]
    assert [s.title for s in doc.sections] == ["Languages", "C", "C++"]
    assert [h.text for h in doc.headings] == ["T", "Languages"]  # Markdown syntax rules see Markdown headings
    section = doc.section_of(11)
    assert section is not None and section.title == "C++" and section.line == 9


def test_an_ipv6_host_keeps_its_brackets_and_only_there() -> None:
    text = ("# T\n\n- [a](http://[2001:db8::1]/x[1]) - b.\n- <https://[fe80::1%25eth0]:8080/>\n"
            "- [c](http://[::1/) - broken.\n- [d](http://e.test/[x]) - e.\n")
    doc = parse(text, "README.md")
    assert [link.url for link in doc.links] == [
        "http://[2001:db8::1]/x%5B1%5D", "https://[fe80::1%25eth0]:8080/", "http://%5B::1/", "http://e.test/%5Bx%5D"]
    assert [(link.line, link.column) for link in doc.links] == [(3, 3), (4, 3), (5, 3), (6, 3)]
    assert [n.url for n in doc.entries[0].inlines if n.type == "link"] == ["http://[2001:db8::1]/x%5B1%5D"]
