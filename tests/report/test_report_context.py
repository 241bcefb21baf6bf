"""Link results reach the reports as one record per link occurrence."""

from __future__ import annotations

from pathlib import Path

from awesomelint.context import LinkFacts
from awesomelint.links.result import LinkResult
from awesomelint.parse.parser import parse
from awesomelint.report import markdown
from awesomelint.report.context import LinkOccurrence, ReportContext, link_occurrences

TEXT = "# Awesome X\n\n- [A](https://a.example) - A.\n- [B](https://b.example) - B.\n\nSee [A](https://a.example).\n"


def test_each_occurrence_gets_its_position_and_verdict() -> None:
    doc = parse(TEXT, Path("README.md"))
    assert link_occurrences("README.md", doc, None) is None  # links not checked
    results = {
        "https://a.example": LinkResult("https://a.example", "dead", 404, error="HTTP 404"),
        "https://b.example": LinkResult("https://b.example", "alive", 200),
    }
    found = link_occurrences("README.md", doc, LinkFacts(results))
    assert found == [
        LinkOccurrence("https://a.example", "dead", 404, "README.md", 3, 3, "HTTP 404"),
        LinkOccurrence("https://b.example", "alive", 200, "README.md", 4, 3),
        LinkOccurrence("https://a.example", "dead", 404, "README.md", 6, 5, "HTTP 404"),
    ]
    context = ReportContext(files=("README.md",), link_results=found)
    assert [(r.line, r.column) for r in context.dead_links()] == [(3, 3), (6, 5)]
    assert "### Dead links (2 of 3 checked)" in markdown.render([], context)
