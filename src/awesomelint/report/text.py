"""Human output: ``path:line:col: ID [severity] message (name)``, grouped and coloured on a terminal."""

from __future__ import annotations

from collections.abc import Sequence

import click

from awesomelint.finding import Finding, Severity
from awesomelint.report.context import ReportContext, Summary

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(findings: Sequence[Finding], files: int) -> str:
    counts = Summary.of(findings)
    fixable, unsafe = counts.fixable, counts.unsafe
    text = (f"{_plural(counts.errors, 'error')}, {_plural(counts.warnings, 'warning')}, "
            f"{_plural(counts.infos, 'info')} in {_plural(files, 'file')}")
    if fixable or unsafe:
        parts = [f"{fixable} fixable with --fix"] if fixable else []
        parts += [f"{unsafe} more with --unsafe-fixes"] if unsafe else []
        text += f" ({', '.join(parts)})"
    return text


def render(findings: Sequence[Finding], context: ReportContext) -> str:
    color = context.color
    lines: list[str] = []
    grouped = color
    current = None
    for f in findings:
        if grouped and f.path != current:
            if current is not None:
                lines.append("")
            lines.append(click.style(f.path, bold=True, underline=True))
            current = f.path
        severity = str(f.severity)
        rule = f.rule_id
        if color:
            severity = click.style(severity, fg=_COLOURS[f.severity])
            rule = click.style(rule, bold=True)
        message = f.message.replace("\n", " ")
        lines.append(f"{f.path}:{f.line}:{f.column}: {rule} [{severity}] {message} ({f.rule_name})")
    if context.quiet:  # --quiet: the findings only
        return "".join(line + "\n" for line in lines)
    if findings:
        lines.append("")
    lines.append(summary(findings, context.files_checked))
    return "\n".join(lines) + "\n"
