"""insecure-link offers https:// only when the link checker verified it, whatever the form of the proof."""

from __future__ import annotations

from awesomelint.engine import lint_text
from awesomelint.links import LinkResult

TEXT = "# T\n\n- [A](http://a.example/x) - One.\n- [Local](http://localhost:3000) - Local.\n"


def _fixes(results: dict[str, LinkResult]) -> list[str]:
    findings = lint_text(TEXT, select=["insecure-link"], link_results=results)
    assert [(f.line, f.column) for f in findings] == [(3, 3)]  # localhost is never reported
    return [e.replacement for f in findings if f.fix for e in f.fix.edits]


def test_no_results_no_fix() -> None:
    assert _fixes({}) == []


def test_https_form_alive_is_proof() -> None:
    assert _fixes({"https://a.example/x": LinkResult("https://a.example/x", "alive", 200)}) == ["https"]


def test_redirect_to_the_https_form_is_proof() -> None:
    result = LinkResult("http://a.example/x", "redirect", 301, final_url="https://a.example/x/")
    assert _fixes({"http://a.example/x": result}) == ["https"]


def test_redirect_elsewhere_or_dead_https_is_not_proof() -> None:
    assert _fixes({"http://a.example/x": LinkResult("http://a.example/x", "redirect", 301,
                                                    final_url="https://other.example/x")}) == []
    assert _fixes({"https://a.example/x": LinkResult("https://a.example/x", "dead", 404)}) == []
