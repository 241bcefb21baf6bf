"""AL218 two-digit-year: positions against the source, the list's form, the century, the fix."""

from __future__ import annotations

from awesomelint.config import parse_config
from awesomelint.engine import lint_text
from awesomelint.fix import fix_text
from awesomelint.registry import default_registry
from awesomelint.rules.two_digit_year import century
from tests.papers.helpers import papers_of

LONG = [
    "- Deep Residual Learning for Image Recognition, CVPR 2016, [[paper]](https://arxiv.org/abs/1512.03385)",
    "- Learning Transferable Visual Models, ICML 2021, [[paper]](https://arxiv.org/abs/2103.00020)",
    "- Dense Passage Retrieval for Open-Domain QA, EMNLP 2020, [[paper]](https://arxiv.org/abs/2004.04906)",
    "- Language Models are Few-Shot Learners, NeurIPS 2020, [[paper]](https://arxiv.org/abs/2005.14165)",
]


def _lint(text: str, **config: object) -> list[tuple[int, int, int, int, str]]:
    options = None
    if config:
        options = parse_config({"rules": {"AL218": config}}, default_registry(), source=None, where="test")
    return [(f.line, f.column, f.end_line, f.end_column, f.message)
            for f in lint_text(text, profile="papers", select=["AL218"], config=options)]


def _list(row: str, rows: list[str] = LONG) -> str:
    return "# Papers\n\n" + "\n".join([*rows, row]) + "\n"


def _source(text: str, line: int, column: int, end_column: int) -> str:
    return text.split("\n")[line - 1][column - 1 : end_column - 1]


def test_reports_the_venue_and_short_year_at_their_exact_place() -> None:
    text = _list("- Generative Retrieval, CVPR Workshop' 18, [[paper]](https://arxiv.org/abs/2305.05065)")
    found = _lint(text)
    assert [(line, column) for line, column, *_ in found] == [(7, 25)]
    line, column, end_line, end_column, message = found[0]
    assert end_line == line and _source(text, line, column, end_column) == "CVPR Workshop' 18"
    assert "write 'CVPR Workshop 2018'" in message and "4 of 5 venue-years" in message


def test_fix_keeps_the_words_between_venue_and_year_and_the_parsed_year() -> None:
    text = _list("- Generative Retrieval, CVPR Workshop' 18, [[paper]](https://arxiv.org/abs/2305.05065)")
    fixed = fix_text(text, lambda s: lint_text(s, profile="papers", select=["AL218"])).text
    assert "- Generative Retrieval, CVPR Workshop 2018, [[paper]]" in fixed
    _, before = papers_of(text)
    _, after = papers_of(fixed)
    assert [p.year for p in before] == [p.year for p in after] == [2016, 2021, 2020, 2020, 2018]
    assert [p.venue.text if p.venue else None for p in (before[-1], after[-1])] == ["CVPR", "CVPR Workshop"]


def test_fix_copies_the_lists_separator() -> None:
    rows = [row.replace(" 20", ", 20") for row in LONG]
    text = _list("- Generative Retrieval, SIGIR '24, [[paper]](https://arxiv.org/abs/2305.05065)", rows)
    fixed = fix_text(text, lambda s: lint_text(s, profile="papers", select=["AL218"])).text
    assert "- Generative Retrieval, SIGIR, 2024, [[paper]]" in fixed


def test_short_years_as_the_lists_form_or_half_the_list_are_not_reported() -> None:
    short = [f"- Paper Number {i} About Anomalies | **[CVPR' 1{i}]** | [`[pdf]`](https://arxiv.org/abs/1{i}01.0000{i})"
             for i in range(5)]
    text = "# Papers\n\n" + "\n".join([*short, LONG[0]]) + "\n"
    assert _lint(text) == []
    assert [line for line, *_ in _lint(text, style="four-digit")] == [3, 4, 5, 6, 7]
    half = "# Papers\n\n" + "\n".join([*short[:3], *LONG[:3]]) + "\n"
    assert _lint(half) == []


def test_century_only_when_one_is_plausible() -> None:
    assert century(19, 2027) == 2019
    assert century(98, 2027) == 1998
    assert century(38, 2027) is None  # 1938 before the first paper lists, 2038 in the future
    assert century(27, 2027) == 2027


def test_a_bare_number_after_a_venue_is_a_year_only_when_plausible() -> None:
    text = _list("- A Survey of Federated Learning, AAAI 38, [[paper]](https://example.org/s.pdf)")
    assert _lint(text, **{"max-year": 2027}) == []
    text = text.replace("AAAI 38", "AAAI'38")
    found = _lint(text, **{"max-year": 2027})
    assert [(line, column) for line, column, *_ in found] == [(7, 35)]
    assert "write the year in four digits" in found[0][4]


def test_short_year_after_the_pivot_reads_as_the_last_century() -> None:
    _, found = papers_of("# Papers\n\n- Learning Internal Representations, NIPS'98, [[paper]](https://example.org/a.pdf)\n")
    assert [p.year for p in found] == [1998]
