"""Property-based tests (hypothesis) over generated and mutated Markdown, and the corpus lists
mutated: no exception, positions inside the file, idempotent and lossless fixes, safe fixes that keep
the rendered HTML.

Seeded (``derandomize``), bounded (``max_examples``), slow tier. When one fails, save the shrunk
example hypothesis prints as ``tests/fixtures/properties/<profile>-<what>.md`` (bytes exactly: it
may hold CR or trailing spaces); ``test_regressions.py`` replays those in the fast tier.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import corpus_files, require_shared
from tests.properties.checks import PROFILES, check_all
from tests.properties.strategies import documents, mutated

pytestmark = pytest.mark.slow

def bounded(examples: int) -> settings:
    return settings(max_examples=examples, derandomize=True, deadline=None, database=None, print_blob=False,
                    report_multiple_bugs=False,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@bounded(120)
@given(text=documents(), profile=st.sampled_from(PROFILES))
def test_generated_markdown_keeps_every_property(text: str, profile: str) -> None:
    check_all(text, profile)


@bounded(120)
@given(text=mutated(documents()), profile=st.sampled_from(PROFILES))
def test_mutated_markdown_keeps_every_property(text: str, profile: str) -> None:
    check_all(text, profile)


def _corpus_slices() -> list[str]:
    slices = []
    for path in corpus_files():
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        slices += ["".join(lines[i:i + 40]) for i in range(0, len(lines), 160)]
    return slices or [""]


@bounded(80)
@given(data=st.data(), profile=st.sampled_from(PROFILES))
def test_mutated_corpus_slices_keep_every_property(data: st.DataObject, profile: str) -> None:
    require_shared()
    slices = _corpus_slices()
    text = data.draw(mutated(st.sampled_from(slices)))
    check_all(text, profile)
