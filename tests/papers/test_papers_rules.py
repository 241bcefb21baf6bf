"""Targeted checks of the papers rules' heuristics (the rule docs run the documented examples)."""

from __future__ import annotations

from awesomelint.engine import lint_text
from awesomelint.papers.urls import canonical_arxiv, doi, is_awesome_list, paper_id, without_tracking
from tests.papers.helpers import found as _found


def _entries(years: list[int], section: str = "## S") -> str:
    rows = [f"- Paper Title Number {i}, KDD {year}, [[paper]](https://example.org/p{i}-{year}.pdf)"
            for i, year in enumerate(years)]
    return "\n".join([section, "", *rows, ""])


def test_year_order_follows_the_list_in_a_section_too_short_to_say() -> None:
    old, new = _entries([2018, 2019, 2020, 2021, 2022], "## Old"), _entries([2024, 2023, 2023], "## New")
    text = "# Papers\n\n" + old + "\n" + new
    assert [(line, message[:4]) for line, _, message in _found(text, "AL212")] == [(13, "2024")]


def test_year_order_leaves_unordered_sections_and_bibliographies_alone() -> None:
    assert _found("# Papers\n\n" + _entries([2021, 2019, 2023, 2018, 2022, 2020]), "AL212") == []
    years = [2012, 2013, 2011, 2014, 2015, 2016]
    numbered = "\n\n".join(f'**[{n}]** Author, A., et al. "**Title {n} of a Paper**." Venue ({year}). '
                           f"[[pdf]](https://example.org/{n}.pdf)" for n, year in enumerate(years))
    assert _found("# Papers\n\n" + numbered + "\n", "AL212") == []


def test_same_link_reports_the_odd_title_out_not_the_majority() -> None:
    rows = ["- Voyager: An Open-Ended Embodied Agent, arXiv 2023, [[paper]](https://arxiv.org/abs/2305.16291)"] * 3
    rows.insert(1, "- FireAct: Toward Language Agent Fine-tuning, arXiv 2023, [[paper]](https://arxiv.org/pdf/2305.16291v2)")
    found = _found("# Papers\n\n" + "\n".join(rows) + "\n", "AL210")
    assert [(line, column) for line, column, _ in found] == [(4, 59)]
    assert "line 3 ('Voyager" in found[0][2]


def test_venue_spelling_canonical_beats_the_majority_unless_configured() -> None:
    rows = [f"- A Paper About Topic {i}, Arxiv 202{i}, [[paper]](https://arxiv.org/abs/210{i}.0000{i})"
            for i in range(4)]
    rows.append("- Another Paper Here, arXiv 2021, [[paper]](https://arxiv.org/abs/2109.00009)")
    rows.append("- A RecSys Paper Here, Recsys 2021, [[paper]](https://example.org/r.pdf)")
    rows.append("- Second RecSys Paper Here, Recsys 2022, [[paper]](https://example.org/s.pdf)")
    text = "# Papers\n\n" + "\n".join(rows) + "\n"
    found = _found(text, "AL205")
    assert [(line, message.split(":")[0]) for line, _, message in found] == [
        (3, "venue 'Arxiv'"), (4, "venue 'Arxiv'"), (5, "venue 'Arxiv'"), (6, "venue 'Arxiv'"),
        (8, "venue 'Recsys'"), (9, "venue 'Recsys'")]
    assert "write 'arXiv'" in found[0][2] and "write 'RecSys'" in found[4][2]
    assert found[0][:2] == (3, text.splitlines()[2].index("Arxiv") + 1)


def test_duplicates_across_sections_only_when_asked() -> None:
    text = ("# Papers\n\n## A\n\n- Parameter-Efficient Transfer for User Modeling, SIGIR 2020, "
            "[[paper]](https://arxiv.org/abs/2001.04253)\n\n## B\n\n- Parameter-efficient transfer for user modeling!, "
            "SIGIR 2020, [[paper]](http://arxiv.org/pdf/2001.04253v1.pdf)\n")
    assert _found(text, "AL211") == []
    config_text = text.replace("## B\n\n", "")
    assert [line for line, _, _ in _found(config_text, "AL211")] == [7]


def test_url_helpers() -> None:
    assert canonical_arxiv("http://export.arxiv.org/abs/2306.05817v1", "abs") == (
        "https://arxiv.org/abs/2306.05817",
        ["use https", "use arxiv.org, not export.arxiv.org", "drop the pinned version v1"])
    assert canonical_arxiv("https://arxiv.org/abs/2306.05817", "abs") == ("https://arxiv.org/abs/2306.05817", [])
    pdf = "https://arxiv.org/pdf/2306.05817.pdf"
    assert canonical_arxiv(pdf, "any") == (pdf, [])
    assert canonical_arxiv("https://arxiv.org/abs/2306.05817?context=cs", "abs") is None
    assert doi("https://dl.acm.org/doi/abs/10.1145/3460231.3474255?casa_token=x") == "10.1145/3460231.3474255"
    assert paper_id("https://doi.org/10.48550/arXiv.2302.04023") == "arxiv:2302.04023"
    assert paper_id("https://arxiv.org/pdf/2302.04023v3.pdf") == "arxiv:2302.04023"
    assert without_tracking("https://x.org/p?a=1&utm_source=t&b=2#f") == ("https://x.org/p?a=1&b=2#f", ["utm_source"])
    assert without_tracking("https://x.org/p?sxsrf=1", frozenset({"sxsrf"})) == ("https://x.org/p", ["sxsrf"])
    assert is_awesome_list("https://github.com/CHIANGEL/Awesome-LLM-for-RecSys")
    assert not is_awesome_list("https://github.com/Schuture/Benchmarking-Awesome-Diffusion-Models")


def test_fixes_that_change_visible_text_are_unsafe() -> None:
    text = ("# Papers\n\n- A Paper With Title, Recsys 2021 ,[[paper]](https://arxiv.org/abs/2101.00001))\n"
            "- Another Paper Title, RecSys 2022, [paper](http://arxiv.org/abs/2201.00001v2)\n"
            "- Third Paper Title, RecSys 2023, [[paper]](https://arxiv.org/abs/2301.00001)\n")
    safety = {(f.rule_id, f.fix.safe) for f in lint_text(text, profile="papers") if f.fix and f.rule_id >= "AL2"}
    assert safety == {("AL201", True), ("AL203", False), ("AL205", False), ("AL208", False), ("AL213", True)}
