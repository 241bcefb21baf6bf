"""Shared test helpers: where the project and the shared corpus are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
FIXTURES = REPO / "tests" / "fixtures"


def corpus_files() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(CORPUS.glob("*.md"))


def require_shared() -> None:
    """Skip (outside CI) when ../shared is absent; in CI it must be there."""
    if not SHARED.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{SHARED} is missing under CI")
        pytest.skip(f"{SHARED} is absent: the shared corpus comes with CI and the team checkout only")


@pytest.fixture(params=corpus_files() or [None], ids=lambda p: p.stem if p else "no-corpus")
def corpus_file(request: pytest.FixtureRequest) -> Path:
    require_shared()
    path: Path | None = request.param
    assert path is not None
    return path
