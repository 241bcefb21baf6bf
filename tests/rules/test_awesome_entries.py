"""Edge cases of the awesome entry rules (AL125-AL136) beyond their docs: awesome-lint's false positives
that we fix, its leniencies that we keep, and positions in multi-line entries."""

from __future__ import annotations

import json
from pathlib import Path

from awesomelint.awesome.items import item_of
from awesomelint.config import Config, RuleSetting
from awesomelint.engine import lint_text
from awesomelint.finding import Finding
from awesomelint.fix import fix_text
from awesomelint.parse.parser import parse


def _lint(text: str, rule: str, path: str | Path = "README.md", **options: object) -> list[Finding]:
    config = Config(rules={rule: RuleSetting(True, None, options)}) if options else None
    return lint_text(text, path=path, select=[rule], config=config)


def _where(findings: list[Finding]) -> list[tuple[int, int]]:
    return [(f.line, f.column) for f in findings]


def test_toc_items_are_not_entries() -> None:
    for title in ("Table of Contents", "📖 Contents", "Contents <!-- omit in toc -->"):
        text = f"# Awesome X\n\n## {title}\n\n- [Tools](#tools)\n\n## Tools\n\n- [Foo](https://foo.example) - Foo.\n"
        assert _lint(text, "AL125") == [], title
        assert _lint(text, "AL135") == [], title


def test_lists_before_the_toc_are_not_entries_but_lists_without_a_toc_are() -> None:
    intro = "# Awesome X\n\n- [Site](docs/index.md) intro link\n\n"
    body = "## Tools\n\n- [Foo]() - Foo.\n"
    assert _where(_lint(intro + "## Contents\n\n- [Tools](#tools)\n\n" + body, "AL125")) == [(11, 3)]
    assert _where(_lint(intro + body, "AL125")) == [(3, 3), (7, 3)]


def test_image_in_reference_link_text_is_reported_like_in_inline_links() -> None:
    text = "# X\n\n- [Foo ![b](https://b.example/b.svg)][foo] - Foo.\n\n[foo]: https://foo.example\n"
    [finding] = _lint(text, "AL125")
    assert (finding.line, finding.column) == (3, 3) and "contains an image" in finding.message


def test_description_that_starts_with_code_or_a_link_is_not_case_checked() -> None:
    text = ("# X\n\n- [A](https://a.example) - `a` wrapper.\n- [B](https://b.example) - [b](https://b.b) port.\n"
            "- [C](https://c.example) - lower `c` wrapper.\n")
    assert _where(_lint(text, "AL127")) == [(5, 28)]


def test_punctuation_leniencies_and_trailing_metadata() -> None:
    text = ("# X\n\n- [A](https://a.example) - Says \"hi.\"\n- [B](https://b.example) - First. Then (beta)\n"
            "- [C](https://c.example) - Only (beta)\n- [D](https://d.example) - Cool. 🚀\n"
            "- [E](https://e.example) - Cool tool for you 🚀\n")
    # a closing quote after the stop and a sentence then a parenthesis are finished (awesome-lint's
    # leniencies); a trailing emoji is metadata, so E's period goes before it, at the description's end
    found = _lint(text, "AL128")
    assert _where(found) == [(5, 38), (7, 44)]
    assert text.splitlines()[6][43] == "u"


def test_a_list_whose_descriptions_end_without_a_period_is_left_alone() -> None:
    entries = "".join(f"- [P{i}](https://p{i}.example) - Tool number {i}\n" for i in range(6))
    text = "# X\n\n" + entries + "- [Q](https://q.example) - Finished.\n"
    assert _lint(text, "AL128") == []  # six of seven: the list's convention
    assert len(_lint(text, "AL128", style="period")) == 6  # unless the config prefers the period


def test_punctuation_is_checked_through_a_final_link_and_fixed_after_it() -> None:
    text = "# X\n\n- [A](https://a.example) - Port of [b](https://b.example)\n"
    [finding] = _lint(text, "AL128")
    assert finding.line == 3
    fixed = fix_text(text, lambda t: _lint(t, "AL128")).text
    assert fixed == "# X\n\n- [A](https://a.example) - Port of [b](https://b.example).\n"


