"""The markdown step summary: tables, dead links, escaping and the 1 MiB cap."""

from __future__ import annotations

from pathlib import Path

from reportfixture import check_golden, make_context, make_findings

from awesomelint.finding import Finding, Severity
from awesomelint.parse.parser import parse
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


def test_top_fifty_most_severe_are_listed_and_the_rest_counted() -> None:
    many = [
        Finding("README.md", n, 1, "AL003", end_line=n, end_column=5, rule_name="duplicate-link",
                severity=Severity.ERROR if n % 1000 == 0 else Severity.WARNING, message="x" * 200)
        for n in range(1, 20001)
    ]
    out = markdown.render(many, make_context())
    assert len(out.encode("utf-8")) <= markdown.MAX_BYTES
    assert "| 20 | 19980 | 0 | 20000 |" in out  # the per-rule counts cover everything
    rows = [line for line in out.splitlines() if line.startswith("| AL003 duplicate-link |")]
    assert len(rows) == markdown.TOP == 50
    assert sum(1 for r in rows if "| error |" in r) == 20  # every error made the cut
    assert "### Findings (the 50 most severe of 20000, by section and rule)" in out
    assert "_19950 more finding(s) not listed here" in out


def test_grouped_by_section_and_linked_to_the_line_at_the_commit(tmp_path: Path) -> None:
    text = "# Awesome\n\n## Tools\n\n- [A](https://a.example) - A.\n\n## Books\n\n- [B](https://a.example) - B.\n"
    doc = parse(text, tmp_path / "README.md")
    found = [Finding("README.md", 9, 3, "AL003", 9, 5, "duplicate-link", Severity.ERROR, "dup"),
             Finding("README.md", 5, 3, "AL010", 5, 5, "description-style", Severity.WARNING, "style")]
    context = ReportContext(files=("README.md",), documents={"README.md": doc},
                            source_url="https://github.com/o/r/blob/abc123/")
    out = markdown.render(found, context)
    assert out.index("#### README.md › Tools") < out.index("[README.md:5:3]") < out.index("#### README.md › Books")
    assert "| AL003 duplicate-link | [README.md:9:3](https://github.com/o/r/blob/abc123/README.md#L9) | error |" in out


def test_small_cap_keeps_whole_rows() -> None:
    out = markdown.render(make_findings(), make_context(links=True), max_bytes=1500)
    assert len(out.encode("utf-8")) <= 1500 + markdown.NOTE_RESERVE
    assert "more row(s) not shown" in out
    assert all(line.endswith("|") for line in out.splitlines() if line.startswith("|"))
