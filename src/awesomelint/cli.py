"""The ``awesomelint`` command. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or input error."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from awesomelint import __version__
from awesomelint.budget import DEFAULT_MAX_TIME
from awesomelint.cli_params import (
    Duration,
    FilePath,
    GitRevision,
    LintPath,
    ReportFormat,
    RuleName,
    RuleWords,
    Seconds,
    one_line_errors,
)
from awesomelint.diffscope import DIFF_FILTERS
from awesomelint.errors import UsageError
from awesomelint.finding import Severity
from awesomelint.profiles import DESCRIPTIONS, PROFILES
from awesomelint.report.formats import FORMATS
from awesomelint.source import MAX_SIZE_LIMIT

if TYPE_CHECKING:  # the rest loads when a command runs: `awesomelint --version` and --help stay fast
    from awesomelint import prdiff
    from awesomelint.registry import Registry
    from awesomelint.report import outputs
    from awesomelint.report.context import LinkOccurrence
    from awesomelint.runner import FileResult

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
REPORT_ORDER = "awesomelint.report-order"


class _DefaultGroup(click.Group):
    """``awesomelint README.md`` means ``awesomelint check README.md``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h", "--version")):
            args = ["check", *args]
        return super().parse_args(ctx, args)

    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None,
                     **extra: Any) -> click.Context:
        with one_line_errors():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click.Context) -> Any:
        with one_line_errors():
            return super().invoke(ctx)


