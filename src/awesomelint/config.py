"""Configuration from ``.awesomelint.toml`` or ``[tool.awesomelint]`` in ``pyproject.toml``.

Validation is strict: an unknown key, rule, option or value is a ``UsageError`` naming it and the
file, because a silently ignored typo is a rule the user believes is on.
"""

from __future__ import annotations

import dataclasses
import tomllib
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from awesomelint.errors import UsageError
from awesomelint.finding import Severity
from awesomelint.profiles import PROFILES
from awesomelint.registry import Registry
from awesomelint.rule import Rule

CONFIG_NAMES = (".awesomelint.toml", "pyproject.toml")
TOP_KEYS = {"profile", "select", "ignore", "fail-on", "exclude", "rules", "links", "max-size", "check-papers",
            "papers"}


@dataclass(frozen=True, slots=True)
class RuleSetting:
    enabled: bool | None = None  # None: as the profile says
    severity: Severity | None = None
    options: Mapping[str, Any] = field(default_factory=dict)  # field names with '_'


@dataclass(frozen=True, slots=True)
class Config:
    source: Path | None = None  # the file it came from; None for defaults
    profile: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.ERROR
    exclude: tuple[str, ...] = ()
    max_size: int | None = None
    rules: Mapping[str, RuleSetting] = field(default_factory=dict)  # rule id -> setting
    links: Mapping[str, Any] = field(default_factory=dict)  # validated by the link checker
    check_papers: bool = False  # check-papers = true: like --check-papers for the files it governs
    papers: Mapping[str, Any] = field(default_factory=dict)  # [papers], validated by awesomelint.scholar

    @property
    def root(self) -> Path:
        return self.source.parent if self.source else Path.cwd()


def find_config(start: Path) -> Path | None:
    """The nearest config file from ``start`` (a file or folder) upward; in one folder
    ``.awesomelint.toml`` wins, and a ``pyproject.toml`` counts only with ``[tool.awesomelint]``."""
    folder = start if start.is_dir() else start.parent
    for directory in (folder.resolve(), *folder.resolve().parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "awesomelint" in _read_toml(path).get("tool", {})
    except UsageError:
        return True  # let load_config report the broken file


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read config: {exc}") from None


def load_config(path: Path, registry: Registry) -> Config:
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("awesomelint", {})
        where = f"{path} [tool.awesomelint]"
    else:
        where = str(path)
    return parse_config(data, registry, source=path, where=where)


def parse_config(data: Mapping[str, Any], registry: Registry, *, source: Path | None, where: str) -> Config:
    unknown = sorted(set(data) - TOP_KEYS)
    if unknown:
        raise UsageError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(TOP_KEYS))})")
    profile = data.get("profile")
    if profile is not None and profile not in PROFILES:
        raise UsageError(f"{where}: profile = {profile!r} is not one of {', '.join(PROFILES)}")
    select = _names(data.get("select", []), "select", where, registry)
    ignore = _names(data.get("ignore", []), "ignore", where, registry)
    fail_on = data.get("fail-on", "error")
    try:
        severity = Severity.parse(fail_on) if isinstance(fail_on, str) else None
    except ValueError:
        severity = None
    if severity is None:
        raise UsageError(f"{where}: fail-on = {fail_on!r} must be error, warning or info")
    exclude = data.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(x, str) for x in exclude):
        raise UsageError(f"{where}: exclude must be a list of glob patterns")
    max_size = data.get("max-size")
    if max_size is not None and (not isinstance(max_size, int) or max_size <= 0):
        raise UsageError(f"{where}: max-size must be a positive number of bytes")
    links = data.get("links", {})
    if not isinstance(links, dict):
        raise UsageError(f"{where}: [links] must be a table")
    from awesomelint.links.settings import LinkSettings  # validated now, used only with --check-links

    LinkSettings.from_mapping(links, source=f"{where} [links]", base_dir=source.parent if source else None)
    check_papers = data.get("check-papers", False)
    if not isinstance(check_papers, bool):
        raise UsageError(f"{where}: check-papers must be true or false")
    papers = data.get("papers", {})
    if not isinstance(papers, dict):
        raise UsageError(f"{where}: [papers] must be a table")
    from awesomelint.scholar.settings import from_mapping  # validated now, used only when papers are checked

    from_mapping(papers, source=where)
    rules_table = data.get("rules", {})
    if not isinstance(rules_table, dict):
        raise UsageError(f"{where}: [rules] must be a table")
    rules = {}
    for key, value in rules_table.items():
        rule = registry.get(key)
        if rule is None:
            raise UsageError(f"{where}: unknown rule {key!r} in [rules]")
        rules[rule.id] = parse_rule_setting(rule, value, f"{where} [rules.{key}]")
    return Config(source=source, profile=profile, select=select, ignore=ignore, fail_on=severity,
                  exclude=tuple(exclude), max_size=max_size, rules=rules, links=links, check_papers=check_papers,
                  papers=papers)


