"""A Markdown report for ``$GITHUB_STEP_SUMMARY``: counts per rule, the top findings, dead links.

The findings shown are the ``TOP`` most severe, grouped by file and section, then by rule; each links to
its line at the commit that was linted (``context.source_url``) and a note counts the rest. GitHub
refuses a step summary over 1 MiB, so rows are added only while the text stays under ``MAX_BYTES``
and a closing note says how many rows were left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from awesomelint.finding import Finding, Severity
from awesomelint.report.context import LinkResultLike, ReportContext, Summary

TOP = 50  # findings listed one by one; the rest are counted
MAX_BYTES = 1_000_000  # GitHub's cap is 1 MiB (1,048,576 bytes) per step; keep a margin
_ESCAPES = {
    "\\": "\\\\",
    "|": "\\|",
    "`": "\\`",
    "*": "\\*",
    "_": "\\_",
    "[": "\\[",
    "]": "\\]",
    "<": "&lt;",
    ">": "&gt;",
    "&": "&amp;",
}


def cell(text: str) -> str:
    """Text that stays inside one table cell and renders literally (no HTML, no links)."""
    text = "".join(_ESCAPES.get(ch, ch) for ch in text)
    return "<br>".join(part for part in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 or word == "info" else f"{n} {word}s"


def _headline(findings: Sequence[Finding], context: ReportContext) -> str:
    counts = Summary.of(findings)
    parts = ", ".join(
        _plural(counts.count(sev), str(sev)) for sev in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    )
    checked = _plural(context.files_checked, "file")
    if not findings:
        return f"No problems found in {checked} (awesomelint {context.version})."
    return f"**{parts}** in {checked} checked (awesomelint {context.version})."


def _rule_table(findings: Sequence[Finding]) -> tuple[list[str], list[str]]:
    rows: dict[tuple[str, str], list[int]] = {}
    for finding in findings:
        counts = rows.setdefault((finding.rule_id, finding.rule_name), [0, 0, 0])
        counts[Severity.ERROR - finding.severity] += 1
    head = ["| Rule | Name | Errors | Warnings | Info | Total |", "| --- | --- | ---: | ---: | ---: | ---: |"]
    lines = []
    for (rule_id, name), (errors, warnings, infos) in sorted(rows.items()):
        total = errors + warnings + infos
        lines.append(f"| {cell(rule_id)} | {cell(name)} | {errors} | {warnings} | {infos} | {total} |")
    return head, lines


def _finding_row(finding: Finding, context: ReportContext) -> str:
    where = cell(f"{finding.path}:{finding.line}:{finding.column}")
    if url := context.line_url(finding.path, finding.line):
        where = f"[{where}]({url})"
    rule = cell(f"{finding.rule_id} {finding.rule_name}")
    return f"| {rule} | {where} | {finding.severity} | {cell(finding.message)} |"


def _grouped(findings: Sequence[Finding], context: ReportContext) -> list[tuple[str, list[str], list[str]]]:
    """One table per file and section, rows by rule then line; groups in file and line order."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for finding in sorted(findings, key=lambda f: (f.path, f.line, f.column)):
        groups.setdefault((finding.path, context.section(finding.path, finding.line)), []).append(finding)
    out = []
    header = ["| Rule | Location | Severity | Message |", "| --- | --- | --- | --- |"]
    for (path, section), members in groups.items():
        title = f"#### {cell(path)}" + (f" › {cell(section)}" if section else "")
        rows = [_finding_row(f, context) for f in sorted(members, key=lambda f: (f.rule_id, f.line, f.column))]
        out.append((title, header, rows))
    return out


def _link_row(result: LinkResultLike) -> str:
    where = cell(f"{result.path}:{result.line}:{result.column}")
    status = "" if result.status_code is None else str(result.status_code)
    since = getattr(result, "failing_since", None)
    text = result.error or ""
    if since and "failing since" not in text:
        text = f"{text} (failing since {since[:10]})" if text else f"failing since {since[:10]}"
    detail = cell(text)
    return f"| {where} | {cell(result.url)} | {cell(result.verdict)} | {status} | {detail} |"


class _Budget:
    """Appends lines while the UTF-8 size stays under the cap, counting what it had to leave out."""

    def __init__(self, limit: int) -> None:
        self.lines: list[str] = []
        self.size = 0
        self.limit = limit

    def add(self, line: str, reserve: int = 0) -> bool:
        cost = len(line.encode("utf-8")) + 1
        if self.size + cost + reserve > self.limit:
            return False
        self.lines.append(line)
        self.size += cost
        return True


NOTE_RESERVE = 400  # room kept for the truncation notes and section headers after a table


def render(findings: Sequence[Finding], context: ReportContext, *, max_bytes: int = MAX_BYTES) -> str:
    ordered = sorted(findings, key=lambda f: (-f.severity, f.path, f.line, f.column, f.rule_id))
    out = _Budget(max_bytes)
    for line in ["## awesomelint", "", _headline(ordered, context)]:
        out.add(line)
    dead = context.dead_links() if context.link_results is not None else []
    sections: list[tuple[str, list[str], list[str]]] = []
    if ordered:
        sections.append(("### Findings by rule", *_rule_table(ordered)))
        top = ordered[:TOP]
        shown = f"the {len(top)} most severe of {len(ordered)}" if len(ordered) > len(top) else "all"
        sections.append((f"### Findings ({shown}, by section and rule)", [], []))
        sections += _grouped(top, context)
        if len(ordered) > len(top):
            sections.append((f"_{len(ordered) - len(top)} more finding(s) not listed here: see the annotations, "
                             "or run awesomelint with `--format json`._", [], []))
    if context.link_results is not None:
        checked = len(context.link_results)
        if dead:
            header = ["| Location | URL | Verdict | Status | Error |", "| --- | --- | --- | ---: | --- |"]
            title = f"### Dead links ({len(dead)} of {checked} checked)"
            sections.append((title, header, [_link_row(r) for r in dead]))
        else:
            verdict = f"None of {checked} checked links is dead." if checked else "No link needed checking."
            sections.append((f"### Dead links\n\n{verdict}", [], []))
        doubtful = Counter(r.verdict for r in context.link_results
                           if r.verdict in ("unreachable", "timeout", "unknown"))
        if doubtful:
            what = " and ".join(f"{n} {verdict}" for verdict, n in sorted(doubtful.items()))
            sections.append(
                (
                    f"_Not counted as dead: {what} (a build fails on these only with `--strict-links`)._",
                    [],
                    [],
                )
            )
    left_out = 0
    for title, head, rows in sections:
        opened = out.add("", NOTE_RESERVE) and out.add(title, NOTE_RESERVE)
        if not (opened and all(out.add(line, NOTE_RESERVE) for line in head)):
            left_out += len(rows)
            continue
        for row in rows:
            if not out.add(row, NOTE_RESERVE):
                left_out += 1
    if left_out:
        out.limit += NOTE_RESERVE
        out.add("")
        out.add(
            f"_{left_out} more row(s) not shown: a step summary is limited to 1 MiB. "
            "Run awesomelint locally, or use `--format json` or `--format sarif` "
            "with `--output FILE`, for the full list._"
        )
    return "\n".join(out.lines) + "\n"