class _CheckCommand(click.Command):
    """Keeps the order in which click's parser saw ``--format`` and ``--output``: an ``--output`` after
    a ``--format`` writes that format (click gives each option's values, not how they interleave)."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        _, _, seen = self.make_parser(ctx).parse_args(args=list(args))
        kinds = {"formats": "format", "output_files": "output"}
        ctx.meta[REPORT_ORDER] = [kinds[p.name] for p in seen if p.name in kinds]
        return super().parse_args(ctx, args)


def _words(values: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return tuple(word for words in values for word in words)


def _use_color(no_color: bool) -> bool:
    return not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()


@click.group(cls=_DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="awesomelint")
def main() -> None:
    """Lint awesome lists and paper lists: structure, formatting, duplicates and dead links.

    Run `awesomelint [PATH]...` (the same as `awesomelint check`); with no path, the README of the
    current folder is linted.
    """


@main.command(cls=_CheckCommand)
@click.argument("paths", nargs=-1, type=LintPath())
@click.option("--format", "formats", multiple=True, default=("auto",), show_default=True,
              type=ReportFormat(FORMATS), metavar="FMT[:FILE]",
              help="Output format: auto, " + ", ".join(FORMATS) + "; FMT:FILE writes it to FILE (the terminal "
                   "still gets text). auto is github under GitHub Actions, else text. Repeatable.")
@click.option("-o", "--output", "output_files", multiple=True, type=FilePath(),
              help="Write the report to FILE in the format its extension names (.json, .sarif, .md; else text), "
                   "or in the --format right before it. Repeatable.")
@click.option("--profile", type=click.Choice(PROFILES), help="Rule set to use instead of the detected one.")
@click.option("--select", multiple=True, type=RuleWords(),
              help="Run only these rules (ids, names, aliases or id prefixes).")
@click.option("--ignore", multiple=True, type=RuleWords(), help="Do not run these rules.")
@click.option("--config", "config_path", type=FilePath(exists=True), help="Config file to use.")
@click.option("--fail-on", type=click.Choice([str(s) for s in sorted(Severity, reverse=True)]), default=None,
              help="Lowest severity that makes the exit code 1 [default: error, or the config's].")
@click.option("--fix", is_flag=True, help="Apply safe fixes in place (atomically).")
@click.option("--unsafe-fixes", is_flag=True,
              help="With --fix: also apply fixes that reword or reorder visible text (review the diff).")
@click.option("--diff", "show_diff", is_flag=True, help="With --fix: print the diff instead of writing.")
@click.option("--max-size", type=click.IntRange(min=1, max=MAX_SIZE_LIMIT),
              help="Largest file to read, in bytes [default: 20 MiB].")
@click.option("--max-time", type=Seconds(0), metavar="SECONDS", default=DEFAULT_MAX_TIME,
              help="Time budget per file (parse, rules, fixes): past it the file is an error naming the rule or "
                   "phase that was running, never a hang; 0: no limit [default: 600].")
@click.option("--diff-base", metavar="REF", type=GitRevision(),
              help="PR mode: report only what the change since the merge base with REF caused (see --diff-filter).")
@click.option("--diff-filter", type=click.Choice(DIFF_FILTERS), default="new", show_default=True,
              help="With --diff-base: new = findings the merge base does not have, wherever they are; "
                   "changed-lines = findings on changed lines; file = every finding in changed files.")
@click.option("--explain-profile", is_flag=True, help="Say which profile each file got, and why.")
@click.option("-q", "--quiet", is_flag=True, help="Print findings only: no summary.")
@click.option("--no-color", is_flag=True, help="No colours, even on a terminal.")
@click.option("--debug", is_flag=True, help="Show the traceback of a rule that crashed.")
# --- link checking (awesomelint.links) ---
@click.option("--check-links", is_flag=True,
              help="Check every distinct http(s) link once (GITHUB_TOKEN enables GitHub API checks).")
@click.option("--strict-links", is_flag=True,
              help="With --check-links: unreachable links (bot walls, rate limits, timeouts) are errors.")
@click.option("--allow-private", is_flag=True,
              help="With --check-links/--check-papers: allow requests to loopback, private and link-local addresses.")
@click.option("--cache", "link_cache", type=FilePath(),
              help="With --check-links/--check-papers: the cache file [default: .awesomelint-cache.json beside "
                   "the config].")
@click.option("--no-cache", "no_link_cache", is_flag=True, help="With --check-links/--check-papers: no cache.")
@click.option("--confirm-dead", type=Duration(), metavar="DURATION",
              help="With --check-links: a transient failure (5xx, refused, reset, TLS, time-out) is dead only "
                   "when it also failed on a run this long before (24h, 90m, 2d; a number is hours; 0: dead at "
                   "once) [default: [links] confirm-dead, 24h].")
@click.option("--links-timeout", type=Seconds(0), metavar="SECONDS",
              help="With --check-links: time budget of the whole link check; links not checked by then are "
                   "unknown [default: [links] total-timeout, 0 = none].")
# --- end of link checking options ---
# --- paper checking (awesomelint.scholar) ---
@click.option("--check-papers", is_flag=True,
              help="Check each paper entry against arXiv, Semantic Scholar, Crossref, OpenAlex and DBLP "
                   "(S2_API_KEY, OPENALEX_API_KEY and [papers] mailto are used when set).")
@click.option("--strict-papers", is_flag=True,
              help="With --check-papers: exit 2 when the scholarly sources cannot be reached or leave entries "
                   "unanswered.")
# --- end of paper checking options ---
def check(paths: tuple[Path, ...], formats: tuple[str, ...], output_files: tuple[Path, ...], profile: str | None,
          select: tuple[tuple[str, ...], ...],
          ignore: tuple[tuple[str, ...], ...], config_path: Path | None, fail_on: str | None, fix: bool,
          unsafe_fixes: bool,
          show_diff: bool,
          max_size: int | None, max_time: float, diff_base: str | None, diff_filter: str, explain_profile: bool,
          quiet: bool,
          no_color: bool,
          check_links: bool = False, strict_links: bool = False, allow_private: bool = False,
          link_cache: Path | None = None, no_link_cache: bool = False, links_timeout: float | None = None,
          confirm_dead: float | None = None,
          debug: bool = False,
          check_papers: bool = False, strict_papers: bool = False) -> None:
    """Lint PATHS (files, or folders whose README is linted)."""
    from awesomelint import prdiff
    from awesomelint.discovery import resolve_paths
    from awesomelint.engine import Overrides
    from awesomelint.registry import default_registry
    from awesomelint.report import outputs
    from awesomelint.runner import RunOptions, failing, run

    try:
        registry = default_registry()
        targets = resolve_paths(paths)
        order = click.get_current_context().meta.get(REPORT_ORDER, [])
        destinations = outputs.plan(outputs.in_order(formats, output_files, order))
        files = [t for t in targets if isinstance(t, Path)]
        _refuse_overwriting(destinations, files)
        scope = prdiff.prepare(files, diff_base, diff_filter) if diff_base else None
    except UsageError as exc:
        _fail(str(exc))
    if show_diff and not fix:
        fix = True
    check_links = check_links or strict_links
    check_papers = check_papers or strict_papers
    paper_status: list[Any] = []
    options = RunOptions(
        overrides=Overrides(profile=profile, select=_words(select), ignore=_words(ignore), check_links=check_links,
                            strict_links=strict_links, check_papers=check_papers),
        config_path=config_path, fix=fix, unsafe_fixes=unsafe_fixes, diff=show_diff, max_size=max_size,
        max_time=max_time or None,
        link_provider=_link_provider(strict_links, allow_private, link_cache, no_link_cache, quiet, scope,
                                     links_timeout, confirm_dead)
        if check_links else None,
        diff_scope=scope,
        paper_provider=_paper_provider(check_papers, strict_papers, allow_private, link_cache, no_link_cache,
                                       profile, scope, paper_status, not quiet),
    )
    try:
        results = run(files, options, registry)
    except UsageError as exc:
        _fail(str(exc))
    errors = [t for t in targets if isinstance(t, str)] + [f"{r.error}" for r in results if r.error]
    for message in errors:
        click.echo(f"awesomelint: error: {message}", err=True)
    if explain_profile:
        for r in results:
            if r.profile:
                click.echo(f"{r.display}: profile {r.profile[0]}: {r.profile[1]}", err=True)
    for r in results:
        if r.diff:
            click.echo(r.diff, nl=False)
        elif fix and r.fixes_applied and not quiet:
            click.echo(f"{r.display}: applied {r.fixes_applied} fix(es)", err=True)
    try:
        _report(results, registry, destinations, quiet, no_color, step_files=not show_diff)
    except UsageError as exc:
        _fail(str(exc))
    crashes = [(r, crash) for r in results for crash in r.crashes]
    for r, crash in crashes:
        click.echo(f"awesomelint: internal error: rule {crash.rule.id} ({crash.rule.name}) crashed on "
                   f"{r.display}:{crash.line}: {crash.error}" + ("" if debug else " (--debug shows the traceback)"),
                   err=True)
        if debug:
            click.echo(crash.traceback, err=True, nl=False)
    offline = [s for s in paper_status if s.offline]
    partial = [s for s in paper_status if s.unanswered and not s.offline]
    if offline:
        reason = offline[0].errors[0] if offline[0].errors else "no answer"
        click.echo(f"awesomelint: papers: no network: the scholarly sources could not be reached ({reason}); "
                   f"{sum(s.lookups for s in offline)} paper lookups were not made", err=True)
    elif partial:
        reason = partial[0].errors[0] if partial[0].errors else "no answer"
        click.echo(f"awesomelint: papers: {sum(s.unanswered for s in partial)} paper entries got no answer "
                   f"({reason}); they are checked again next run", err=True)
    if errors or crashes or ((offline or partial) and strict_papers):
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_FINDINGS if failing(results, Severity.parse(fail_on) if fail_on else None) else EXIT_CLEAN)


def _refuse_overwriting(destinations: list[outputs.Destination], files: list[Path]) -> None:
    """A report written over a linted file would lose the list: ``awesomelint -o README.md``."""
    linted = {f.resolve() for f in files}
    for destination in destinations:
        if destination.path is not None and destination.path.resolve() in linted:
            raise UsageError(f"--output {destination.path}: that is a file being linted; "
                             "the report would overwrite it")


def _link_provider(strict: bool, allow_private: bool, cache: Path | None, no_cache: bool, quiet: bool,
                   scope: prdiff.DiffScope | None, total_timeout: float | None = None,
                   confirm_dead: float | None = None) -> Any:
    """The link checker as the run's link provider (the verdicts for every document)."""
    from awesomelint.links.provider import LinkRunOptions, link_provider

    def in_scope(doc: Any, line: int) -> bool:
        return scope is not None and scope.link_in_scope(doc.path, line)

    return link_provider(LinkRunOptions.from_env(
        strict=strict, allow_private=allow_private, cache=cache, no_cache=no_cache, progress=not quiet,
        total_timeout=total_timeout, confirm_dead=confirm_dead, in_scope=in_scope if scope is not None else None))



