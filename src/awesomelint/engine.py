"""Runs the enabled rules over one document and turns their problems into findings.

The engine owns policy: which rules run (profile, config, --select/--ignore), their severity and
options, inline directives, the path, and the order of findings. Rules see the document and, when
they ask for it, the run's ``RuleContext``. A rule that raises does not take the run down: its
exception becomes one ``AL999 rule-crashed`` finding, and the run ends with exit code 2.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from awesomelint import budget, memo
from awesomelint.config import Config, options_for
from awesomelint.context import LinkFacts, RuleContext
from awesomelint.directives import Suppressions, parse_directives
from awesomelint.document import Document
from awesomelint.errors import UsageError
from awesomelint.finding import Finding, Severity
from awesomelint.parse.parser import parse
from awesomelint.profiles import detect_profile
from awesomelint.registry import Registry, default_registry
from awesomelint.rule import Rule

if TYPE_CHECKING:
    from awesomelint.papers.record import PaperFacts

CRASH_ID = "AL999"  # reserved: an internal error in a rule, never a rule of its own
CRASH_NAME = "rule-crashed"


@dataclass(frozen=True, slots=True)
class Overrides:
    """What the command line adds on top of the config file."""

    profile: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    check_links: bool = False
    check_papers: bool = False
    strict_links: bool = False  # rules with a strict-links severity use it


@dataclass(frozen=True, slots=True)
class ActiveRule:
    rule: Rule
    severity: Severity
    options: Any


@dataclass(frozen=True, slots=True)
class Plan:
    profile: str
    profile_reason: str
    rules: tuple[ActiveRule, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class Crash:
    """A rule that raised: which, where in the document it was, and the traceback for --debug."""

    rule: Rule
    line: int
    error: str
    traceback: str


def plan_rules(doc: Document, config: Config, overrides: Overrides, registry: Registry) -> Plan:
    """Decide the rules for one document: profile defaults, then config, then --select/--ignore."""
    if overrides.profile:
        profile, reason = overrides.profile, "chosen with --profile"
    elif config.profile:
        profile, reason = config.profile, f"set in {config.source}"
    else:
        profile, reason = detect_profile(doc)
    select = [*config.select, *overrides.select]
    ignore = [*config.ignore, *overrides.ignore]
    selected = {r.id for word in select for r in registry.match(word)}
    ignored = {r.id for word in ignore for r in registry.match(word)}
    for word in (*select, *ignore):
        if not registry.match(word):
            raise UsageError(f"unknown rule {word!r} in --select/--ignore (see: awesomelint rules)")
    active = []
    for rule in registry:
        setting = config.rules.get(rule.id)
        if select:
            on = rule.id in selected
        elif setting is not None and setting.enabled is not None:
            on = setting.enabled
        else:
            on = profile in rule.meta.profiles
        if not on or rule.id in ignored:
            continue
        if rule.meta.network and not (overrides.check_papers or config.check_papers
                                      if rule.meta.online == "papers" else overrides.check_links):
            continue
        try:
            options = options_for(rule, setting, profile)
        except TypeError as exc:
            raise UsageError(f"{config.source}: options for {rule.name}: {exc}") from None
        active.append(ActiveRule(rule, severity_of(rule, config, overrides), options))
    return Plan(profile, reason, tuple(active))


def severity_of(rule: Rule, config: Config, overrides: Overrides) -> Severity:
    """The config's severity for the rule, else its strict-links severity when asked, else its default."""
    setting = config.rules.get(rule.id)
    if setting is not None and setting.severity is not None:
        return setting.severity
    strict = overrides.strict_links or bool(config.links.get("strict", False))
    if strict and rule.meta.strict_links_severity is not None:
        return rule.meta.strict_links_severity
    return rule.meta.severity


