"""Option types and constraints as data: ``pattern: Annotated[str, Regex()] = "x"`` on a rule's ``Options``.

The config reader checks every TOML value against its declared type (``bool``, ``int``, ``float``,
``str``, ``Literal``, lists, tables, unions) and then its constraints, before any file is linted; a
value that cannot be right is an ``Invalid`` naming where inside the value it is wrong. The same
declarations give the malformed values the tests feed the reader (``malformed``), so a new option is
covered with no new test code.
"""

from __future__ import annotations

from awesomelint.options.checking import Invalid, check, describe, option_types, show
from awesomelint.options.constraints import (
    AtLeast,
    Chars,
    Constraint,
    FullMatch,
    Glob,
    NonBlank,
    NonEmptyList,
    Pair,
    Positive,
    Range,
    Rank,
    Regex,
    Share,
    Substitution,
    Token,
    Url,
    UserPath,
)
from awesomelint.options.generate import malformed, sample

__all__ = [
    "AtLeast", "Chars", "Constraint", "FullMatch", "Glob", "Invalid", "NonBlank", "NonEmptyList", "Pair",
    "Positive", "Range", "Rank", "Regex", "Share", "Substitution", "Token", "Url", "UserPath",
    "check", "describe", "malformed", "option_types", "sample", "show",
]
