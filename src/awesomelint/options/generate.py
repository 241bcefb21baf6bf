"""Values generated from declarations: one that passes (``sample``) and many that must not (``malformed``)."""

from __future__ import annotations

import typing
from typing import Any, Literal

from awesomelint.options.checking import _LISTS, _TABLES, Invalid, _arms, _parts, check


def sample(hint: Any) -> Any:
    """One value (as TOML gives it) that ``check`` accepts."""
    base, constraints = _parts(hint)
    if constraints and constraints[0].good is not None:
        return constraints[0].good
    arms = _arms(base)
    if arms is not None:
        return sample(arms[0])
    origin = typing.get_origin(base) or base
    if origin is Literal:
        return typing.get_args(base)[0]
    if origin in _LISTS:
        args = typing.get_args(base)
        if origin is tuple and args and args[-1] is not Ellipsis:
            return [sample(a) for a in args]
        return [sample(args[0])] if args else []
    simple = {bool: True, int: 1, float: 0.5, str: "x"}
    return {} if origin in _TABLES else simple.get(base, "x")


def malformed(hint: Any) -> list[Any]:
    """Values (as TOML could give them) that ``check`` must refuse: wrong types, then broken constraints."""
    base, constraints = _parts(hint)
    values = _malformed_type(base) + [bad for c in constraints for bad in c.bad()]
    return [v for v in values if not _accepts(hint, v)] if _arms(base) is not None else values


def _accepts(hint: Any, value: Any) -> bool:
    try:
        check(hint, value)
    except Invalid:
        return False
    return True


def _malformed_type(base: Any) -> list[Any]:
    arms = _arms(base)
    if arms is not None:
        return [v for arm in arms for v in malformed(arm)]
    origin = typing.get_origin(base) or base
    if origin is Literal:
        choices = typing.get_args(base)
        return ["no-such-choice", 7] if all(isinstance(c, str) for c in choices) else ["no-such-choice"]
    if origin in _LISTS:
        args = typing.get_args(base)
        if origin is tuple and args and args[-1] is not Ellipsis:
            good = [sample(a) for a in args]
            return ["x", [], [*good, good[0]], *[[*good[:i], bad, *good[i + 1:]]
                                                  for i, a in enumerate(args) for bad in malformed(a)[:3]]]
        return ["x", {"a": 1}, *[[bad] for bad in malformed(args[0] if args else Any)[:4]]]
    if origin in _TABLES:
        key_hint, value_hint = typing.get_args(base) or (Any, Any)
        bad_keys = [k for k in malformed(key_hint) if isinstance(k, str)][:3]
        return ["x", [1], *[{sample(key_hint): bad} for bad in malformed(value_hint)[:4]],
                *[{k: sample(value_hint)} for k in bad_keys]]
    wrong = {bool: ["yes", 1], int: [1.5, "1", True], float: ["0.5", True], str: [1, True, ["x"]]}
    return list(wrong.get(base, []))
