"""Issue 10's crash and noise reports: named links in a table's code column, /pdf/ lists, track
names and month-year dates that an unsafe fix used to garble."""

from __future__ import annotations

from awesomelint.engine import lint_text
from awesomelint.fix import fix_text
from awesomelint.papers import papers
from tests.papers.helpers import check_positions, papers_of

TABLE = """# Papers

| Title | Venue | Year | Code |
| --- | --- | --- | --- |
| [Paper One](https://arxiv.org/abs/2301.00001) | CVPR | 2023 | [Hugging Face](https://huggingface.co/x/y) |
| [Paper Two](https://arxiv.org/abs/2301.00002) | ICCV | 2023 | [Coming soon]() |
| [Paper Three](https://arxiv.org/abs/2301.00003) | ECCV | 2022 | [[code]](https://github.com/a/b) |
| [Paper Four](https://arxiv.org/abs/2301.00004) | ECCV | 2022 | [[code]](https://github.com/a/c) |
| [Paper Five](https://arxiv.org/abs/2301.00005) | ECCV | 2022 | [code](https://github.com/a/d) |
"""


def test_named_links_in_a_code_column_do_not_crash_label_style() -> None:
    found = lint_text(TABLE, profile="papers", select=["AL208"])
    # the named links are names; of the two labels, [[code]] is the majority and [code] the odd one
    assert [(f.line, f.column, f.rule_id) for f in found] == [(9, 66, "AL208")]
    assert TABLE.splitlines()[8][65:71] == "[code]"
    assert fix_text(TABLE, lambda text: lint_text(text, profile="papers"), unsafe=True).text.count("[[code]]") == 3


MONTHS = """# Papers

| Title | Venue, Date | Code |
| --- | --- | --- |
| Large Language Models as Optimizers | Arxiv, Sep 2023 | [code] |
| Large Language Models as Evolutionary Optimizers | Arxiv, Oct. 2023 | [code] |
| Language Model Decoding as Direct Metrics Optimization | Arxiv, Oct 2023, ICLR 2024 | [code] |
| Evolution through Large Models | Arxiv, June 2022 | [code] |
"""


def test_month_year_dates_are_not_venues() -> None:
    doc, found = papers_of(MONTHS)
    read = [(p.venue.text if p.venue else None, p.year, p.venue_year.month if p.venue_year else None) for p in found]
    assert read == [("Arxiv", 2023, 9), ("Arxiv", 2023, 10), ("ICLR", 2024, None), ("Arxiv", 2022, 6)]
    for paper in found:
        check_positions(doc, paper)


def _prose(rows: list[str]) -> str:
    return "# Papers\n\n" + "\n".join(rows) + "\n"


def test_unsafe_fixes_never_move_a_month_or_a_second_venue() -> None:
    rows = [f"- Some Paper Title Number {i}, KDD 2024, [[paper]](https://example.org/{i}.pdf)" for i in range(8)]
    rows.append("- Odd Paper Title, Oct., 2025 | CVPR 2026, [[paper]](https://example.org/x.pdf)")
    rows.append("- Other Paper Title, CIKM-2020, [[paper]](https://example.org/y.pdf)")
    text = _prose(rows)
    fixed = fix_text(text, lambda t: lint_text(t, profile="papers"), unsafe=True).text
    assert "Oct., 2025 | CVPR 2026" in fixed  # untouched
    assert "CIKM 2020" in fixed  # punctuation-only separator still rewritten


def test_consistent_track_names_are_the_lists_form() -> None:
    rows = [f"- Some Paper Title Number {i}, RecSys 202{i % 4} Short Paper, [[paper]](https://example.org/{i}.pdf)"
            for i in range(3)]
    rows += [f"- Another Paper Title {i}, RecSys 202{i % 4}, [[paper]](https://example.org/a{i}.pdf)"
             for i in range(12)]
    assert lint_text(_prose(rows), profile="papers", select=["AL206"]) == []
    rows.append("- A Workshop Paper, NeurIPS 2021 Workshop ICBINB, [[paper]](https://example.org/w.pdf)")
    found = lint_text(_prose(rows), profile="papers", select=["AL206"])
    assert [(f.line, f.fix) for f in found] == [(18, None)]  # reported, never rewritten
    assert papers(papers_of(_prose(rows))[0])[0].venue is not None


def test_the_venue_catalog_is_data_with_enough_venues_across_fields() -> None:
    from importlib.resources import files

    from awesomelint.papers.venues import catalog

    assert files("awesomelint.papers").joinpath("venues.toml").is_file()  # shipped inside the package
    venues = catalog().venues
    assert len(venues) >= 150
    fields = {v.field for v in venues}
    assert {"ml", "cv", "nlp", "ir", "dm", "db", "sys", "sec", "hci", "robotics", "theory"} <= fields
    assert len({v.name for v in venues}) == len(venues)
    renamed = {v.name: v.former for v in venues if v.former}
    assert renamed["NeurIPS"] == (("NIPS", 2018),) and len(renamed) >= 5


def test_the_catalog_reads_misspellings_and_forms() -> None:
    from awesomelint.papers.venues import catalog

    read = {t: [(m.written, m.target, m.status) for m in catalog().mentions(t)]
            for t in ("arvix", "Arixv", "Neurips", "NIPS", "NeirIPS", "ICMLA", "PGAI@CIKM", "CVPRW",
                      "Findings of EMNLP", "IEEE Transactions on Knowledge and Data Engineering", "Nature")}
    assert read["arvix"] == [("arvix", "arXiv", "typo")] and read["Arixv"] == [("Arixv", "arXiv", "typo")]
    assert read["Neurips"] == [("Neurips", "NeurIPS", "case")]
    assert read["NIPS"] == [("NIPS", "NeurIPS", "former")]
    assert read["NeirIPS"] == [("NeirIPS", "NeurIPS", "near")]
    assert read["ICMLA"] == []  # a venue of its own, not a misspelt ICML
    assert read["PGAI@CIKM"] == [("CIKM", "CIKM", "ok")] and read["CVPRW"] == [("CVPRW", "CVPR", "workshop")]
    assert read["Findings of EMNLP"] == [("EMNLP", "EMNLP", "ok")]
    assert read["IEEE Transactions on Knowledge and Data Engineering"][0][1:] == ("TKDE", "alias")
    assert read["Nature"] == [("Nature", "Nature", "ok")]
