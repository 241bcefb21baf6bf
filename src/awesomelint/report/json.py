"""Machine output. Later tooling depends on this shape: extend it, never change it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from json.encoder import encode_basestring
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
    marker = None
    if context.link_results is not None:
        marker = f"awesomelint-links-{uuid.uuid4().hex}"
        document["links"] = marker  # spliced in below, one entry at a time
    if context.paper_results is not None:
        document["papers"] = [dict(entry) for entry in context.paper_results]
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if marker is not None and context.link_results is not None:
        text = text.replace(json.dumps(marker), _entries(_link_entry(r) for r in context.link_results), 1)
    return text


def _link_entry(r: Any) -> dict[str, Any]:
    return {"url": r.url, "verdict": r.verdict, "status_code": r.status_code,
            "final_url": getattr(r, "final_url", None), "path": r.path, "line": r.line,
            "column": r.column, "error": r.error, "failing_since": getattr(r, "failing_since", None)}


def _entries(items: Iterable[dict[str, Any]]) -> str:
    """A list of flat records under a top-level key, written exactly as ``json.dumps(..., indent=2)``
    writes it, a record at a time: for 50,000 links the encoder's one-shot list of small strings
    peaked at about 80 MB, more than the rest of the run."""
    pad, nested = "    ", json.JSONEncoder(indent=2, ensure_ascii=False).encode
    parts = []
    for item in items:
        if not item or any(isinstance(v, dict | list | tuple) for v in item.values()):
            parts.append(pad + nested(item).replace("\n", "\n" + pad))
            continue
        fields = ",\n".join(f"{pad}  {encode_basestring(k)}: {_scalar(v)}" for k, v in item.items())
        parts.append(f"{pad}{{\n{fields}\n{pad}}}")
    return "[\n" + ",\n".join(parts) + "\n  ]" if parts else "[]"


def _scalar(value: Any) -> str:
    """One value as the encoder writes it (strings through its own C function)."""
    if isinstance(value, str):
        return encode_basestring(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    return json.dumps(value, ensure_ascii=False)
