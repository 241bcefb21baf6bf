"""awesomelint: lint awesome lists and paper lists with exact positions."""

from __future__ import annotations

__version__ = "0.1.0"

from awesomelint.engine import lint_text

__all__ = ["__version__", "lint_text"]
