"""Every fixable Markdown-style rule, run with --fix on real lists: links survive, fixes converge, and a
second --fix changes nothing."""

from __future__ import annotations

import inspect
from collections import Counter
from pathlib import Path

from awesomelint.finding import Finding
from awesomelint.fix import fix_text
from awesomelint.registry import default_registry
from tests.sharedparse import lint, parsed

# The Markdown-structure rules of AL004-AL099 that offer fixes (insecure-link needs link results).
FIXABLE = sorted(r.id for r in default_registry() if r.meta.fixable and "AL004" <= r.id <= "AL099")


# Unsafe fixes too (repeated punctuation, heading punctuation, shell prompts), where the fixer gates them.
UNSAFE = {"unsafe": True} if "unsafe" in inspect.signature(fix_text).parameters else {}


def _links(text: str) -> Counter[tuple[str, str]]:
    return Counter((link.text, link.url) for link in parsed(text).links)


def test_the_fixable_rules_are_there() -> None:
    assert len(FIXABLE) >= 25


def test_fix_keeps_links_and_is_idempotent(corpus_file: Path) -> None:
    """All of them together, as `awesomelint --fix` runs them: they must not fight each other."""
    text = corpus_file.read_text(encoding="utf-8").lstrip("\ufeff")

    def lint_fixable(source: str) -> list[Finding]:
        return lint(source, select=FIXABLE)  # lint_text on a parse shared with _links (tests/sharedparse.py)

    outcome = fix_text(text, lint_fixable, **UNSAFE)
    assert outcome.stable, "fixes kept coming"
    if outcome.applied == 0:
        return
    assert _links(outcome.text) == _links(text), "a link was lost or changed"
    assert fix_text(outcome.text, lint_fixable, **UNSAFE).applied == 0, "a second --fix changes something"