def run_rules(doc: Document, plan: Plan, display_path: str, registry: Registry,
              links: LinkFacts | None = None, crashes: list[Crash] | None = None,
              papers: PaperFacts | None = None) -> list[Finding]:
    """Every active rule's findings, sorted; a rule that raises adds one AL999 finding (and a ``Crash``)."""
    directives, bad = parse_directives(doc)
    names_of = {r.id: frozenset(n.lower() for n in r.names()) for r in registry}
    suppressions = Suppressions(directives, names_of)
    ctx = RuleContext(rule_names=registry.names(), bad_directives=tuple(bad), links=links, papers=papers)
    findings: list[Finding] = []
    line_count = max(len(doc.lines), 1)
    with memo.scope():
        for active in plan.rules:
            meta = active.rule.meta
            try:
                with budget.phase(f"rule {meta.id} ({meta.name})"):
                    problems = list(active.rule.run(doc, active.options, ctx))
            except Exception as exc:  # a bug in one rule must not hide every other rule's findings
                crash = _crash(active.rule, exc, line_count)
                if crashes is not None:
                    crashes.append(crash)
                findings.append(Finding(
                    path=display_path, line=crash.line, column=1, rule_id=CRASH_ID, end_line=crash.line,
                    end_column=1, rule_name=CRASH_NAME, severity=Severity.ERROR,
                    message=f"internal error: rule {meta.id} ({meta.name}) crashed here: {crash.error}; "
                            "please report it (run with --debug for the traceback)"))
                continue
            for problem in problems:
                line = min(max(problem.line, 1), line_count)
                if suppressions.suppressed(meta.id, line):
                    continue
                column = max(problem.column, 1)
                end_line = problem.end_line or line
                end_column = problem.end_column or _one_past(doc, end_line, column)
                findings.append(Finding(
                    path=display_path, line=line, column=column, rule_id=meta.id,
                    end_line=end_line, end_column=end_column, rule_name=meta.name,
                    severity=active.severity, message=problem.message,
                    fix=problem.fix if meta.fixable else None,
                ))
    findings.sort()
    return findings


def _one_past(doc: Document, line: int, column: int) -> int:
    """The default end of a finding: one character, or none at the end of its line (never past it)."""
    width = len(doc.lines[line - 1]) if 0 < line <= len(doc.lines) else 0
    return max(column, min(column + 1, width + 1))


def _crash(rule: Rule, exc: Exception, line_count: int) -> Crash:
    return Crash(rule, _line_being_checked(exc.__traceback__, line_count), f"{type(exc).__name__}: {exc}",
                 "".join(traceback.format_exception(exc)))


def _line_being_checked(tb: TracebackType | None, line_count: int) -> int:
    """The line of the innermost entry, link or heading a frame of the traceback was working on."""
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    for frame in reversed(frames):
        for value in frame.f_locals.values():
            line = _model_line(value)
            if line is not None and 1 <= line <= line_count:
                return line
    return 1


def _model_line(value: object) -> int | None:
    """A positioned model object's line; anything else (a plugin's object whose attributes raise or
    compute) is looked at through its instance dict only, never through a property."""
    try:
        attributes = vars(value)
    except TypeError:  # slots or a builtin: ask the class's declared fields
        attributes = {name: getattr(value, name, None) for name in ("line", "end_line")
                      if name in getattr(type(value), "__dataclass_fields__", {})}
    except Exception:  # a hostile __dict__ must not mask the crash being reported
        return None
    line = attributes.get("line")
    return line if isinstance(line, int) and "end_line" in attributes else None


def lint_document(doc: Document, *, config: Config | None = None, overrides: Overrides | None = None,
                  registry: Registry | None = None, display_path: str | None = None,
                  links: LinkFacts | None = None, plan: Plan | None = None, papers: PaperFacts | None = None,
                  crashes: list[Crash] | None = None) -> list[Finding]:
    """Lint one parsed document; ``plan`` (from ``plan_rules``) is reused across fix passes."""
    registry = registry or default_registry()
    config = config or Config()
    overrides = overrides or Overrides()
    with memo.scope():
        plan = plan or plan_rules(doc, config, overrides, registry)
        return run_rules(doc, plan, display_path or doc.path.as_posix(), registry, links, crashes, papers)


def lint_text(text: str, *, path: str | Path = "README.md", config: Config | None = None,
              profile: str | None = None, select: Sequence[str] = (), ignore: Sequence[str] = (),
              link_results: Mapping[str, Any] | None = None, strict_links: bool = False,
              registry: Registry | None = None) -> list[Finding]:
    """Lint Markdown text: the library entry point (``from awesomelint import lint_text``).

    ``link_results`` (URL -> ``LinkResult``) stands in for a link check: network rules run on them.
    """
    doc = parse(text, Path(path))
    links = LinkFacts(link_results, strict_links) if link_results is not None else None
    overrides = Overrides(profile=profile, select=tuple(select), ignore=tuple(ignore),
                          check_links=links is not None, strict_links=strict_links)
    return lint_document(doc, config=config, overrides=overrides, registry=registry,
                         display_path=Path(path).as_posix(), links=links)