def _names(value: Any, key: str, where: str, registry: Registry) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise UsageError(f"{where}: {key} must be a list of rule ids or names")
    for name in value:
        if not registry.match(name):
            raise UsageError(f"{where}: unknown rule {name!r} in {key}")
    return tuple(value)


def parse_rule_setting(rule: Rule, value: Any, where: str) -> RuleSetting:
    """``"off"``, a severity, ``true``/``false``, or a table of ``severity`` plus the rule's options."""
    if isinstance(value, bool):
        return RuleSetting(enabled=value)
    if isinstance(value, str):
        return _severity_setting(value, where)
    if not isinstance(value, dict):
        raise UsageError(f"{where}: expected a severity or a table, got {value!r}")
    base = _severity_setting(value["severity"], where) if "severity" in value else RuleSetting(enabled=True)
    fields = rule.option_fields()
    options: dict[str, Any] = {}
    for key, raw in value.items():
        if key == "severity":
            continue
        if key not in fields:
            known = ", ".join(sorted(fields)) or "none"
            raise UsageError(f"{where}: unknown option {key!r} for rule {rule.name} (options: {known})")
        options[fields[key].name] = coerce_option(rule, fields[key], raw, where)
    return RuleSetting(enabled=base.enabled, severity=base.severity, options=options)


def _severity_setting(value: Any, where: str) -> RuleSetting:
    if value == "off":
        return RuleSetting(enabled=False)
    try:
        return RuleSetting(enabled=True, severity=Severity.parse(str(value)))
    except ValueError:
        raise UsageError(f"{where}: {value!r} is not off, error, warning or info") from None


def coerce_option(rule: Rule, option: dataclasses.Field[Any], raw: Any, where: str) -> Any:
    """Check a TOML value against the option's annotation; lists become tuples."""
    hints = typing.get_type_hints(rule.options)
    expected = hints.get(option.name, Any)
    origin = typing.get_origin(expected) or expected
    name = option.name.replace("_", "-")
    if origin is typing.Literal:
        choices = typing.get_args(expected)
        if raw not in choices:
            raise UsageError(f"{where}: option {name!r} must be one of {', '.join(map(repr, choices))}")
        return raw
    if origin in (tuple, list, frozenset, set):
        if not isinstance(raw, list):
            raise UsageError(f"{where}: option {name!r} must be a list")
        args = [a for a in typing.get_args(expected) if a is not Ellipsis]
        if args and args[0] in (str, int, float) and not all(isinstance(x, args[0]) for x in raw):
            raise UsageError(f"{where}: option {name!r} must be a list of {args[0].__name__}")
        return tuple(raw) if origin is tuple else origin(raw)
    if expected is bool and not isinstance(raw, bool):
        raise UsageError(f"{where}: option {name!r} must be true or false")
    if expected is int and (isinstance(raw, bool) or not isinstance(raw, int)):
        raise UsageError(f"{where}: option {name!r} must be a whole number")
    if expected is float and (isinstance(raw, bool) or not isinstance(raw, (int, float))):
        raise UsageError(f"{where}: option {name!r} must be a number")
    if expected is str and not isinstance(raw, str):
        raise UsageError(f"{where}: option {name!r} must be a string")
    if origin is dict and not isinstance(raw, dict):
        raise UsageError(f"{where}: option {name!r} must be a table")
    return raw


def options_for(rule: Rule, setting: RuleSetting | None, profile: str | None = None) -> Any:
    """The rule's options: its defaults, then the profile's preset, then the config's values."""
    preset = rule.meta.presets.get(profile, {}) if profile else {}
    configured = setting.options if setting is not None else {}
    if not preset and not configured:
        return rule.default_options()
    return rule.options(**{**preset, **configured})
