"""The markdown step summary: tables, dead links, escaping and the 1 MiB cap."""

from __future__ import annotations

from reportfixture import check_golden, make_context, make_findings

from awesomelint.finding import Finding, Severity
from awesomelint.report import markdown
from awesomelint.report.context import ReportContext


def test_golden_without_links() -> None:
    check_golden("golden.md", markdown.render(make_findings(), make_context()))


def test_golden_with_link_results() -> None:
    check_golden("golden-links.md", markdown.render(make_findings(), make_context(links=True)))


def test_counts_per_rule() -> None:
    out = markdown.render(make_findings(), make_context())
    assert "| AL010 | description-style | 0 | 2 | 0 | 2 |" in out
    assert "**2 errors, 2 warnings, 1 info** in 1 file checked" in out


def test_dead_links_table_lists_dead_only_and_counts_the_doubtful() -> None:
    out = markdown.render([], make_context(links=True))
    assert "### Dead links (2 of 5 checked)" in out
    assert "| README.md:8:3 | https://beta.example | dead | 404 |  |" in out
    assert "| README.md:12:5 | https://gone.example/x\\|y | dead |  | DNS failure: no such host |" in out
    assert "_Not counted as dead: 1 timeout (a build fails on these only with `--strict-links`)._" in out
    assert "alpha.example" not in out and "gamma.example" not in out


def test_no_dead_links_is_said() -> None:
    alive = [r for r in make_context(links=True).link_results or () if r.verdict == "alive"]
    out = markdown.render([], ReportContext(files=("README.md",), link_results=alive))
    assert "None of 2 checked links is dead." in out


def test_every_table_row_has_the_same_number_of_cells() -> None:
    out = markdown.render(make_findings(), make_context(links=True))
    for line in out.splitlines():
        if line.startswith("| ") and "Location" not in line and "Rule |" not in line:
            cells = line.replace("\\|", "").count("|")
            assert cells in (5, 6, 7), line


def test_cell_escapes_pipes_html_and_newlines() -> None:
    assert markdown.cell("a|b\n<i>c</i>\r\nd_e") == "a\\|b<br>&lt;i&gt;c&lt;/i&gt;<br>d\\_e"


def test_clean_run_says_so() -> None:
    out = markdown.render([], ReportContext(files=("a.md", "b.md")))
    assert "No problems found in 2 files" in out and "###" not in out


def test_truncated_under_the_cap_with_a_note() -> None:
    many = [
        Finding(
            "README.md",
            n,
            1,
            "AL003",
            end_line=n,
            end_column=5,
            rule_name="duplicate-link",
            severity=Severity.ERROR,
            message="x" * 200,
        )
        for n in range(1, 20001)
    ]
    out = markdown.render(many, make_context())
    assert len(out.encode("utf-8")) <= markdown.MAX_BYTES < 1024 * 1024
    assert "| 20000 |" in out  # the per-rule counts come before any truncation
    shown = sum(1 for line in out.splitlines() if line.startswith("| README.md:"))
    assert 0 < shown < 20000
    assert f"_{20000 - shown} more row(s) not shown: a step summary is limited to 1 MiB." in out


def test_small_cap_keeps_whole_rows() -> None:
    out = markdown.render(make_findings(), make_context(links=True), max_bytes=1500)
    assert len(out.encode("utf-8")) <= 1500 + markdown.NOTE_RESERVE
    assert "more row(s) not shown" in out
    assert all(line.endswith("|") for line in out.splitlines() if line.startswith("|"))