def test_multi_line_description_is_positioned_and_fixed_on_its_last_line() -> None:
    text = "# X\n\n- [A](https://a.example) - Does a lot of\n  things over two lines\n"
    [finding] = _lint(text, "AL128")
    assert (finding.line, finding.column) == (4, 23)
    assert text.splitlines()[3][finding.column - 1] == "s"
    fixed = fix_text(text, lambda t: _lint(t, "AL128")).text
    assert fixed.endswith("two lines.\n")


def test_straight_single_quotes_with_apostrophes() -> None:
    text = "# X\n\nChina's army will 'steal' the show. Don't 'quote this.\n"
    [finding] = _lint(text, "AL131", pairs=["'"])
    assert (finding.line, finding.column) == (3, 43)


def test_default_email_is_fine_in_the_authors_own_repository(tmp_path: Path) -> None:
    (tmp_path / "code-of-conduct.md").write_text("Mail sindresorhus@gmail.com.\n", encoding="utf-8")
    readme = tmp_path / "readme.md"
    [finding] = _lint("# X\n", "AL136", path=readme)
    assert finding.message.startswith("code-of-conduct.md:1: ")
    (tmp_path / "package.json").write_text(json.dumps({"repository": "sindresorhus/awesome"}), encoding="utf-8")
    assert _lint("# X\n", "AL136", path=readme) == []


def test_node_offsets_match_the_source() -> None:
    text = ("# X\n\n- ![b](https://b.example/b.svg) [Foo *x*](https://foo.example) - A `c` and **d** "
            "<b>e</b> ~~f~~ [g](https://g.example).\n")
    doc = parse(text, "README.md")
    item = item_of(doc, doc.entries[0])
    written = [(n.type, doc.entries[0].text[n.start:n.end]) for n in item.nodes]
    assert written == [("image", "![b](https://b.example/b.svg)"), ("text", " "),
                       ("link", "[Foo *x*](https://foo.example)"), ("text", " - A "), ("code", "`c`"),
                       ("text", " and "), ("strong", "**d**"), ("text", " "), ("html", "<b>"), ("text", "e"),
                       ("html", "</b>"), ("text", " "), ("strikethrough", "~~f~~"), ("text", " "),
                       ("link", "[g](https://g.example)"), ("text", ".")]
    assert item.main_link is not None and item.main_link.text == "Foo x"


def test_casing_false_positives_reported_upstream_are_fine() -> None:
    """awesome-lint #52, #153/#155, #159, #100: SKOS(-XL), OpenAI's, DALL·E, /path, Hindi."""
    text = ("# X\n\n- [A](https://a.example) - SKOS(-XL) vocabulary.\n- [B](https://b.example) - OpenAI's API.\n"
            "- [C](https://c.example) - DALL·E images.\n- [D](https://d.example) - /etc/hosts editor.\n"
            "- [E](https://e.example) - सॉफ्टवेयर डेवलपर्स के लिए.\n- [F](https://f.example) - eBPF tracing.\n")
    assert _lint(text, "AL127") == []


def test_toc_links_may_be_absolute_with_a_fragment() -> None:
    """awesome-lint #192: '?tab=readme-ov-file#…' ToC links point at the same headings."""
    text = ("# Awesome X\n\n## Contents\n\n- [Tools](https://github.com/me/awesome-x?tab=readme-ov-file#tools)\n\n"
            "## Tools\n\n- [Foo](https://foo.example) - Foo.\n")
    assert _lint(text, "AL135") == []


def test_a_line_of_markup_after_a_finished_description_is_not_its_end() -> None:
    text = ("# X\n\n- [A](https://a.example) - Reads xz files.\n**[⬆ back to top](#contents)**\n"
            "- [B](https://b.example) - Go client for the NATS\n  messaging system\n")
    # the lazy line joins A's paragraph but is navigation; B's description wraps and ends on line 6
    assert _where(_lint(text, "AL128")) == [(6, 18)]


