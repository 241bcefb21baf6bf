"""awesomelint: lint awesome lists and paper lists with exact positions."""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["__version__", "lint_text"]


def __getattr__(name: str) -> Any:
    """``lint_text`` loads the engine on first use: importing the package (and ``--version``) stays fast."""
    if name == "lint_text":
        from awesomelint.engine import lint_text

        return lint_text
    raise AttributeError(f"module 'awesomelint' has no attribute {name!r}")
