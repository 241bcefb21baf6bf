"""AL220 paper-number-sequence: each numbered form, positions against the source, what is no numbering."""

from __future__ import annotations

from awesomelint.engine import lint_text


def _found(text: str) -> list[tuple[int, int, str, str]]:
    lines = text.split("\n")
    return [(f.line, f.column, lines[f.line - 1][f.column - 1 : f.end_column - 1], f.message)
            for f in lint_text(text, profile="papers", select=["AL220"])]


def _rows(numbers: list[int], form: str) -> str:
    rows = [form.format(n=n, title=f"A Paper Title About Topic {i}", url=f"https://arxiv.org/abs/21{i:02}.00001")
            for i, n in enumerate(numbers)]
    return "# Papers\n\n" + "\n".join(rows) + "\n"


def test_bold_bracket_paragraphs_report_the_repeated_number_at_its_digits() -> None:
    text = _rows([1, 2, 3, 3, 4, 5], '**[{n}]** Author, A. "**{title}**." ICML 2015. [[pdf]]({url})\n')
    assert _found(text) == [(9, 4, "3", "paper number 3 repeats number 3 of line 7; expected 4")]


def test_bracketed_list_items_and_bold_numbers_report_skips() -> None:
    bracketed = _found(_rows([1, 2, 3, 5, 6], "- [{n}] {title}, KDD 2019, [[paper]]({url})"))
    assert bracketed == [(6, 4, "5", "paper number 5 skips from 3 (line 5) to 5; expected 4")]
    bold = _found(_rows([7, 8, 9, 10, 12, 11], "**{n}.** {title}, KDD 2019, [[paper]]({url})\n"))
    assert [(line, column, digits) for line, column, digits, _ in bold] == [(11, 3, "12"), (13, 3, "11")]
    assert "goes back from 12 (line 11) to 11" in bold[1][3]


def test_a_no_column_is_read_from_the_header() -> None:
    header = "# Papers\n\n| # | Title | Venue |\n|---|---|---|\n"
    rows = [f"| {n} | [A Paper Title About Topic {n}](https://arxiv.org/abs/21{n:02}.00001) | KDD 2019 |"
            for n in (1, 2, 2, 3, 4)]
    assert [(line, column, digits) for line, column, digits, _ in _found(header + "\n".join(rows) + "\n")] == [
        (7, 3, "2")]


def test_restarts_years_ordered_lists_and_short_runs_are_left_alone() -> None:
    assert _found(_rows([1, 2, 3, 1, 2, 3], "- [{n}] {title}, KDD 2019, [[paper]]({url})")) == []
    assert _found(_rows([2003, 2009, 2007, 2016, 2008], "- [{n}] {title}, [[paper]]({url})")) == []
    assert _found(_rows([1, 2, 2, 5, 6], "{n}. {title}, KDD 2019, [[paper]]({url})")) == []  # AL030's
    assert _found(_rows([1, 3, 4], "- [{n}] {title}, KDD 2019, [[paper]]({url})")) == []