def test_description_case_reads_the_description_after_the_entrys_own_separator() -> None:
    text = ("# X\n\n- [Store](https://s.example): Browse https://itbook.store - examples here.\n"
            "- [Shop](https://p.example): browse https://itbook.store - Examples here.\n"
            "- [twig-lint](https://t.example) - twig-lint lints twig.\n- [zoxide](https://z.example) - cd anywhere.\n")
    [finding] = _lint(text, "AL127")
    assert (finding.line, finding.column) == (4, 30) and "'browse'" in finding.message
    assert text.splitlines()[3][29:].startswith("browse")


def test_code_span_tags_before_the_separator_and_author_attributions() -> None:
    # awesome-selfhosted's `⚠` tag sits between the link and ' - '; a book's link is its title and
    # 'by Author' names who wrote it: neither lacks a separator. A code span followed by words does.
    text = ("# Awesome X\n\n- [R](https://r.example) `⚠` - Receipts.\n- [T](https://t.example) `MIT` `Go` - Tags.\n"
            "- [Book](https://b.example) by Ian Goodfellow (2016)\n- [L](https://l.example) `load()` reads it.\n"
            "- [A](https://a.example) - Does a.\n")
    found = _lint(text, "AL126")
    assert _where(found) == [(6, 26)]
    assert text.splitlines()[5][25] == "`"


def test_a_badge_link_after_the_name_link_is_not_an_image_in_the_name() -> None:
    # awesome-rust: '[mocktail](…) [![crates](…)](…) - …': the badge is the link before ' - ', yet the
    # entry starts with its name; an image inside the first link is still reported
    text = ("# Awesome X\n\n- [m](https://m.example) [![v](https://i.example/v.svg)](https://c.example) - M.\n"
            "- [![l](https://i.example/l.svg)](https://l.example) - L.\n")
    assert _where(_lint(text, "AL125")) == [(4, 3)]
    assert _where(_lint(text, "AL125", entries_only=False)) == [(3, 26), (4, 3)]
    assert text.splitlines()[2][25] == "["


def test_an_alphabetical_promise_holds_where_it_is_made() -> None:
    # awesome-R promises order for one section; emijrp/awesome-awesome's entry describes another list
    body = ("## Fast\n\n- [Rcpp](https://r.example) - R.\n- [cpp11](https://c.example) - C.\n\n"
            "## Eco\n\nCommunities (in alphabetical order):\n\n- [rOpenSci](https://s.example) - S.\n"
            "- [rOpenGov](https://g.example) - G.\n")
    found = _lint("# Awesome X\n\n" + body, "AL160")
    assert _where(found) == [(12, 3)] and "'rOpenSci'" in found[0].message
    described = ("# Awesome X\n\n## A\n\n- [b](https://b.example) - Sorted alphabetically.\n"
                 "- [a](https://a.example) - A.\n")
    assert _lint(described, "AL160") == []
    whole = "# Awesome X\n\nEntries are in alphabetical order.\n\n" + body
    assert _where(_lint(whole, "AL160")) == [(7, 3), (14, 3)]


def test_a_contribute_section_need_not_be_in_the_toc() -> None:
    # awesome-electron's '## Contribute' is its Contributing section; 'Articles' is still missing
    text = ("# Awesome X\n\n## Contents\n\n- [Tools](#tools)\n\n## Tools\n\n- [Foo](https://foo.example) - Foo.\n\n"
            "## Articles\n\n## Contribute\n\nWelcome.\n")
    found = _lint(text, "AL135")
    assert [(f.line, f.column) for f in found] == [(5, 1)] and "'Articles'" in found[0].message


def test_an_alphabetical_promise_orders_entries_not_their_sub_items() -> None:
    # Hexlet/ru-test-assignments promises companies in order; the assignments under one keep theirs
    text = ("# Awesome X\n\nCompanies in alphabetical order.\n\n## Jobs\n\n- [Acme](https://a.example)\n"
            "  - [Senior](https://a.example/s) - S.\n  - [Junior](https://a.example/j) - J.\n"
            "- [Bolt](https://b.example)\n- [Ajax](https://x.example)\n")
    found = _lint(text, "AL160")
    assert _where(found) == [(10, 3)] and "'Bolt'" in found[0].message
    assert text.splitlines()[9][2:8] == "[Bolt]"
