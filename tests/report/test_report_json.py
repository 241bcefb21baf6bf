"""The JSON report: the links are written an entry at a time, byte for byte as one json.dumps writes them."""

from __future__ import annotations

import json
from dataclasses import replace

from reportfixture import make_context, make_findings

from awesomelint.finding import Finding
from awesomelint.report import json as json_report
from awesomelint.report.context import LinkOccurrence, ReportContext


def _one_shot(findings: list[Finding], context: ReportContext) -> str:
    document = json.loads(json_report.render(findings, context))
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def test_links_are_written_as_one_json_dumps_writes_them() -> None:
    findings = make_findings()
    context = make_context(links=True)
    odd = LinkOccurrence('http://q.example/"quote"\n\u00e9\u2028', "dead", None, "README.md", 3, 1,
                         "line\nbreak \\ back", "http://q.example/x", "2026-01-01T00:00:00Z")
    context = replace(context, link_results=[*(context.link_results or []), odd],
                      paper_results=[{"title": "T", "n": [1]}])
    text = json_report.render(findings, context)
    assert text == _one_shot(findings, context)
    document = json.loads(text)
    assert list(document) == ["version", "findings", "summary", "links", "papers"]
    assert document["links"][-1]["url"] == odd.url and len(document["links"]) == len(context.link_results or [])


def test_no_links_and_unchecked_links_keep_their_shape() -> None:
    findings = make_findings()
    empty = replace(make_context(links=True), link_results=[])
    assert json.loads(json_report.render(findings, empty))["links"] == []
    assert json_report.render(findings, empty) == _one_shot(findings, empty)
    assert "links" not in json.loads(json_report.render(findings, make_context()))
