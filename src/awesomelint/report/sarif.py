"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

GitHub's limits are kept: at most ``MAX_RESULTS`` results per run (the most severe; the run's
``properties`` say how many were left out), rules only for the rules that fired, each with a
``helpUri`` to its doc, and locations relative to ``%SRCROOT%`` (the checkout).

Columns are code points (``columnKind: unicodeCodePoints``) and ``endColumn`` is exclusive, both as
in ``Finding``. Each result carries a ``primaryLocationLineHash`` computed from the flagged text, not
the line number, so an alert keeps its identity when lines above it are added or removed.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

from awesomelint.finding import Finding, Severity
from awesomelint.parse.parser import split_lines
from awesomelint.report.context import ReportContext
from awesomelint.rule import Rule
from awesomelint.rule_docs import doc_body, doc_url

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/awesomelint/awesomelint"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
MAX_RESULTS = 25_000  # GitHub code scanning rejects runs with more results
SRCROOT = "%SRCROOT%"


def _help_text(rule: Rule) -> str:
    """The rule's Markdown doc without front matter, else its docstring, else its summary."""
    return (doc_body(rule) or "").strip() or rule.doc.strip() or rule.meta.summary


def _first_paragraph(text: str) -> str:
    for block in text.split("\n\n"):
        plain = " ".join(line.strip() for line in block.splitlines() if not line.startswith("#"))
        if plain.strip():
            return plain.strip()
    return text.strip()


def _descriptor(rule_id: str, rule: Rule | None, fallback_name: str) -> dict[str, Any]:
    if rule is None:
        return {
            "id": rule_id,
            "name": fallback_name,
            "shortDescription": {"text": fallback_name},
            "fullDescription": {"text": fallback_name},
            "help": {"text": fallback_name},
            "helpUri": doc_url(rule_id, fallback_name),
        }
    doc = _help_text(rule)
    tags = ["markdown", "network"] if rule.meta.network else ["markdown"]
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.meta.summary},
        "fullDescription": {"text": _first_paragraph(rule.doc) if rule.doc.strip() else rule.meta.summary},
        "help": {"text": doc, "markdown": doc},
        "helpUri": doc_url(rule.id, rule.name),
        "defaultConfiguration": {"level": LEVELS[rule.meta.severity]},
        "properties": {"tags": tags},
    }


def _uri(path: str) -> str:
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            path = candidate.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return candidate.as_uri()
    return quote(path.replace("\\", "/"), safe="/")


def _artifact(path: str) -> dict[str, str]:
    uri = _uri(path)
    return {"uri": uri} if ":" in uri.split("/", 1)[0] else {"uri": uri, "uriBaseId": SRCROOT}


def _source_lines(path: str, context: ReportContext, cache: dict[str, list[str]]) -> list[str]:
    if path not in cache:
        text = context.sources.get(path)
        if text is None:
            try:
                text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
            except OSError:
                text = ""
        cache[path] = list(split_lines(text))  # numbered as the linter numbers them
    return cache[path]


def _snippet(finding: Finding, lines: list[str]) -> str:
    """The flagged text, whitespace-normalised; the whole line when the span is empty."""
    if not 1 <= finding.line <= len(lines):
        return ""
    line = lines[finding.line - 1]
    if finding.end_line == finding.line and finding.end_column > finding.column:
        part = line[finding.column - 1 : finding.end_column - 1]
    else:
        part = line[finding.column - 1 :]
    return " ".join(part.split()) or " ".join(line.split())


def fingerprints(findings: Sequence[Finding], context: ReportContext) -> list[str]:
    """``hash:occurrence`` per finding, like GitHub's own line hash but keyed by rule and text."""
    cache: dict[str, list[str]] = {}
    seen: Counter[str] = Counter()
    out = []
    for finding in findings:
        snippet = _snippet(finding, _source_lines(finding.path, context, cache))
        key = "\0".join((finding.rule_id, finding.path.replace("\\", "/"), snippet))
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
        seen[digest] += 1
        out.append(f"{digest}:{seen[digest]}")
    return out


def build(findings: Sequence[Finding], context: ReportContext, *, max_results: int = MAX_RESULTS) -> dict[str, Any]:
    kept = sorted(findings, key=lambda f: (-f.severity, f.path, f.line, f.column, f.rule_id))[:max_results]
    ordered = sorted(kept)
    descriptors: dict[str, dict[str, Any]] = {}
    fired = {f.rule_id: f.rule_name for f in ordered}
    for rule_id in sorted(fired):
        descriptors[rule_id] = _descriptor(rule_id, context.rule(rule_id), fired[rule_id])
    index = {rule_id: i for i, rule_id in enumerate(descriptors)}
    results = []
    for finding, print_ in zip(ordered, fingerprints(ordered, context), strict=True):
        region = {
            "startLine": finding.line,
            "startColumn": finding.column,
            "endLine": max(finding.end_line, finding.line),
            "endColumn": finding.end_column,
        }
        results.append(
            {
                "ruleId": finding.rule_id,
                "ruleIndex": index[finding.rule_id],
                "level": LEVELS[finding.severity],
                "message": {"text": finding.message},
                "locations": [
                    {"physicalLocation": {"artifactLocation": _artifact(finding.path), "region": region}}
                ],
                "partialFingerprints": {"primaryLocationLineHash": print_},
            }
        )
    driver = {
        "name": "awesomelint",
        "version": context.version,
        "semanticVersion": context.version,
        "informationUri": INFORMATION_URI,
        "rules": list(descriptors.values()),
    }
    run: dict[str, Any] = {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
    if len(findings) > len(kept):
        run["properties"] = {"resultsOmitted": len(findings) - len(kept), "resultsLimit": max_results,
                             "note": f"{len(findings) - len(kept)} less severe results left out: code scanning "
                                     f"accepts at most {max_results} per run"}
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    return json.dumps(build(findings, context), indent=2, ensure_ascii=False) + "\n"
