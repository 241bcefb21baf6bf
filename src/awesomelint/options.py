"""Option types and constraints as data: ``pattern: Annotated[str, Regex()] = "x"`` on a rule's ``Options``.

The config reader checks every TOML value against its declared type (``bool``, ``int``, ``float``,
``str``, ``Literal``, lists, tables, unions) and then its constraints, before any file is linted; a
value that cannot be right is an ``Invalid`` naming where inside the value it is wrong. The same
declarations give the malformed values the tests feed the reader (``malformed``), so a new option is
covered with no new test code.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import math
import re
import reprlib
import types
import typing
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal
from urllib.parse import urlsplit

__all__ = [
    "AtLeast", "Chars", "Constraint", "FullMatch", "Glob", "Invalid", "NonBlank", "NonEmptyList", "Pair",
    "Positive", "Range", "Rank", "Regex", "Share", "Substitution", "Token", "Url", "UserPath",
    "check", "describe", "malformed", "option_types", "sample", "show",
]

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


# --- constraints -------------------------------------------------------------------------------------


class Constraint:
    """One condition on a value of the right type. ``good`` is a value that meets it (for the tests)."""

    good: ClassVar[Any] = "x"

    def problem(self, value: Any) -> str | None:
        """What is wrong with ``value`` (a predicate: "must be …"), or None when it is fine."""
        raise NotImplementedError

    def bad(self) -> tuple[Any, ...]:
        """Values of the right type that break the condition."""
        raise NotImplementedError


@dataclass(frozen=True)
class Range(Constraint):
    """A finite number from ``low`` to ``high`` (either may be open); ``also`` lists special values allowed."""

    low: float | None = None
    high: float | None = None
    above: bool = False  # ``low`` itself is not allowed
    also: tuple[float, ...] = ()  # e.g. 0 meaning "the current year"

    @property
    def good(self) -> Any:
        if self.low is None:
            return 1 if self.high is None or self.high >= 1 else self.high
        return self.low + 1 if self.above else self.low

    def problem(self, value: Any) -> str | None:
        if value in self.also:
            return None
        if not math.isfinite(value):
            return "must be a finite number"
        if (self.low is not None and (value < self.low or (self.above and value == self.low))) or (
            self.high is not None and value > self.high
        ):
            return f"must be {self._range()}"
        return None

    def _range(self) -> str:
        special = "".join(f" (or {_number(x)})" for x in self.also)
        if self.low is not None and self.high is not None:
            return f"from {_number(self.low)} to {_number(self.high)}{special}"
        if self.low is not None:
            return f"{'more than' if self.above else 'at least'} {_number(self.low)}{special}"
        return f"at most {_number(self.high)}{special}"

    def bad(self) -> tuple[Any, ...]:
        values: list[Any] = [math.nan, math.inf]
        if self.low is not None:
            values.append(self.low if self.above else self.low - 1)
        if self.high is not None:
            values.append(self.high + 1)
        return tuple(v for v in values if v not in self.also)


def _number(value: float | None) -> str:
    return str(int(value)) if value is not None and float(value).is_integer() else f"{value:g}"


@dataclass(frozen=True)
class Positive(Range):
    """More than 0."""

    low: float | None = 0
    above: bool = True


@dataclass(frozen=True)
class AtLeast(Range):
    """``AtLeast(1)``: a count or a size with a floor."""

    low: float | None = 0


@dataclass(frozen=True)
class Share(Range):
    """A share of a whole: 0 to 1."""

    low: float | None = 0
    high: float | None = 1


@dataclass(frozen=True)
class Rank(Range):
    """A heading rank: 1 to 6."""

    low: float | None = 1
    high: float | None = 6


@dataclass(frozen=True)
class NonBlank(Constraint):
    """A string with something other than spaces in it."""

    def problem(self, value: Any) -> str | None:
        return None if value.strip() else "must not be empty"

    def bad(self) -> tuple[Any, ...]:
        return ("", "  ")


@dataclass(frozen=True)
class Token(Constraint):
    """One word: not empty, no spaces (a URL, a name, a word)."""

    def problem(self, value: Any) -> str | None:
        if not value:
            return "must not be empty"
        return "must be one word, without spaces" if re.search(r"\s", value) else None

    def bad(self) -> tuple[Any, ...]:
        return ("", "two words")


@dataclass(frozen=True)
class Chars(Constraint):
    """A set of punctuation marks written as one string: not empty, no letters, digits or spaces."""

    good: ClassVar[Any] = "!?"

    def problem(self, value: Any) -> str | None:
        if not value:
            return "must list at least one mark (turn the rule off instead)"
        wrong = next((c for c in value if c.isalnum() or c.isspace()), None)
        return None if wrong is None else f"must hold only punctuation marks, not {wrong!r}"

    def bad(self) -> tuple[Any, ...]:
        return ("", "! ?", "a!")


@dataclass(frozen=True)
class Pair(Constraint):
    """A balanced pair: one character (a mark that closes itself) or two different ones (open, close)."""

    good: ClassVar[Any] = "()"

    def problem(self, value: Any) -> str | None:
        if len(value) not in (1, 2) or (len(value) == 2 and value[0] == value[1]):
            return "must be one character (a mark that pairs with itself) or two different ones (open, close)"
        if any(c.isspace() for c in value):
            return "must not hold spaces"
        return None

    def bad(self) -> tuple[Any, ...]:
        return ("", "((", "(()", " ")


@dataclass(frozen=True)
class NonEmptyList(Constraint):
    """A list with at least one item."""

    good: ClassVar[Any] = None  # the list type's own sample has one item

    def problem(self, value: Any) -> str | None:
        return None if value else "must not be empty"

    def bad(self) -> tuple[Any, ...]:
        return ([],)


@dataclass(frozen=True)
class Regex(Constraint):
    """A regular expression, compiled at load time with ``flags`` as the rule compiles it; never empty."""

    flags: int = 0

    def problem(self, value: Any) -> str | None:
        if not value:
            return "must not be empty (an empty regular expression matches everything)"
        try:
            re.compile(value, self.flags)
        except (re.error, RecursionError, OverflowError, ValueError) as exc:
            return f"is not a valid regular expression ({exc})"
        return None

    def bad(self) -> tuple[Any, ...]:
        return ("", "[", "(a", "a{2,1}", "*")


@dataclass(frozen=True)
class Substitution(Constraint):
    """A ``[regex, replacement]`` pair whose replacement refers only to groups the regex has."""

    good: ClassVar[Any] = ["^http://(.*)", r"https://\1"]

    def problem(self, value: Any) -> str | None:
        pattern, replacement = value
        try:
            # the pattern's groups, plus an empty branch so that the replacement is expanded once
            re.compile(f"{pattern}\n|").sub(replacement, "", count=1)
        except (re.error, IndexError) as exc:
            return f"has a replacement that does not fit its regular expression ({exc})"
        return None

    def bad(self) -> tuple[Any, ...]:
        return (("^http://", r"https://\1"), ("^(a)", r"\g<name>"))


@dataclass(frozen=True)
class FullMatch(Constraint):
    """The whole string matches ``pattern``; ``what`` says in words what that is."""

    pattern: str
    what: str
    example: str
    examples_of_bad: tuple[str, ...]

    @property
    def good(self) -> Any:
        return self.example

    def problem(self, value: Any) -> str | None:
        return None if re.fullmatch(self.pattern, value) else f"must be {self.what}"

    def bad(self) -> tuple[Any, ...]:
        return self.examples_of_bad


@dataclass(frozen=True)
class Glob(Constraint):
    """A file glob, matched against the path relative to the config's folder (``/`` separators) and the name."""

    good: ClassVar[Any] = "docs/*.md"

    def problem(self, value: Any) -> str | None:
        if not value.strip():
            return "must not be empty"
        if value.endswith("/"):
            return f"can never match: a file path never ends with '/' (for a folder write {value + '**'!r})"
        if value.startswith("./"):
            return f"can never match: paths are relative to the config's folder, without './' ({value[2:]!r})"
        if "//" in value or "\\" in value:
            return "can never match: paths are written with single '/' separators"
        if "(?!)" in fnmatch.translate(value):
            return "can never match: it has an empty character range such as [z-a]"
        return None

    def bad(self) -> tuple[Any, ...]:
        return ("", "docs/", "./README.md", "docs//a.md", "docs\\a.md", "[z-a].md")


