"""Records that flow from rules through the engine to reporters and the fixer."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Severity(enum.IntEnum):
    """Ordered so that ``severity >= fail_on`` decides the exit code."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (use error, warning or info)") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace the text from (line, column) up to, not including, (end_line, end_column).

    Positions are 1-based, in code points, like every position in awesomelint. An insertion has
    equal start and end. ``replacement`` uses ``\\n`` for new lines; the fixer writes the file's own.
    """

    line: int
    column: int
    end_line: int
    end_column: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Fix:
    """Edits applied together or not at all. ``safe`` fixes keep the meaning and every visible word;
    unsafe ones (rewording, reordering text) need ``--unsafe-fixes``."""

    edits: tuple[Edit, ...]
    title: str = ""
    safe: bool = True


@dataclass(frozen=True, slots=True)
class Problem:
    """What a rule yields: a place, a message, perhaps a fix. The engine adds the rest."""

    line: int
    column: int
    message: str
    end_line: int | None = None
    end_column: int | None = None
    fix: Fix | None = None


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One reported problem. ``end_column`` is exclusive, as in SARIF."""

    path: str
    line: int
    column: int
    rule_id: str
    end_line: int = field(compare=False)
    end_column: int = field(compare=False)
    rule_name: str = field(compare=False)
    severity: Severity = field(compare=False)
    message: str = field(compare=False)
    fix: Fix | None = field(default=None, compare=False)

    @property
    def fixable(self) -> bool:
        """``--fix`` will fix it: there is a fix and it is safe."""
        return self.fix is not None and self.fix.safe
