"""A pull-request review as the JSON body of GitHub's "create a review" call, one comment per finding.

A finding with a safe fix gets a ```` ```suggestion ```` block that replaces the lines the fix
touches. Every comment starts with a hidden ``<!-- awesomelint:key=... -->`` marker (the finding's
line-shift-proof fingerprint) so the next run can find it, edit it or delete it once resolved.
Besides the API's fields, ``awesomelint.findings`` lists each comment's finding (parallel to
``comments``), for the annotations that replace comments on lines outside the pull request's diff;
``awesomelint.github.review`` strips it before posting.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from awesomelint.finding import Finding, Fix
from awesomelint.parse.parser import split_lines
from awesomelint.report.context import ReportContext, Summary
from awesomelint.report.sarif import fingerprints
from awesomelint.rule_docs import doc_url

MARKER = "<!-- awesomelint:key={key} -->"
REVIEW_MARKER = "<!-- awesomelint:review -->"
SUGGESTION_MARKER = "<!-- awesomelint:suggestion -->"  # what follows is dropped where it cannot apply
MAX_BODY = 60_000  # GitHub refuses comment bodies over 65,536 characters
MAX_SUGGESTION_LINES = 20


def _source_lines(path: str, context: ReportContext) -> list[str] | None:
    text = context.sources.get(path)
    return None if text is None else list(split_lines(text))  # the linter's lines: \f or U+2028 splits none


def suggestion(fix: Fix | None, lines: Sequence[str] | None) -> tuple[int, int, str] | None:
    """``(first line, last line, new text)`` replacing whole lines, for a safe fix that fits in a block."""
    if fix is None or not fix.safe or not fix.edits or lines is None:
        return None
    first = min(e.line for e in fix.edits)
    # an edit that ends at column 1 of a later line ends with the line before it (its newline included)
    last = max(max(e.line, e.end_line - 1 if e.end_column == 1 and e.end_line > e.line else e.end_line)
               for e in fix.edits)
    if last > len(lines) or last - first >= MAX_SUGGESTION_LINES:
        return None
    chunk = lines[first - 1 : last]
    block = "\n".join(chunk) + "\n"
    starts = [0]
    for line in chunk:
        starts.append(starts[-1] + len(line) + 1)

    def offset(line: int, column: int) -> int:  # as in fix.py: a column past the text reaches the newline
        index = line - first
        return len(block) if index >= len(chunk) else min(starts[index] + column - 1, starts[index + 1])

    for edit in sorted(fix.edits, key=lambda e: (e.line, e.column), reverse=True):
        start, end = offset(edit.line, edit.column), offset(edit.end_line, edit.end_column)
        block = block[:start] + edit.replacement + block[end:]
    if not block.endswith("\n"):
        return None  # the fix deletes the lines or joins the next one in: no suggestion block shows that
    return first, last, block[:-1]


def _fence(text: str) -> str:
    longest = max((len(run) for run in text.split("\n") if run.strip("`") == "" and run), default=0)
    return "`" * max(3, longest + 1)


def comment_body(finding: Finding, key: str, block: tuple[int, int, str] | None) -> str:
    rule = f"[{finding.rule_id} {finding.rule_name}]({doc_url(finding.rule_id, finding.rule_name)})"
    body = f"{MARKER.format(key=key)}\n**{finding.severity}** · {rule}: {finding.message}"
    if block is not None:
        fence = _fence(block[2])
        fix_note = f"\n\n{finding.fix.title}" if finding.fix is not None and finding.fix.title else ""
        body += f"\n{SUGGESTION_MARKER}{fix_note}\n\n{fence}suggestion\n{block[2]}\n{fence}"
    if len(body) > MAX_BODY:
        body = body[: MAX_BODY - 1] + "…"
    return body


def review_body(findings: Sequence[Finding]) -> str:
    if not findings:
        return f"{REVIEW_MARKER}\nawesomelint: no new findings."
    summary = Summary.of(findings)
    counts = {"error": summary.errors, "warning": summary.warnings, "info": summary.infos}
    parts = ", ".join(f"{n} {name}{'s' if n != 1 and name != 'info' else ''}" for name, n in counts.items() if n)
    return f"{REVIEW_MARKER}\nawesomelint: {len(findings)} new finding(s) in this pull request ({parts})."


def build(findings: Sequence[Finding], context: ReportContext) -> dict[str, Any]:
    ordered = sorted(findings)
    comments: list[dict[str, Any]] = []
    meta: list[dict[str, Any]] = []
    for finding, key in zip(ordered, fingerprints(ordered, context), strict=True):
        block = suggestion(finding.fix, _source_lines(finding.path, context))
        path = finding.path.replace("\\", "/")
        comment: dict[str, Any] = {"path": path, "side": "RIGHT", "body": comment_body(finding, key, block)}
        first, last = (block[0], block[1]) if block else (finding.line, finding.line)
        if first != last:
            comment.update(start_line=first, start_side="RIGHT")
        comment["line"] = last
        comments.append(comment)
        meta.append({
            "key": key, "rule": finding.rule_id, "name": finding.rule_name, "severity": str(finding.severity),
            "message": finding.message, "path": path, "line": finding.line, "column": finding.column,
            "end_line": finding.end_line, "end_column": finding.end_column,
        })
    return {
        "event": "COMMENT",
        "body": review_body(ordered),
        "comments": comments,
        "awesomelint": {"version": context.version, "findings": meta},
    }


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    return json.dumps(build(findings, context), indent=2, ensure_ascii=False) + "\n"
