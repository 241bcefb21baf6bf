"""Lint and read links through one parse per text: the corpus fix tests parse each list, lint it, fix it
and read the links of the original and the fixed text; every one of those steps used to parse again.

``lint`` is ``awesomelint.lint_text`` (parse, then ``lint_document``) with the parse shared: the rules
still run on every call, on the same document a second call with the same text would have parsed.
"""

from __future__ import annotations

import functools
from pathlib import Path

from awesomelint.config import Config
from awesomelint.document import Document
from awesomelint.engine import Overrides, lint_document
from awesomelint.finding import Finding
from awesomelint.parse.parser import parse


@functools.lru_cache(maxsize=4)
def parsed(text: str) -> Document:
    """``parse(text)`` once per text (the last few texts: a test's original, its fixed text, a pass between)."""
    return parse(text, Path("README.md"))


def lint(text: str, *, select: tuple[str, ...] | list[str] = (), profile: str | None = None,
         config: Config | None = None) -> list[Finding]:
    """``lint_text(text, select=..., profile=..., config=...)`` on the shared parse."""
    return lint_document(parsed(text), config=config, overrides=Overrides(profile=profile, select=tuple(select)),
                         display_path="README.md")