def _paper_provider(check: bool, strict: bool, allow_private: bool, cache: Path | None, no_cache: bool,
                    profile: str | None, scope: prdiff.DiffScope | None, status: list[Any], progress: bool) -> Any:
    """Paper checking as the run's paper provider: for --check-papers, and for files whose config says
    ``check-papers = true`` (awesomelint.scholar loads only then)."""

    def in_scope(doc: Any, line: int) -> bool:
        return scope is not None and scope.link_in_scope(doc.path, line)

    def provide(items: Any) -> Any:
        if not check and not any(config.check_papers for _, config in items):
            return {}
        from awesomelint.scholar.provider import PaperRunOptions, paper_provider

        return paper_provider(PaperRunOptions(
            check=check, strict=strict, allow_private=allow_private, cache=cache, no_cache=no_cache, profile=profile,
            in_scope=in_scope if scope is not None else None, status=status, progress=progress))(items)

    return provide


def _report(results: list[FileResult], registry: Registry, destinations: list[outputs.Destination],
            quiet: bool, no_color: bool, *, step_files: bool = True) -> None:
    from awesomelint.report import outputs, renderer
    from awesomelint.report.context import ReportContext

    findings = sorted(f for r in results for f in r.findings)
    context = ReportContext(
        files=[r.display for r in results if r.document is not None],
        rules=list(registry),
        sources={r.display: r.document.text for r in results if r.document is not None},
        documents={r.display: r.document for r in results if r.document is not None},
        link_results=_link_results(results),
        paper_results=_paper_results(results),
    )
    for destination in destinations:
        fmt = _resolve_format(destination.format)
        terminal = destination.path is None
        output = renderer(fmt)(findings, replace(context, color=terminal and _use_color(no_color),
                                                 quiet=terminal and quiet))
        if destination.path is None:
            click.echo(output, nl=False)
        else:
            outputs.write(destination.path, output)
    if step_files:
        outputs.github_step_files(findings, context)


