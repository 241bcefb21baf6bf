"""An entry's grammar: main link, separator, description, trailing metadata (issue #9 point 2)."""

from __future__ import annotations

import pytest

from awesomelint.awesome.grammar import grammar_of
from awesomelint.parse.parser import parse

LINK = "[Foo](https://foo.example)"


def _read(line: str) -> tuple[str, str, tuple[str, ...]]:
    doc = parse(f"- {LINK}{line}\n")
    g = grammar_of(doc, doc.entries[0])
    assert g is not None
    return g.separator, g.description, g.metadata


@pytest.mark.parametrize(("tail", "description", "metadata"), [
    (" - A library. [BSD]", "A library.", ("[BSD]",)),
    (" - A library [MIT]", "A library", ("[MIT]",)),
    (" - A library. [MIT][200]", "A library.", ("[MIT][200]",)),
    (" - A library. `MIT` `Go`", "A library.", ("`MIT`", "`Go`")),
    (" - Desc. ([Demo](https://d.example), [Source Code](https://s.example)) `GPL-3.0` `Perl`", "Desc.",
     ("([Demo](https://d.example)", "[Source Code](https://s.example)", "`GPL-3.0`", "`Perl`")),
    (" - Cool thing (2015- ) [8.6]", "Cool thing", ("(2015- )", "[8.6]")),
    (" - Rated. ★★★★☆", "Rated.", ("★★★★☆",)),
    (" - Does x. [website](https://w.example) [demo](https://d.example)", "Does x.",
     ("[website](https://w.example)", "[demo](https://d.example)")),
    (" - A tool. [![Build](https://b.example/x.svg)](https://b.example)", "A tool.",
     ("[![Build](https://b.example/x.svg)](https://b.example)",)),
    (" - A package. arXiv:1910.12232", "A package.", ("arXiv:1910.12232",)),
    (" - Library. **[Deprecated]**", "Library.", ("**[Deprecated]**",)),
])
def test_trailing_metadata_is_not_the_description(tail: str, description: str, metadata: tuple[str, ...]) -> None:
    assert _read(tail) == (" - ", description, metadata)


@pytest.mark.parametrize(("tail", "separator", "description"), [
    (" [5794⭐] - Desc by [Author](https://a.example)", " - ", "Desc by [Author](https://a.example)"),
    (" :copyright: :warning: - Desc", " - ", "Desc"),
    (" [[woxi](https://crates.example/woxi)] - An interpreter.", " - ", "An interpreter."),
    (" ![](https://img.shields.io/x) - Desc.", " - ", "Desc."),
    (": desc here", ": ", "desc here"),
])
def test_leading_metadata_comes_before_the_separator(tail: str, separator: str, description: str) -> None:
    assert _read(tail)[:2] == (separator, description)


@pytest.mark.parametrize("tail", [
    " - A tool (for X)",  # a parenthesis that ends the sentence is words
    " - See [docs](https://d.example)",  # a link the sentence needs
    " - Does `foo`",  # code at the end of a sentence: the period belongs after it
    " - Desc by [Author](https://a.example)",
])
def test_words_stay_in_the_description(tail: str) -> None:
    assert _read(tail)[1:] == (tail[3:], ())


def test_an_entry_with_no_description_has_nothing_to_check() -> None:
    assert _read("")[1] == ""
    assert _read(" ★★★★☆")[1] == ""
    assert _read(" - [MIT]")[1] == ""


def test_an_entry_that_starts_with_text_has_no_grammar() -> None:
    doc = parse("- Foo [bar](https://bar.example)\n")
    assert grammar_of(doc, doc.entries[0]) is None


def test_offsets_point_into_the_source() -> None:
    doc = parse(f"- {LINK} - A library [MIT]\n")
    g = grammar_of(doc, doc.entries[0])
    assert g is not None
    text = g.entry.text
    assert text[g.description_start:g.description_end] == "A library"
    assert text[g.description_end:].strip() == "[MIT]"
