"""The shrunk examples the property suite once failed on (tests/fixtures/properties/<profile>-*.md),
replayed in the fast tier against every property."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from tests.properties.checks import PROFILES, check_all

CASES = sorted((FIXTURES / "properties").glob("*.md"))


def test_every_case_names_a_profile() -> None:
    assert CASES
    assert all(case.name.split("-")[0] in PROFILES for case in CASES)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_property_regression(case: Path) -> None:
    check_all(case.read_bytes().decode("utf-8"), case.name.split("-")[0])
