"""Constraints on option values, as data: ``Annotated[float, Share()]``. Each says what is wrong with
a value of the right type (``problem``) and gives values that break it (``bad``, for the tests)."""

from __future__ import annotations

import fnmatch
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import urlsplit


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
