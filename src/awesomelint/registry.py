"""All rules by id, name and alias: the built-ins in ``awesomelint.rules`` plus third-party rules
from the ``awesomelint.rules`` entry-point group (the flake8/mdformat plugin door).

Built-in rules come from the generated metadata index (``awesomelint.ruleindex``) and import their
module only when they run; plugin rules are imported when the registry is built."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.metadata import entry_points
from types import ModuleType

from awesomelint.errors import UsageError
from awesomelint.rule import Rule, rule_from_module

ENTRY_POINT_GROUP = "awesomelint.rules"
BUILTIN_PREFIX = "AL"


class Registry:
    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules: tuple[Rule, ...] = tuple(sorted(rules, key=lambda r: r.id))
        self._by_name: dict[str, Rule] = {}
        for rule in self.rules:
            for name in rule.names():
                key = name.lower()
                other = self._by_name.get(key)
                if other is not None and other is not rule:
                    if name in (rule.id, rule.name) and name not in (other.id, other.name):
                        self._by_name[key] = rule  # an id or name wins over another rule's alias
                        continue
                    if name in other.meta.aliases:
                        continue
                    raise UsageError(f"rules {other.id} ({other.source}) and {rule.id} ({rule.source}) "
                                     f"both claim the name {name!r}")
                self._by_name[key] = rule

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def get(self, name: str) -> Rule | None:
        """A rule by id, name or alias, case-insensitively."""
        return self._by_name.get(name.strip().lower())

    def match(self, selector: str) -> list[Rule]:
        """Rules a --select/--ignore word names: an id, name or alias, an id prefix, or ALL."""
        word = selector.strip()
        if word.upper() == "ALL":
            return list(self.rules)
        rule = self.get(word)
        if rule is not None:
            return [rule]
        return [r for r in self.rules if r.id.upper().startswith(word.upper())] if word[:1].isalpha() else []

    def names(self) -> frozenset[str]:
        return frozenset(self._by_name)


def _modules(package: ModuleType) -> Iterator[ModuleType]:
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if not info.name.startswith("_"):
            yield importlib.import_module(f"{package.__name__}.{info.name}")


def builtin_rules() -> list[Rule]:
    """Every built-in rule, its module imported (the index generator and tests use this)."""
    from awesomelint import rules as package

    return [rule_from_module(module) for module in _modules(package)]


def indexed_rules() -> list[Rule]:
    """Every built-in rule from the generated index, each module imported when its rule first runs;
    when the index does not list exactly the modules of ``awesomelint.rules`` (a rule was added or
    removed and ``python -m awesomelint.ruleindex`` not run yet), every module is imported instead."""
    from awesomelint import rules as package

    try:
        from awesomelint.rules._index import RULES
    except ImportError:
        return builtin_rules()
    stems = {info.name for info in pkgutil.iter_modules(package.__path__) if not info.name.startswith("_")}
    by_stem = {meta.name.replace("-", "_"): meta for meta in RULES}
    if set(by_stem) != stems:
        return builtin_rules()
    return [Rule(meta, module=f"{package.__name__}.{stem}") for stem, meta in by_stem.items()]


def plugin_rules() -> list[Rule]:
    """Load third-party rules. An entry point names a rule module, or a module with a ``RULES`` list
    of rule modules; the entry-point name is the plugin's id prefix and may not be ``AL``."""
    found: list[Rule] = []
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        source = f"{ep.dist.name} {ep.dist.version}" if ep.dist else ep.value
        if ep.name.upper() == BUILTIN_PREFIX:
            raise UsageError(f"plugin {source}: the rule prefix {BUILTIN_PREFIX!r} belongs to awesomelint")
        try:
            loaded = ep.load()
        except Exception as exc:  # a broken plugin must not look like our crash
            raise UsageError(f"plugin {source}: cannot load {ep.value}: {exc}") from None
        modules = getattr(loaded, "RULES", None) or [loaded]
        for module in modules:
            try:
                rule = rule_from_module(module, source=source)
            except TypeError as exc:
                raise UsageError(f"plugin {source}: {exc}") from None
            if not rule.id.upper().startswith(ep.name.upper()):
                raise UsageError(f"plugin {source}: rule id {rule.id} does not start with its prefix {ep.name}")
            found.append(rule)
    return found


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    return Registry([*indexed_rules(), *plugin_rules()])
