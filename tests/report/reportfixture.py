"""Shared fixture for the reporter tests: findings of every severity with awkward messages."""

from __future__ import annotations

import os
from pathlib import Path

from awesomelint.finding import Edit, Finding, Fix, Severity
from awesomelint.report.context import LinkOccurrence, ReportContext
from awesomelint.rule import Rule, RuleMeta

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "report"
README = FIXTURES / "README.md"


def _no_check(doc: object, options: object) -> list[object]:
    return []


RULES = (
    Rule(
        meta=RuleMeta(id="AL003", name="duplicate-link", summary="A link appears twice."),
        check=_no_check,
        doc="Checks that no URL is listed twice.\n\nDuplicates confuse readers.",
        source="tests",
    ),
    Rule(
        meta=RuleMeta(
            id="AL010",
            name="description-style",
            summary="Descriptions end with a period.",
            severity=Severity.WARNING,
            fixable=True,
        ),
        check=_no_check,
        source="tests",
    ),
    Rule(
        meta=RuleMeta(id="AL020", name="http-link", summary="Prefer https.", severity=Severity.INFO, network=True),
        check=_no_check,
        doc="Links should use https: when the site supports it.",
        source="tests",
    ),
)


def make_findings() -> list[Finding]:
    """Findings on tests/fixtures/report/README.md, of each severity, with %, :, , and newlines."""
    return [
        Finding(
            "README.md",
            9,
            3,
            "AL003",
            end_line=9,
            end_column=33,
            rule_name="duplicate-link",
            severity=Severity.ERROR,
            message="Duplicate link https://alpha.example: first listed on line 7, 100% the same",
        ),
        Finding(
            "README.md",
            8,
            34,
            "AL010",
            end_line=8,
            end_column=43,
            rule_name="description-style",
            severity=Severity.WARNING,
            message="Description should end with a period:\nadd '.'",
            fix=Fix((Edit(8, 43, 8, 43, "."),), title="add period"),
        ),
        Finding(
            "README.md",
            13,
            3,
            "AL020",
            end_line=13,
            end_column=36,
            rule_name="http-link",
            severity=Severity.INFO,
            message="Use https, not http: 'http://gamma.example/a|b'",
        ),
        Finding(
            "README.md",
            3,
            1,
            "AL099",
            end_line=5,
            end_column=1,
            rule_name="odd-preamble",
            severity=Severity.ERROR,
            message="Spans lines,\r\nwith CRLF and a %0A literal",
        ),
        Finding(
            "README.md",
            11,
            1,
            "AL010",
            end_line=11,
            end_column=1,
            rule_name="description-style",
            severity=Severity.WARNING,
            message="Empty span at `## Más` <b>bold</b> [x](y) *z*",
        ),
    ]


LINK_RESULTS = (
    LinkOccurrence("https://alpha.example", "alive", 200, "README.md", 7, 3),
    LinkOccurrence("https://beta.example", "dead", 404, "README.md", 8, 3),
    LinkOccurrence("http://gamma.example/a|b", "timeout", None, "README.md", 13, 3, "read timeout, 10s"),
    LinkOccurrence("https://alpha.example", "alive", 200, "README.md", 9, 3),
    LinkOccurrence("https://gone.example/x|y", "dead", None, "README.md", 12, 5, "DNS failure: no such host"),
)


def make_context(*, links: bool = False) -> ReportContext:
    return ReportContext(
        files=("README.md",),
        rules=RULES,
        version="0.1.0",
        link_results=LINK_RESULTS if links else None,
        sources={"README.md": README.read_text(encoding="utf-8")},
    )


def check_golden(name: str, text: str) -> None:
    """Compare with tests/fixtures/report/<name>; AWESOMELINT_UPDATE_GOLDEN=1 rewrites it."""
    path = FIXTURES / name
    if os.environ.get("AWESOMELINT_UPDATE_GOLDEN") == "1":
        path.write_text(text, encoding="utf-8", newline="")
        return
    assert path.exists(), f"golden {path} missing: run with AWESOMELINT_UPDATE_GOLDEN=1"
    expected = path.read_bytes().decode("utf-8")
    assert text == expected, f"output differs from golden {name} (AWESOMELINT_UPDATE_GOLDEN=1 rewrites it)"
