"""Checking a TOML value against an option's declared type and constraints, with one-line messages."""

from __future__ import annotations

import dataclasses
import re
import reprlib
import types
import typing
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Annotated, Any, Literal

from awesomelint.options.constraints import Constraint

_REPR = reprlib.Repr()
_REPR.maxstring, _REPR.maxother, _REPR.maxlevel, _REPR.maxlist, _REPR.maxdict = 60, 60, 3, 4, 4


def show(value: Any) -> str:
    """A value as a short one-line TOML-ish text: ``true``, ``'x'``, ``[1, 2, ...]``."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return _REPR.repr(value)


class Invalid(ValueError):
    """A value that does not fit its declaration: ``problem`` with ``value``, at ``path`` inside the option."""

    def __init__(self, problem: str, value: Any, path: tuple[str, ...] = (), *, wrong_type: bool = False) -> None:
        super().__init__(problem)
        self.problem, self.value, self.path, self.wrong_type = problem, value, path, wrong_type

    def inside(self, step: str) -> Invalid:
        return Invalid(self.problem, self.value, (step, *self.path), wrong_type=self.wrong_type)

    def describe(self, key: str) -> str:
        """``key.sub item 2 = 'x' must be …``: one line naming the key, the value and what is wrong."""
        where = key + "".join(step if step.startswith(" ") else f".{step}" for step in self.path)
        return f"{where} = {show(self.value)} {self.problem}"


def _key(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_-]+", name) else show(name)


_LISTS = {tuple: tuple, list: list, frozenset: frozenset, set: set, Sequence: tuple}
_TABLES = (dict, Mapping)


def _parts(hint: Any) -> tuple[Any, tuple[Constraint, ...]]:
    if typing.get_origin(hint) is Annotated:
        base, *extras = typing.get_args(hint)
        return base, tuple(x for x in extras if isinstance(x, Constraint))
    return hint, ()


def _arms(hint: Any) -> tuple[Any, ...] | None:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return tuple(a for a in typing.get_args(hint) if a is not type(None))
    return None


def describe(hint: Any) -> str:
    """The type in words, as the error message ends: "a whole number", "a list", "one of 'a', 'b'"."""
    base, _ = _parts(hint)
    arms = _arms(base)
    if arms is not None:
        return " or ".join(describe(a) for a in arms)
    origin = typing.get_origin(base) or base
    if origin is Literal:
        choices = typing.get_args(base)
        return show(choices[0]) if len(choices) == 1 else "one of " + ", ".join(show(a) for a in choices)
    if origin in _LISTS:
        args = typing.get_args(base)
        fixed = origin is tuple and args and args[-1] is not Ellipsis
        return f"a list of {len(args)} items" if fixed else "a list"
    names = {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}
    if base in names:
        return names[base]
    return "a table" if origin in _TABLES else getattr(base, "__name__", str(base))


def check(hint: Any, value: Any) -> Any:
    """``value`` as TOML gives it, checked against ``hint``; lists become the declared container.

    Raises ``Invalid`` at the first thing wrong: first the type, then each constraint."""
    base, constraints = _parts(hint)
    converted = _convert(base, value)
    for constraint in constraints:
        problem = constraint.problem(converted)
        if problem:
            raise Invalid(problem, value)
    return converted


def _wrong(hint: Any, value: Any) -> Invalid:
    return Invalid(f"must be {describe(hint)}", value, wrong_type=True)


def _convert(base: Any, value: Any) -> Any:
    arms = _arms(base)
    if arms is not None:
        errors = []
        for arm in arms:
            try:
                return check(arm, value)
            except Invalid as exc:
                errors.append(exc)
        raise next((e for e in errors if not e.wrong_type), None) or _wrong(base, value)
    origin = typing.get_origin(base) or base
    if base is Any or base is object:
        return value
    if origin is Literal:
        if any(value == a and type(value) is type(a) for a in typing.get_args(base)):
            return value
        raise _wrong(base, value)
    if base is bool:
        if isinstance(value, bool):
            return value
        raise _wrong(base, value)
    if base is int or base is float:
        if isinstance(value, bool) or not isinstance(value, (int, float) if base is float else int):
            raise _wrong(base, value)
        return float(value) if base is float else value
    if base is str:
        if isinstance(value, str):
            return value
        raise _wrong(base, value)
    if origin in _LISTS:
        return _list(base, origin, value)
    if origin in _TABLES:
        return _table(base, value)
    if isinstance(base, type) and not isinstance(value, base):
        raise _wrong(base, value)
    return value


def _list(base: Any, origin: Any, value: Any) -> Any:
    if not isinstance(value, list):
        raise _wrong(base, value)
    args = typing.get_args(base)
    if origin is tuple and args and args[-1] is not Ellipsis:
        if len(value) != len(args):
            raise _wrong(base, value)
        hints = list(args)
    else:
        hints = [args[0] if args else Any] * len(value)
    items = []
    for number, (hint, item) in enumerate(zip(hints, value, strict=True), start=1):
        try:
            items.append(check(hint, item))
        except Invalid as exc:
            raise exc.inside(f" item {number}") from None
    container = _LISTS[origin]
    return container(items)


def _table(base: Any, value: Any) -> dict[Any, Any]:
    if not isinstance(value, dict):
        raise _wrong(base, value)
    key_hint, value_hint = typing.get_args(base) or (Any, Any)
    out = {}
    for key, item in value.items():
        try:
            checked_key = check(key_hint, key)
        except Invalid as exc:
            raise Invalid(f"has a key {show(key)} that {exc.problem}", value) from None
        try:
            out[checked_key] = check(value_hint, item)
        except Invalid as exc:
            raise exc.inside(_key(str(key))) from None
    return out


@cache
def option_types(options: type) -> dict[str, Any]:
    """Config key (``-`` for ``_``) -> declared type, for an ``Options`` dataclass."""
    if not dataclasses.is_dataclass(options):
        return {}
    try:
        hints = typing.get_type_hints(options, include_extras=True)
    except (NameError, TypeError, AttributeError):  # a plugin's annotation that names nothing importable
        hints = {}
    return {f.name.replace("_", "-"): hints.get(f.name, Any) for f in dataclasses.fields(options)}
