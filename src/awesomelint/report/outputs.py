"""Where each report goes: ``--format FMT[:FILE]`` and ``--output FILE``, and GitHub Actions' step files.

``--format FMT:FILE`` writes that format to FILE. An ``--output FILE`` takes the ``--format`` right
before it on the command line (the older spelling of the same), or, when another ``--output`` or
nothing comes before it, the format its extension names. At most one format is left for the
terminal; with none, the terminal gets ``auto`` (github under GitHub Actions, else text), so a run
that writes files still shows its findings.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from awesomelint.errors import UsageError
from awesomelint.finding import Finding, Severity
from awesomelint.report import markdown
from awesomelint.report.context import ReportContext, Summary

EXTENSIONS = {".sarif": "sarif", ".json": "json", ".md": "markdown", ".markdown": "markdown"}


@dataclass(frozen=True, slots=True)
class Destination:
    format: str
    path: Path | None  # None: the terminal


def in_order(formats: Sequence[str], files: Sequence[Path], order: Sequence[str]) -> list[tuple[str, str]]:
    """``("format", value)`` and ``("output", path)`` in command-line order: click gives each option's
    values in order, and ``order`` (from click's parser) says which option came at each step."""
    values = {"format": iter(formats), "output": iter(str(f) for f in files)}
    return [(kind, next(values[kind])) for kind in order]


def plan(events: Sequence[tuple[str, str]]) -> list[Destination]:
    """Pair formats with outputs; the terminal's destination comes first."""
    pending: list[str] = []  # formats not followed directly by an --output
    files: list[Destination] = []
    previous = ""
    for kind, value in events:
        if kind == "format" and ":" in value:  # --format FMT:FILE
            name, _, path = value.partition(":")
            files.append(Destination(name, Path(path)))
            kind = "format-to-file"
        elif kind == "format":
            pending.append(value)
        elif previous == "format":
            files.append(Destination(pending.pop(), Path(value)))
        else:
            name = EXTENSIONS.get(Path(value).suffix.lower(), "text")
            files.append(Destination(name, Path(value)))
        previous = kind
    if len(pending) > 1:
        raise UsageError(
            f"--format {' and '.join(pending)}: only one format can go to the terminal; "
            "give the others a file: --format FMT:FILE"
        )
    return [Destination(pending[0] if pending else "auto", None), *files]


def write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"--output {path}: cannot write ({exc.strerror or exc})") from None


DEAD_RULES = frozenset({"dead-link"})  # and unreachable-link where --strict-links makes it an error


def is_dead_link(finding: Finding) -> bool:
    return finding.rule_name in DEAD_RULES or (
        finding.rule_name == "unreachable-link" and finding.severity is Severity.ERROR)


def counts(findings: Sequence[Finding], context: ReportContext) -> dict[str, int]:
    """The Action's outputs; ``dead-links`` counts the dead-link findings reported (what the annotations show)."""
    summary = Summary.of(findings)
    return {
        "findings": len(findings),
        "errors": summary.errors,
        "warnings": summary.warnings,
        "dead-links": sum(1 for f in findings if is_dead_link(f)),
    }


def blob_url(env: Mapping[str, str]) -> str | None:
    """``<server>/<repo>/blob/<commit>/`` for the commit linted: a pull request's head, else ``GITHUB_SHA``."""
    repo = env.get("GITHUB_REPOSITORY")
    if not repo:
        return None
    sha = env.get("GITHUB_SHA", "")
    try:
        event = json.loads(Path(env.get("GITHUB_EVENT_PATH", "")).read_text(encoding="utf-8"))
        sha = str(event["pull_request"]["head"]["sha"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    server = env.get("GITHUB_SERVER_URL") or "https://github.com"
    return f"{server}/{repo}/blob/{sha}/" if sha else None


def github_step_files(
    findings: Sequence[Finding], context: ReportContext, env: Mapping[str, str] | None = None
) -> None:
    """Under GitHub Actions: append the Markdown summary and the counts to the step's files.

    Not under pre-commit (``PRE_COMMIT`` is set), whose batches would each add a summary; the CLI also
    skips it for ``--diff``, whose output is a patch."""
    env = os.environ if env is None else env
    if env.get("GITHUB_ACTIONS") != "true" or env.get("PRE_COMMIT"):
        return  # pre-commit runs a batch per process: its summaries would repeat
    if summary := env.get("GITHUB_STEP_SUMMARY"):
        _append(Path(summary), markdown.render(findings, replace(context, source_url=blob_url(env))))
    if output := env.get("GITHUB_OUTPUT"):
        lines = [f"{key}={value}\n" for key, value in counts(findings, context).items()]
        _append(Path(output), "".join(lines))


def _append(path: Path, text: str) -> None:
    try:
        with path.open("a", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write the GitHub Actions file ({exc.strerror or exc})") from None
