"""Every rule has a doc in rules/, and every example in it does what the doc says."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from awesomelint.config import Config, RuleSetting, parse_rule_setting
from awesomelint.context import LinkFacts
from awesomelint.engine import Overrides, lint_document
from awesomelint.finding import Finding
from awesomelint.fix import fix_text
from awesomelint.parse.parser import parse
from awesomelint.registry import default_registry
from awesomelint.rule import Rule
from tests.rules.docs import REQUIRED_SECTIONS, RULE_DOCS, Example, all_rule_docs, read_rule_doc

REGISTRY = default_registry()
BUILTIN = [r for r in REGISTRY if r.source == "awesomelint"]


def _doc_for(rule: Rule) -> Path:
    return RULE_DOCS / f"{rule.id}-{rule.name}.md"


def test_registry_and_docs_match_one_to_one() -> None:
    expected = {_doc_for(r).name for r in BUILTIN}
    present = {p.name for p in all_rule_docs()}
    assert sorted(expected - present) == [], "rules without a doc"
    assert sorted(present - expected) == [], "docs without a rule (or named other than ID-name.md)"


@pytest.mark.parametrize("rule", BUILTIN, ids=lambda r: r.id)
def test_doc_front_matter_and_sections(rule: Rule) -> None:
    doc = read_rule_doc(_doc_for(rule))
    assert doc.meta["id"] == rule.id
    assert doc.meta["name"] == rule.name
    assert doc.meta["severity"] == str(rule.meta.severity)
    assert doc.meta["fixable"] == rule.meta.fixable
    for section in REQUIRED_SECTIONS:
        assert section in doc.sections, f"missing section '## {section}'"
    kinds = {e.kind for e in doc.examples}
    assert kinds == {"bad", "good"}, "a doc needs at least one bad and one good example"
    for example in doc.examples:
        if example.kind == "bad":
            assert example.findings, f"line {example.line}: a bad example lists its findings"
            if rule.meta.fixable and example.fixed is None:
                pytest.fail(f"line {example.line}: a fixable rule's bad example shows the fixed text")


def _lint(rule: Rule, example: Example, text: str, folder: Path) -> list[Finding]:
    for name, content in example.files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    readme = folder / example.name
    readme.write_text(text, encoding="utf-8")
    setting = parse_rule_setting(rule, {"severity": str(rule.meta.severity), **example.options}, "doc example")
    config = Config(rules={rule.id: RuleSetting(True, setting.severity, setting.options)})
    papers = rule.meta.online == "papers" and rule.meta.network
    links = LinkFacts(_fake_results(example.links)) if (rule.meta.network and not papers) or example.links else None
    doc = parse(text, readme)
    facts = _paper_facts(doc, example.papers or []) if papers else None
    overrides = Overrides(select=(rule.id,), check_links=links is not None, check_papers=papers)
    return [f for f in lint_document(doc, config=config, overrides=overrides, registry=REGISTRY,
                                     display_path=example.name, links=links, papers=facts)
            if f.rule_id == rule.id]


def _paper_facts(doc: Any, records: list[dict[str, Any]]) -> Any:
    """``--check-papers`` on ``doc`` against the fake scholarly API serving ``records``."""
    from awesomelint.scholar.provider import check_documents
    from awesomelint.scholar.settings import PaperSettings
    from tests.scholar.fakeapi import FakeScholar, serve

    with serve(FakeScholar(records)) as base:
        settings = PaperSettings(allow_private=True, intervals={}).with_base(base)
        return check_documents([doc], settings).facts[doc.path.as_posix()]


def _fake_results(rows: list[list[str]]) -> dict[str, Any]:
    from awesomelint.links import LinkResult

    results = {}
    for words in rows:
        row = [w for w in words if w != "archived"]  # a trailing word "archived" flags a GitHub repository
        url, verdict = row[0], row[1]
        status = int(row[2]) if len(row) > 2 and row[2].isdigit() else None
        final = row[3] if len(row) > 3 else None
        results[url] = LinkResult(url=url, verdict=verdict, status_code=status, final_url=final, error=None,
                                  archived="archived" in words)
    return results


def _cases() -> list[Any]:
    cases = []
    for rule in BUILTIN:
        path = _doc_for(rule)
        if not path.is_file():
            continue
        for example in read_rule_doc(path).examples:
            cases.append(pytest.param(rule, example, id=f"{rule.id}-{example.kind}-line{example.line}"))
    return cases


@pytest.mark.parametrize(("rule", "example"), _cases())
def test_doc_example(rule: Rule, example: Example, tmp_path: Path) -> None:
    findings = _lint(rule, example, example.text, tmp_path)
    if example.kind == "good":
        assert findings == [], f"good example yields {[(f.line, f.column, f.message) for f in findings]}"
        return
    got = [(f.line, f.column, f.rule_id, f.message) for f in findings]
    assert len(got) == len(example.findings), f"expected {example.findings}, got {got}"
    for (line, column, rule_id, message), expected in zip(got, example.findings, strict=True):
        position, expected_id, *words = expected.split(" ", 2)
        assert f"{line}:{column}" == position, f"expected {expected}, got {line}:{column} {message}"
        assert rule_id == expected_id
        if words:
            assert words[0] in message, f"{words[0]!r} not in {message!r}"
    if example.fixed is not None:
        outcome = fix_text(example.text, lambda text: _lint(rule, example, text, tmp_path), unsafe=True)
        assert outcome.text == example.fixed
        again = fix_text(outcome.text, lambda text: _lint(rule, example, text, tmp_path), unsafe=True)
        assert again.applied == 0, "a second --fix changes nothing"
