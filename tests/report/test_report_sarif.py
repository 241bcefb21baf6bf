"""The sarif format: valid SARIF 2.1.0, GitHub's required fields, fingerprints that survive shifts."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import jsonschema
import pytest
from reportfixture import README, check_golden, make_context, make_findings

from awesomelint.finding import Finding, Severity
from awesomelint.report import sarif
from awesomelint.report.context import ReportContext


def _schema() -> dict[str, object]:
    """The official schema from AWESOMELINT_SARIF_SCHEMA; missing under CI is a failure, not a skip."""
    path = os.environ.get("AWESOMELINT_SARIF_SCHEMA")
    if not path:
        if os.environ.get("CI"):
            pytest.fail("CI is set but AWESOMELINT_SARIF_SCHEMA is not: install @microsoft/jest-sarif")
        pytest.skip("set AWESOMELINT_SARIF_SCHEMA to sarif-2.1.0 schema JSON (npm @microsoft/jest-sarif)")
    assert Path(path).is_file(), f"AWESOMELINT_SARIF_SCHEMA={path} does not exist"
    schema: dict[str, object] = json.loads(Path(path).read_text(encoding="utf-8"))
    return schema


def test_golden() -> None:
    check_golden("golden.sarif.json", sarif.render(make_findings(), make_context()))


def test_validates_against_the_official_schema() -> None:
    schema = _schema()
    doc = json.loads(sarif.render(make_findings(), make_context()))
    validator_cls = jsonschema.validators.validator_for(schema)
    errors = list(validator_cls(schema).iter_errors(doc))
    assert errors == []
    broken = json.loads(json.dumps(doc))
    del broken["runs"][0]["results"][0]["message"]
    assert list(validator_cls(schema).iter_errors(broken)), "the schema must reject a result without message"


def test_has_the_fields_github_code_scanning_requires() -> None:
    doc = sarif.build(make_findings(), make_context())
    assert doc["$schema"] and doc["version"] == "2.1.0"
    run = doc["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "awesomelint" and driver["rules"]
    for rule in driver["rules"]:
        for key in ("shortDescription", "fullDescription", "help"):
            assert rule[key]["text"], (rule["id"], key)
    ids = [rule["id"] for rule in driver["rules"]]
    for result in run["results"]:
        assert result["message"]["text"] and result["partialFingerprints"]["primaryLocationLineHash"]
        assert ids[result["ruleIndex"]] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert {"startLine", "startColumn", "endLine", "endColumn"} <= region.keys()


def test_rule_help_comes_from_the_rule_docstring_and_unknown_rules_get_a_descriptor() -> None:
    rules = {r["id"]: r for r in sarif.build(make_findings(), make_context())["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["AL003"]["help"]["text"].startswith("Checks that no URL is listed twice.")
    assert rules["AL003"]["fullDescription"]["text"] == "Checks that no URL is listed twice."
    assert rules["AL010"]["help"]["text"] == "Descriptions end with a period."  # no docstring: summary
    assert rules["AL010"]["defaultConfiguration"]["level"] == "warning"
    assert rules["AL099"]["name"] == "odd-preamble"  # found in findings only


def test_region_end_column_is_exclusive_code_points() -> None:
    doc = sarif.build(make_findings(), make_context())
    regions = {r["ruleId"]: r["locations"][0]["physicalLocation"]["region"] for r in doc["runs"][0]["results"]}
    assert regions["AL003"] == {"startLine": 9, "startColumn": 3, "endLine": 9, "endColumn": 33}
    line = README.read_text(encoding="utf-8").splitlines()[8]
    assert line[3 - 1 : 33 - 1] == "[Alpha](https://alpha.example)"


def _prints(findings: list[Finding], context: ReportContext) -> list[str]:
    doc = sarif.build(findings, context)
    return [r["partialFingerprints"]["primaryLocationLineHash"] for r in doc["runs"][0]["results"]]


def test_fingerprints_survive_lines_added_above() -> None:
    findings = make_findings()
    before = _prints(findings, make_context())
    shifted_text = "<!-- new -->\n\n" + README.read_text(encoding="utf-8")
    shifted = [dataclasses.replace(f, line=f.line + 2, end_line=f.end_line + 2) for f in findings]
    after = _prints(shifted, dataclasses.replace(make_context(), sources={"README.md": shifted_text}))
    assert before == after
    assert len(set(before)) == len(before)


def test_identical_problems_are_told_apart_by_occurrence() -> None:
    text = "- [A](https://a.example)\n- [A](https://a.example)\n"
    findings = [
        Finding(
            "x.md",
            n,
            3,
            "AL003",
            end_line=n,
            end_column=25,
            rule_name="duplicate-link",
            severity=Severity.ERROR,
            message="dup",
        )
        for n in (1, 2)
    ]
    prints = _prints(findings, ReportContext(files=("x.md",), sources={"x.md": text}))
    assert prints[0].split(":")[0] == prints[1].split(":")[0]
    assert [p.split(":")[1] for p in prints] == ["1", "2"]


def test_reads_the_file_when_no_source_is_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "README.md").write_text(README.read_text(encoding="utf-8"), encoding="utf-8")
    from_disk = _prints(make_findings(), ReportContext(files=("README.md",)))
    assert from_disk == _prints(make_findings(), make_context())
    uri = sarif.build(make_findings()[:1], ReportContext())["runs"][0]["results"][0]["locations"][0]
    assert uri["physicalLocation"]["artifactLocation"]["uri"] == "README.md"


def test_uri_is_relative_and_percent_encoded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert sarif._uri(str(tmp_path / "docs" / "my list.md")) == "docs/my%20list.md"
    assert sarif._uri("a b/ü.md") == "a%20b/%C3%BC.md"


def test_cli_sarif_with_the_real_rules_is_valid_and_carries_their_docs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from awesomelint.cli import main

    schema = _schema()
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    (tmp_path / "README.md").write_text("# Awesome X\n\n- [A](https://a.example) - A.\n- [B](https://a.example) - B.\n")
    result = CliRunner().invoke(main, ["--format", "sarif", "--select", "duplicate-link", "README.md"])
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert list(jsonschema.validators.validator_for(schema)(schema).iter_errors(doc)) == []
    rules = {r["id"]: r for r in doc["runs"][0]["tool"]["driver"]["rules"]}
    assert "## What it does" in rules["AL003"]["help"]["markdown"]  # from rules/AL003-duplicate-link.md
    assert not rules["AL003"]["help"]["text"].startswith("+++")
    assert doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 4


def test_stays_within_githubs_limits_keeping_the_most_severe() -> None:
    many = [Finding("README.md", n, 1, "AL010", n, 2, "description-style", Severity.WARNING, "w") for n in range(1, 8)]
    many.append(Finding("README.md", 9, 1, "AL003", 9, 2, "duplicate-link", Severity.ERROR, "e"))
    run = sarif.build(many, make_context(), max_results=5)["runs"][0]
    assert len(run["results"]) == 5 and any(r["ruleId"] == "AL003" for r in run["results"])
    assert run["properties"]["resultsOmitted"] == 3 and run["properties"]["resultsLimit"] == 5
    assert sarif.MAX_RESULTS == 25_000
    assert "properties" not in sarif.build(many, make_context())["runs"][0]


def test_rules_are_only_those_that_fired_with_help_uri_and_srcroot() -> None:
    run = sarif.build(make_findings(), make_context())["runs"][0]
    fired = sorted({f.rule_id for f in make_findings()})
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == fired
    assert all(r["helpUri"].endswith(f"/rules/{r['id']}-{r['name']}.md") for r in run["tool"]["driver"]["rules"])
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert location["uriBaseId"] == "%SRCROOT%" and not location["uri"].startswith("/")
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]


def test_snippet_lines_are_numbered_as_the_linter_numbers_them() -> None:
    text = "a\x0cb\u2028c\nsecond line\r\nthird\n"
    context = dataclasses.replace(make_context(), sources={"x.md": text})
    lines = sarif._source_lines("x.md", context, {})
    assert lines == ["a\x0cb\u2028c", "second line", "third"]
