"""Moved to ``awesomelint.linkresult`` (rules and reports read results without importing the
network package); these names stay importable from here."""

from awesomelint.linkresult import (
    FAILING,
    FAILING_STRICT,
    TRANSIENT,
    VERDICTS,
    LinkResult,
    Verdict,
    failing,
)

__all__ = ["FAILING", "FAILING_STRICT", "TRANSIENT", "VERDICTS", "LinkResult", "Verdict", "failing"]
