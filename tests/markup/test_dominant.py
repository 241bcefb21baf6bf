"""A list's conventions per kind of place (markup/dominant.by_kind): systematic forms are accepted, slips not."""

from __future__ import annotations

from awesomelint.markup.dominant import Choice, by_kind


def _expected(choices: list[tuple[int, str, int]]) -> list[int]:
    return [f.form for f in by_kind([Choice(form, run, kind) for run, kind, form in choices])]


def test_a_run_with_several_of_a_kind_keeps_its_own_form() -> None:
    # run 1 writes its links with 2 spaces, run 2 with 1: each list is consistent
    choices = [(1, "link", 2)] * 3 + [(2, "link", 1)] * 4
    assert _expected(choices) == [2, 2, 2, 1, 1, 1, 1]


def test_a_kind_keeps_its_form_across_runs_that_mix_kinds() -> None:
    entry = [("link", 1), ("code", 2), ("star", 2)]
    choices = [(run, kind, form) for run in range(5) for kind, form in entry]
    assert _expected(choices) == [form for _ in range(5) for _, form in entry]


def test_a_slip_from_a_kinds_form_is_measured_against_it() -> None:
    entry = [("link", 1), ("code", 2), ("star", 2)]
    choices = [(run, kind, form) for run in range(5) for kind, form in entry]
    choices[3] = (1, "link", 2)  # one App Store line with two spaces
    forms = by_kind([Choice(form, run, kind, "link lines") for run, kind, form in choices])
    assert forms[3].form == 1 and (forms[3].count, forms[3].total) == (4, 5)
    assert forms[3].why("items") == "(the file's usual form for link lines: 4 of 5 items)"


def test_a_kind_split_between_two_common_forms_keeps_both() -> None:
    choices = [(run, "html", 1 if run % 3 == 0 else 2) for run in range(12)]
    assert _expected(choices) == [form for _, _, form in choices]


def test_a_kind_too_rare_for_a_convention_follows_its_run() -> None:
    choices = [(1, "link", 1), (1, "link", 1), (1, "link", 1), (1, "text", 3)]
    assert _expected(choices)[3] == 1
