"""Shared test helpers: where the project and the shared corpus are."""

from __future__ import annotations

import os
import shutil
import tempfile
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
    """Skip when ../shared is absent (a user's clone); fail when the run requires it (.ci/run sets
    AWESOMELINT_REQUIRE_SHARED=1, so CI never skips these tests)."""
    if not SHARED.is_dir():
        if os.environ.get("AWESOMELINT_REQUIRE_SHARED"):
            pytest.fail(f"{SHARED} is missing and AWESOMELINT_REQUIRE_SHARED is set")
        pytest.skip(f"{SHARED} is absent: the shared corpus comes with the team checkout and CI only")


# Tests measured at about 2 CPU seconds or more each that belong to the full tier although they do not
# use corpus_file: whole real lists parsed for detection, and Action steps that lint several times (two
# Python start-ups a run). Listed here, not marked in their modules, so the tiers are decided in one
# place; a module's other tests keep covering the same code in the fast tier. Prefixes of node ids.
FULL_TIER = (
    "tests/papers/test_papers_detect.py::test_corpus_profiles[",
    "tests/ci/test_action_scripts.py::test_the_summary_is_not_written_by_pre_commit_batches_or_fix_diff",
    "tests/ci/test_action_scripts.py::test_paths_are_one_per_line_with_spaces_and_globs_that_include_the_root",
    "tests/ci/test_action_scripts.py::test_lint_step_in_pr_diff_mode",
    "tests/ci/test_action_scripts.py::test_fail_on_is_empty_by_default_and_the_config_decides",
)


# Variables with which git (and so every test that runs it, and awesomelint's own PR-diff mode) would work
# on another repository than the one a test built: a `git bisect run` or a hook exports them. Once they
# leaked and a test set core.bare on the team's checkout. Dropped for the whole session, before any test.
GIT_REDIRECTS = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR",
                 "GIT_ALTERNATE_OBJECT_DIRECTORIES", "GIT_NAMESPACE", "GIT_CEILING_DIRECTORIES", "GIT_PREFIX")


# The folder where whole-list reports are kept for the run (tests/corpusruns.py), so that pytest-xdist's
# workers lint each list once between them. Made by the controlling process before the workers start;
# the workers inherit it.
REPORTS_ENV = "AWESOMELINT_TEST_REPORTS"


def pytest_configure(config: pytest.Config) -> None:
    for name in GIT_REDIRECTS:
        os.environ.pop(name, None)
    if not hasattr(config, "workerinput") and REPORTS_ENV not in os.environ:
        folder = tempfile.mkdtemp(prefix="awesomelint-reports-")
        os.environ[REPORTS_ENV] = folder
        config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test run over every corpus list is slow: it belongs to the full tier (.ci/run), not to the
    fast local default (``-m "not slow"``); so do the tests of FULL_TIER."""
    for item in items:
        if "corpus_file" in getattr(item, "fixturenames", ()) or item.nodeid.startswith(FULL_TIER):
            item.add_marker(pytest.mark.slow)


# Module scope: pytest then runs a module's tests list by list (every test on one list, then the next), so
# a module may keep its last list's parse (functools.lru_cache(maxsize=1)) for its other tests.
@pytest.fixture(scope="module", params=corpus_files() or [None], ids=lambda p: p.stem if p else "no-corpus")
def corpus_file(request: pytest.FixtureRequest) -> Path:
    require_shared()
    path: Path | None = request.param
    assert path is not None
    return path