@dataclass(frozen=True)
class Url(Constraint):
    """An absolute http(s) URL with a host."""

    good: ClassVar[Any] = "https://api.github.com"

    def problem(self, value: Any) -> str | None:
        try:
            parts = urlsplit(value)
        except ValueError as exc:
            return f"is not a URL ({exc})"
        if parts.scheme not in ("http", "https") or not parts.hostname or re.search(r"\s", value):
            return "must be an http(s) URL such as 'https://api.github.com'"
        return None

    def bad(self) -> tuple[Any, ...]:
        return ("", "api.github.com", "ftp://example.com", "https://", "https://exa mple.com")


@dataclass(frozen=True)
class UserPath(Constraint):
    """A file path; ``~`` and ``~user`` must name a home folder that exists."""

    good: ClassVar[Any] = "links.json"

    def problem(self, value: Any) -> str | None:
        if not value.strip() or "\0" in value:
            return "must be a file path"
        try:
            Path(value).expanduser()
        except RuntimeError:
            return f"names a home folder that does not exist ({value.split('/')[0]!r})"
        return None

    def bad(self) -> tuple[Any, ...]:
        return ("", "~no-such-user-awesomelint/cache.json", "a\0b")


# --- types ---------------------------------------------------------------------------------------------

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


# --- what the tests generate ---------------------------------------------------------------------------


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
