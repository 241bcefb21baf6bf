"""The papers profile on the reference list: pinned findings, papers.md coverage, and --fix."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from awesomelint.config import Config, RuleSetting
from awesomelint.engine import lint_text
from awesomelint.finding import Finding
from awesomelint.fix import fix_text
from awesomelint.papers import papers
from awesomelint.papers.urls import without_tracking
from awesomelint.parse.parser import parse
from tests.conftest import CORPUS, FIXTURES, require_shared

REFERENCE = CORPUS / "archersama__awesome-recommend-system-pretraining-papers.md"
EXPECTED = FIXTURES / "papers" / "reference-expected.txt"

# papers.md section 3: (rule, lines) a papers rule must report, each at exactly these lines
COVERED = {
    "AL200": {35, 37, 70, 81},
    "AL202": {22, 23, 32, 33, 46, 58, 71, 74, 76},
    "AL203": {59},
    "AL204": {19, 20, 33, 35, 37, 38, 54, 67},
    "AL205": {15, 16, 17, 23, 25, 26, 29, 36, 46, 47, 53, 59, 60, 61, *range(65, 80), 87} - {70},
    "AL206": {14, 32, 35, 57},
    "AL207": {16},
    "AL208": {82},
    "AL209": {17},
    "AL210": {48},
    "AL211": set(),  # no title appears twice (3.5)
    "AL212": {64},
    "AL214": {37},
    "AL216": {58},
}
SPACE_BEFORE_COMMA = {15, 33, 35, 38, 43, 44, 46, 47, 48, 49, 52, 53, 54, 57, 59, 60, 64, 87, 88, 89, 90}
NO_SPACE_AFTER_COMMA = {15, 23, 25, 26, 40, 60, 69, 78, 79, 80, 82, 87}
HTTP_OR_VERSION = {17, 71, 72, 73, 74, 75, 76}


def _papers_findings(text: str) -> list[Finding]:
    return [f for f in lint_text(text, path="README.md", profile="papers") if f.rule_id.startswith("AL2")]


def _lines(findings: list[Finding], rule: str, word: str = "") -> set[int]:
    return {f.line for f in findings if f.rule_id == rule and word in f.message}


def test_findings_match_the_reviewed_expected_file() -> None:
    require_shared()
    findings = _papers_findings(REFERENCE.read_text(encoding="utf-8"))
    got = [f"{f.line}:{f.column} {f.rule_id} {f.message}" for f in findings]
    expected = [row for row in EXPECTED.read_text(encoding="utf-8").splitlines() if row and not row.startswith("#")]
    assert got == expected


def test_every_covered_problem_of_papers_md_is_reported_at_its_line() -> None:
    require_shared()
    findings = _papers_findings(REFERENCE.read_text(encoding="utf-8"))
    for rule, lines in COVERED.items():
        assert _lines(findings, rule) == lines, rule
    assert _lines(findings, "AL201", "space before") == SPACE_BEFORE_COMMA
    assert _lines(findings, "AL201", "no space after") == NO_SPACE_AFTER_COMMA
    assert _lines(findings, "AL201", "full-width") == {44}
    assert _lines(findings, "AL213", "pinned version") == set()  # issue 10: a pinned version stays
    assert _lines(findings, "AL213", "use https") == HTTP_OR_VERSION
    keep = Config(rules={"AL213": RuleSetting(True, None, {"keep_version": False})})
    pinned = lint_text(REFERENCE.read_text(encoding="utf-8"), config=keep, profile="papers", select=["AL213"])
    assert _lines(pinned, "AL213", "pinned version") == HTTP_OR_VERSION  # when configured, papers.md 3.4


def test_positions_point_at_what_the_message_names() -> None:
    require_shared()
    lines = REFERENCE.read_text(encoding="utf-8").split("\n")
    for f in _papers_findings(REFERENCE.read_text(encoding="utf-8")):
        at = lines[f.line - 1][f.column - 1 :]
        if f.rule_id in ("AL205", "AL206") and "'" in f.message:
            assert at.startswith(f.message.split("'")[1]), f
        if f.rule_id in ("AL208", "AL209", "AL213", "AL214"):
            assert at.startswith("["), f
        if f.rule_id == "AL203":
            assert at == ")"


def _urls(text: str) -> Counter[str]:
    return Counter(link.url for link in parse(text, Path("README.md")).links)


def _titles(text: str) -> list[str]:
    return [" ".join(p.title.text.split()) for p in papers(parse(text, Path("README.md"))) if p.title]


def test_fix_is_mechanical_keeps_links_and_titles_and_is_stable() -> None:
    require_shared()
    original = REFERENCE.read_text(encoding="utf-8")
    outcome = fix_text(original, _papers_findings, unsafe=True)  # venue and label restyling are unsafe fixes
    assert outcome.stable and outcome.applied > 0
    normalised: Counter[str] = Counter()
    for url, count in _urls(original).items():  # arXiv: https; the version and the abs/pdf form stay
        url = url.replace("http://arxiv.org/", "https://arxiv.org/", 1)
        normalised[without_tracking(url)[0]] += count
    assert _urls(outcome.text) == normalised
    assert _titles(outcome.text) == _titles(original)
    assert all(f.fix is None for f in _papers_findings(outcome.text))
    assert len(outcome.text.splitlines()) == len(original.splitlines()) - 4  # four joined lines
    again = fix_text(outcome.text, _papers_findings, unsafe=True)
    assert again.applied == 0 and again.text == outcome.text
