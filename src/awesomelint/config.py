"""Configuration from ``.awesomelint.toml`` or ``[tool.awesomelint]`` in ``pyproject.toml``.

Validation is strict: an unknown key, rule, option or value is a ``UsageError`` naming it and the
file, because a silently ignored typo is a rule the user believes is on.
"""

from __future__ import annotations

import dataclasses
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

from awesomelint.errors import UsageError
from awesomelint.finding import Severity
from awesomelint.options import Glob, Invalid, Range, Token, check, option_types, show
from awesomelint.profiles import PROFILES
from awesomelint.registry import Registry
from awesomelint.rule import Rule
from awesomelint.source import MAX_SIZE_LIMIT

if TYPE_CHECKING:
    from awesomelint.linksettings import LinkSettings

CONFIG_NAMES = (".awesomelint.toml", "pyproject.toml")
MAX_CONFIG_BYTES = 1024 * 1024  # a config is a few lines; anything near this is not one
MAX_DEPTH = 16  # tables and lists inside [tool.awesomelint]; the deepest real one (venue aliases) is 4

# The top-level keys: type and form (awesomelint.options). Rule names, [links] and [papers] are checked after.
TOP_LEVEL: dict[str, Any] = {
    "profile": Literal.__getitem__(PROFILES),
    "select": tuple[Annotated[str, Token()], ...],
    "ignore": tuple[Annotated[str, Token()], ...],
    "fail-on": Literal["error", "warning", "info"],
    "exclude": tuple[Annotated[str, Glob()], ...],
    "max-size": Annotated[int, Range(1, MAX_SIZE_LIMIT)],
    "check-papers": bool,
    "rules": dict[str, Any],
    "links": dict[str, Any],
    "papers": dict[str, Any],
}
TOP_KEYS = set(TOP_LEVEL)


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
    links: Mapping[str, Any] = field(default_factory=dict)  # the [links] table as written
    link_settings: LinkSettings | None = None  # [links] parsed (None: no config file, the defaults)
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
        tool = _read_toml(path).get("tool", {})
    except UsageError:
        return True  # let load_config report the broken file
    return not isinstance(tool, dict) or "awesomelint" in tool


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise UsageError(f"{path}: config file is larger than {MAX_CONFIG_BYTES // 1024} KiB: not a config")
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))  # an editor's BOM is not a TOML error
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: invalid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses into nested arrays and inline tables
        raise UsageError(f"{path}: invalid TOML: nested more than {MAX_DEPTH} levels deep") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"{path}: cannot read config: {exc}") from None


def _too_deep(data: Any) -> bool:
    """Whether lists and tables nest more than ``MAX_DEPTH`` levels (walked without recursion)."""
    level: list[tuple[Any, int]] = [(data, 0)]
    while level:
        value, depth = level.pop()
        if depth > MAX_DEPTH:
            return True
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        level.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def load_config(path: Path, registry: Registry) -> Config:
    data = _read_toml(path)
    where = str(path)
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise UsageError(f"{path}: tool = {show(tool)} must be a table ([tool.awesomelint])")
        data = tool.get("awesomelint", {})
        where = f"{path} [tool.awesomelint]"
        if not isinstance(data, dict):
            raise UsageError(f"{where} = {show(data)} must be a table")
    if _too_deep(data):
        raise UsageError(f"{where}: nested more than {MAX_DEPTH} levels deep: not a config")
    return parse_config(data, registry, source=path, where=where)


def parse_config(data: Mapping[str, Any], registry: Registry, *, source: Path | None, where: str) -> Config:
    unknown = sorted(set(data) - TOP_KEYS)
    if unknown:
        raise UsageError(f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(TOP_KEYS))})")
    values: dict[str, Any] = {}
    for key, raw in data.items():
        try:
            values[key] = check(TOP_LEVEL[key], raw)
        except Invalid as exc:
            raise UsageError(f"{where}: {exc.describe(key)}") from None
    select = _names(values.get("select", ()), "select", where, registry)
    ignore = _names(values.get("ignore", ()), "ignore", where, registry)
    links = values.get("links", {})
    from awesomelint.linksettings import LinkSettings  # parsed once, here; the checker loads only with --check-links

    link_settings = LinkSettings.from_mapping(links, source=f"{where} [links]",
                                              base_dir=source.parent if source else None)
    papers = values.get("papers", {})
    from awesomelint.scholar.settings import from_mapping  # validated now, used only when papers are checked

    from_mapping(papers, source=where)
    rules = {}
    named: dict[str, str] = {}  # rule id -> the key that configured it
    for key, value in values.get("rules", {}).items():
        rule = registry.get(key)
        if rule is None:
            raise UsageError(f"{where}: unknown rule {key!r} in [rules]")
        if rule.id in named:  # AL003 and duplicate-link: one would silently override the other
            raise UsageError(f"{where}: rule {rule.id} is configured twice in [rules], as {named[rule.id]!r} "
                             f"and {key!r}")
        named[rule.id] = key
        rules[rule.id] = parse_rule_setting(rule, value, f"{where} [rules.{key}]")
    return Config(source=source, profile=values.get("profile"), select=select, ignore=ignore,
                  fail_on=Severity.parse(values.get("fail-on", "error")), exclude=values.get("exclude", ()),
                  max_size=values.get("max-size"), rules=rules, links=links, link_settings=link_settings,
                  check_papers=values.get("check-papers", False), papers=papers)


def _names(value: tuple[str, ...], key: str, where: str, registry: Registry) -> tuple[str, ...]:
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
    """Check a TOML value against the option's declared type and constraints (``awesomelint.options``)."""
    name = option.name.replace("_", "-")
    try:
        return check(option_types(rule.options).get(name, Any), raw)
    except Invalid as exc:
        raise UsageError(f"{where}: {exc.describe(name)}") from None


def options_for(rule: Rule, setting: RuleSetting | None, profile: str | None = None) -> Any:
    """The rule's options: its defaults, then the profile's preset, then the config's values."""
    preset = rule.meta.presets.get(profile, {}) if profile else {}
    configured = setting.options if setting is not None else {}
    if not preset and not configured:
        return rule.default_options()
    return rule.options(**{**preset, **configured})
