"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per finding.

GitHub turns at most 10 annotations of each type per step (and 50 per job) into annotations, so
errors go first, each type is capped here, and the rest are printed as plain log lines with a
closing notice that says how many were not annotated and points to the step summary.
"""

from __future__ import annotations

from collections.abc import Sequence

from awesomelint.finding import Finding, Severity
from awesomelint.report.context import ReportContext

PER_TYPE_LIMIT = 10  # annotations per type per step (runner: _maxCountPerIssueType)
JOB_LIMIT = 50  # annotations per job, all steps together
MAX_MESSAGE = 4000  # the runner cuts messages at 4096 characters

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message; ``%`` first so the other escapes survive."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (file, title): like data, plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _order(findings: Sequence[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (-f.severity, f.path, f.line, f.column, f.rule_id, f.message))


def annotation(finding: Finding) -> str:
    """One workflow command. GitHub's columns are inclusive, ours exclusive: send ``end - 1``.

    ``endColumn`` is sent only on one-line findings (the runner drops columns otherwise) and only
    when the span is not empty.
    """
    props = [f"file={escape_property(finding.path.replace(chr(92), '/'))}", f"line={finding.line}"]
    props.append(f"endLine={max(finding.end_line, finding.line)}")
    props.append(f"col={finding.column}")
    if finding.end_line == finding.line and finding.end_column - 1 >= finding.column:
        props.append(f"endColumn={finding.end_column - 1}")
    props.append(f"title={escape_property(f'{finding.rule_id} {finding.rule_name}')}")
    message = finding.message
    if len(message) > MAX_MESSAGE:
        message = message[: MAX_MESSAGE - 1] + "…"
    return f"::{COMMANDS[finding.severity]} {','.join(props)}::{escape_data(message)}"


def plain_line(finding: Finding) -> str:
    """A log line that can never be read as a workflow command (newlines are escaped)."""
    message = finding.message.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return (
        f"{finding.path}:{finding.line}:{finding.column}: {finding.rule_id} "
        f"[{finding.severity}] {message} ({finding.rule_name})"
    )


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    ordered = _order(findings)
    by_type = {sev: [f for f in ordered if f.severity == sev] for sev in COMMANDS}
    limits = dict.fromkeys(COMMANDS, PER_TYPE_LIMIT)
    if any(len(items) > PER_TYPE_LIMIT for items in by_type.values()):
        limits[Severity.INFO] = PER_TYPE_LIMIT - 1  # keep one notice for the "not shown" note
    shown: list[Finding] = []
    hidden: list[Finding] = []
    for finding in ordered:  # errors first, so the job-wide cap drops the least severe
        if sum(1 for f in shown if f.severity == finding.severity) < limits[finding.severity] and (
            len(shown) < JOB_LIMIT - 1
        ):
            shown.append(finding)
        else:
            hidden.append(finding)
    lines = [annotation(f) for f in shown]
    if hidden:
        counts = ", ".join(
            f"{n} {name}"
            for sev, name in (
                (Severity.ERROR, "error"),
                (Severity.WARNING, "warning"),
                (Severity.INFO, "info"),
            )
            if (n := sum(1 for f in hidden if f.severity == sev))
        )
        lines.append(f"awesomelint: {len(hidden)} more finding(s) not shown as annotations:")
        lines += [plain_line(f) for f in hidden]
        note = (
            f"{len(hidden)} finding(s) not shown as annotations ({counts}): GitHub shows at most "
            f"{PER_TYPE_LIMIT} per type per step and {JOB_LIMIT} per job. "
            "The step summary and the log above list them all."
        )
        lines.append(f"::notice title={escape_property('awesomelint')}::{escape_data(note)}")
    total = len(ordered)
    lines.append(
        f"awesomelint {context.version}: {total} finding(s) in {context.files_checked} file(s) "
        f"({len(by_type[Severity.ERROR])} error, {len(by_type[Severity.WARNING])} warning, "
        f"{len(by_type[Severity.INFO])} info)"
    )
    return "\n".join(lines) + "\n"
