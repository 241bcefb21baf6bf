"""The remark-lint rules awesome-lint enables (our AL004-AL099) report what awesome-lint reports on its own
fixtures, at the same line and column, and nothing more (the whole-suite parity test counts lines only)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from awesomelint.engine import lint_text
from awesomelint.registry import default_registry
from tests.conftest import SHARED, require_shared

pytestmark = pytest.mark.slow  # runs over whole corpora: the full tier

ANCHOR = SHARED / "anchors" / "awesome-lint"
REGISTRY = default_registry()
OURS = {r.id for r in REGISTRY if "AL004" <= r.id <= "AL099"}


def _expected() -> dict[str, list[tuple[int, int, str]]]:
    text = (ANCHOR / "expected-full-config.md").read_text(encoding="utf-8")
    parts = re.split(r"^## `(.+?)` \(\d+\)$", text, flags=re.MULTILINE)
    found: dict[str, list[tuple[int, int, str]]] = {}
    for name, body in zip(parts[1::2], parts[2::2], strict=True):
        rows = re.findall(r"^  - `[^`]+` (\d+):(\d+) `([a-z-]+)`", body, flags=re.MULTILINE)
        found[name] = [(int(line), int(column), rule.id) for line, column, name_ in rows
                       if (rule := REGISTRY.get(name_)) is not None and rule.id in OURS]
    return found


def _fixtures() -> list[str]:
    return sorted(_expected()) if (ANCHOR / "expected-full-config.md").is_file() else ["none"]


@pytest.mark.parametrize("fixture", _fixtures())
def test_same_findings_at_the_same_place(fixture: str) -> None:
    require_shared()
    path = ANCHOR / "fixtures" / fixture
    findings = lint_text(path.read_text(encoding="utf-8"), path=Path(path.name), profile="awesome-lint")
    ours = sorted((f.line, f.column, f.rule_id) for f in findings if f.rule_id in OURS)
    assert ours == sorted(_expected()[fixture])


def test_the_remark_findings_are_there() -> None:
    require_shared()
    assert sum(len(rows) for rows in _expected().values()) >= 20
