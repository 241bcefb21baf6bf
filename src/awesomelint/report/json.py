"""Machine output. Later tooling depends on this shape: extend it, never change it."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from awesomelint.finding import Finding
from awesomelint.report.context import ReportContext, Summary


def as_dict(f: Finding) -> dict[str, Any]:
    return {
        "path": f.path, "line": f.line, "column": f.column, "end_line": f.end_line,
        "end_column": f.end_column, "rule": f.rule_id, "name": f.rule_name, "severity": str(f.severity),
        "message": f.message, "fixable": f.fixable,
    }


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    counts = Summary.of(findings)
    document: dict[str, Any] = {
        "version": context.version,
        "findings": [as_dict(f) for f in findings],
        "summary": {
            "files": context.files_checked,
            "errors": counts.errors,
            "warnings": counts.warnings,
            "infos": counts.infos,
        },
    }
    if context.link_results is not None:
        document["links"] = [
            {"url": r.url, "verdict": r.verdict, "status_code": r.status_code,
             "final_url": getattr(r, "final_url", None), "path": r.path, "line": r.line,
             "column": r.column, "error": r.error, "failing_since": getattr(r, "failing_since", None)}
            for r in context.link_results
        ]
    if context.paper_results is not None:
        document["papers"] = [dict(entry) for entry in context.paper_results]
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
