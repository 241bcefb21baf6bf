"""Runs the enabled rules over one document and turns their problems into findings.

The engine owns policy: which rules run (profile, config, --select/--ignore), their severity and
options, inline directives, the path, and the order of findings. Rules only see the document.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from awesomelint.config import Config, options_for
from awesomelint.directives import Suppressions, parse_directives
from awesomelint.document import Document
from awesomelint.errors import UsageError
from awesomelint.finding import Finding, Severity
from awesomelint.parser import parse
from awesomelint.profiles import detect_profile
from awesomelint.registry import Registry, default_registry
from awesomelint.rule import Rule


@dataclass(frozen=True, slots=True)
class Overrides:
    """What the command line adds on top of the config file."""

    profile: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    check_links: bool = False


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
        if rule.meta.network and not overrides.check_links:
            continue
        severity = (setting.severity if setting and setting.severity else None) or rule.meta.severity
        try:
            options = options_for(rule, setting, profile)
        except TypeError as exc:
            raise UsageError(f"{config.source}: options for {rule.name}: {exc}") from None
        active.append(ActiveRule(rule, severity, options))
    return Plan(profile, reason, tuple(active))


def run_rules(doc: Document, plan: Plan, display_path: str, registry: Registry) -> list[Finding]:
    directives, _ = parse_directives(doc)
    names_of = {r.id: frozenset(n.lower() for n in r.names()) for r in registry}
    suppressions = Suppressions(directives, names_of)
    findings: list[Finding] = []
    line_count = max(len(doc.lines), 1)
    for active in plan.rules:
        meta = active.rule.meta
        for problem in active.rule.check(doc, active.options):
            line = min(max(problem.line, 1), line_count)
            if suppressions.suppressed(meta.id, line):
                continue
            column = max(problem.column, 1)
            end_line = problem.end_line or line
            end_column = problem.end_column or column + 1
            findings.append(Finding(
                path=display_path, line=line, column=column, rule_id=meta.id,
                end_line=end_line, end_column=end_column, rule_name=meta.name,
                severity=problem.severity or active.severity, message=problem.message,
                fix=problem.fix if meta.fixable else None,
            ))
    findings.sort()
    return findings


def lint_document(doc: Document, *, config: Config | None = None, overrides: Overrides | None = None,
                  registry: Registry | None = None, display_path: str | None = None,
                  extras: Mapping[str, Any] | None = None) -> list[Finding]:
    registry = registry or default_registry()
    config = config or Config()
    overrides = overrides or Overrides()
    if extras:
        doc = replace(doc, extras={**doc.extras, **extras})
    doc = replace(doc, extras={**doc.extras, "rule_names": registry.names()})
    plan = plan_rules(doc, config, overrides, registry)
    return run_rules(doc, plan, display_path or doc.path.as_posix(), registry)


def lint_text(text: str, *, path: str | Path = "README.md", config: Config | None = None,
              profile: str | None = None, select: Sequence[str] = (), ignore: Sequence[str] = (),
              extras: Mapping[str, Any] | None = None, registry: Registry | None = None) -> list[Finding]:
    """Lint Markdown text: the library entry point (``from awesomelint import lint_text``)."""
    doc = parse(text, Path(path))
    overrides = Overrides(profile=profile, select=tuple(select), ignore=tuple(ignore),
                          check_links=bool(extras and "link_results" in extras))
    return lint_document(doc, config=config, overrides=overrides, registry=registry,
                         display_path=Path(path).as_posix(), extras=extras)


def count_by_severity(findings: Iterable[Finding]) -> dict[Severity, int]:
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts
