"""What a rule is: metadata as data, an options dataclass, and one ``check`` generator.

A rule module defines ``META`` (a ``RuleMeta``), optionally ``Options`` (a frozen dataclass whose
fields all have defaults; config keys are the field names with ``_`` spelled ``-``), and
``check(doc, options)`` yielding ``Problem``s; a rule that needs facts about the run (link verdicts,
known rule names) declares ``check(doc, options, ctx)`` and gets a ``RuleContext``. The engine, not
the rule, owns severity, directives, paths and sorting.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.profiles import ALL_PROFILES


@dataclass(frozen=True, slots=True)
class RuleMeta:
    id: str  # stable, never reused: "AL003"; plugins use their own prefix
    name: str  # kebab-case, names the problem: "duplicate-link"
    summary: str  # one line
    severity: Severity = Severity.ERROR
    fixable: bool = False
    network: bool = False  # runs only with --check-links (reads ctx.links) or, online="papers", --check-papers
    online: str = "links"  # which online check a network rule needs: "links" or "papers" (reads ctx.papers)
    aliases: tuple[str, ...] = ()  # other tools' names for the same check, e.g. "double-link"
    profiles: frozenset[str] = ALL_PROFILES  # profiles in which the rule is on by default
    # option values a profile sets before the config does, e.g. {"awesome-lint": {"scope": "all"}};
    # keys are the Options field names
    presets: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    # the default severity when links are checked strictly (--strict-links), e.g. unknown links fail
    strict_links_severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class NoOptions:
    """Options of a rule that has none."""


@dataclass(frozen=True, slots=True)
class _Body:
    """What importing a rule module gives: its check, options class and docstring."""

    check: Callable[..., Iterable[Problem]]
    options: type
    doc: str
    wants_context: bool


class Rule:
    """A rule: its metadata, and the check that runs it. A built-in rule known from the generated
    index (``rules/_index.py``) imports its module only when its check, options or doc are first
    read, so a run imports only the rules its plan runs."""

    __slots__ = ("_body", "meta", "module", "source")

    def __init__(self, meta: RuleMeta, check: Callable[..., Iterable[Problem]] | None = None,
                 options: type = NoOptions, doc: str = "", source: str = "awesomelint",
                 wants_context: bool = False, *, module: str | None = None) -> None:
        if check is None and module is None:
            raise TypeError(f"rule {meta.id}: give its check or the module that defines it")
        self.meta = meta
        self.source = source  # the distribution that provides the rule
        self.module = module  # the module to import for a lazily loaded rule
        self._body = _Body(check, options, doc, wants_context) if check is not None else None

    def __repr__(self) -> str:
        return f"Rule({self.meta.id} {self.meta.name}, source={self.source!r})"

    def _load(self) -> _Body:
        if self._body is None:
            assert self.module is not None
            loaded = rule_from_module(importlib.import_module(self.module), self.source)
            if loaded.meta != self.meta:
                raise RuntimeError(f"the rule index is stale: {self.module}.META differs from rules/_index.py; "
                                   "regenerate it with `python -m awesomelint.ruleindex`")
            self._body = loaded._load()
        return self._body

    @property
    def check(self) -> Callable[..., Iterable[Problem]]:
        return self._load().check

    @property
    def options(self) -> type:
        return self._load().options

    @property
    def doc(self) -> str:
        return self._load().doc

    @property
    def wants_context(self) -> bool:  # check takes a third argument, the RuleContext
        return self._load().wants_context

    def run(self, doc: Document, options: Any, ctx: RuleContext) -> Iterable[Problem]:
        body = self._load()
        return body.check(doc, options, ctx) if body.wants_context else body.check(doc, options)

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def name(self) -> str:
        return self.meta.name

    def names(self) -> tuple[str, ...]:
        """Every name by which config and directives may refer to this rule."""
        return (self.meta.id, self.meta.name, *self.meta.aliases)

    def default_options(self) -> Any:
        return self.options()

    def option_fields(self) -> dict[str, dataclasses.Field[Any]]:
        if not dataclasses.is_dataclass(self.options):
            return {}
        return {f.name.replace("_", "-"): f for f in dataclasses.fields(self.options)}


def rule_from_module(module: ModuleType, source: str = "awesomelint") -> Rule:
    """Build a ``Rule`` from a module that follows the rule-module convention."""
    meta = getattr(module, "META", None)
    check = getattr(module, "check", None)
    if not isinstance(meta, RuleMeta) or not callable(check):
        raise TypeError(f"{module.__name__} is not a rule module (needs META and check)")
    options = getattr(module, "Options", NoOptions)
    try:
        arity = len(inspect.signature(check).parameters)
    except (TypeError, ValueError):
        arity = 2
    if arity not in (2, 3):
        raise TypeError(f"{module.__name__}.check must take (doc, options) or (doc, options, ctx)")
    return Rule(meta=meta, check=check, options=options, doc=inspect.getdoc(module) or "", source=source,
                wants_context=arity == 3)