def _link_results(results: list[FileResult]) -> list[LinkOccurrence] | None:
    """Link verdicts at each link, for the reports; None when no file had its links checked."""
    from awesomelint.report.context import link_occurrences

    found = [link_occurrences(r.display, r.document, r.links) for r in results if r.document is not None]
    checked = [occurrence for per_file in found if per_file is not None for occurrence in per_file]
    return checked if any(per_file is not None for per_file in found) else None


def _paper_results(results: list[FileResult]) -> list[dict[str, Any]] | None:
    """Each checked paper entry with its record, for the JSON report; None when papers were not checked."""
    if all(r.papers is None for r in results):
        return None
    out = []
    for r in results:
        for check in sorted((r.papers.checks.values() if r.papers else ()), key=lambda c: (c.line, c.column)):
            out.append({"path": r.display, "line": check.line, "title": check.title, "ids": list(check.ids),
                        "resolved_by": check.resolved_by, "record": check.record.as_json() if check.record else None,
                        "verdict": check.verdict})
    return out


def _resolve_format(name: str) -> str:
    """``auto`` is github under GitHub Actions, else text; other names were checked by ``ReportFormat``."""
    if name == "auto":
        return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    return name


def _fail(message: str) -> Any:
    click.echo(f"awesomelint: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@main.command("rules")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--profile", type=click.Choice(PROFILES),
              help="Only the rules this profile runs by default, with the option values it presets.")
def rules_command(fmt: str, profile: str | None) -> None:
    """List every rule: id, name, severity, fixable, summary."""
    from awesomelint.registry import default_registry

    try:
        registry = default_registry()
    except UsageError as exc:
        _fail(str(exc))
    chosen = [r for r in registry if profile is None or profile in r.meta.profiles]
    if profile is not None and fmt == "text":
        click.echo(f"# profile {profile}: {DESCRIPTIONS[profile]} ({len(chosen)} rules)")
    if fmt == "json":
        import json

        click.echo(json.dumps([
            {"id": r.id, "name": r.name, "summary": r.meta.summary, "severity": str(r.meta.severity),
             "fixable": r.meta.fixable, "network": r.meta.network, "aliases": list(r.meta.aliases),
             "profiles": sorted(r.meta.profiles), "source": r.source,
             **({"preset": dict(r.meta.presets.get(profile, {}))} if profile else {})}
            for r in chosen
        ], indent=2))
        return
    for r in chosen:
        flags = ("fix " if r.meta.fixable else "    ") + ("net" if r.meta.network else "   ")
        preset = r.meta.presets.get(profile, {}) if profile else {}
        options = "  [" + ", ".join(f"{k.replace('_', '-')} = {v!r}" for k, v in preset.items()) + "]" if preset else ""
        click.echo(f"{r.id}  {r.name:<32} {r.meta.severity!s:<8} {flags}  {r.meta.summary}{options}")


@main.command()
@click.argument("rule", type=RuleName())
def explain(rule: str) -> None:
    """Show what RULE (an id, name or alias) checks, why, examples and options."""
    from awesomelint.registry import default_registry
    from awesomelint.rule_docs import rule_doc_text

    found = default_registry().get(rule)
    assert found is not None  # RuleName found it
    click.echo(rule_doc_text(found))


@main.command("init")
@click.argument("folder", default=".", type=click.Path(exists=True, file_okay=False, path_type=Path))
def init_command(folder: Path) -> None:
    """Add a starter .awesomelint.toml, a GitHub workflow and a pre-commit entry to FOLDER's repository.

    Existing files are never overwritten.
    """
    from awesomelint.scaffold import init_project

    for outcome in init_project(folder):
        click.echo(f"{outcome.path}: {outcome.note}")
