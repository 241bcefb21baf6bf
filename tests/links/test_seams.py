"""The link checker's seams: plan (pure) -> store -> checkers -> typed results; rules and config stay
outside the network package."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import responses

from awesomelint.linkresult import LinkResult, failing
from awesomelint.links import LinkSettings, MemoryStore, check_urls, plan
from awesomelint.links.confirm import Failing

from .conftest import FakeClock

pytestmark = pytest.mark.usefixtures("requests_transport")  # responses mocks requests

SRC = Path(__file__).resolve().parents[2] / "src" / "awesomelint"


def imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_rules_reports_and_config_never_import_the_network_package() -> None:
    readers = [*sorted((SRC / "rules").glob("*.py")), *sorted((SRC / "report").glob("*.py")), SRC / "config.py",
               SRC / "context.py", SRC / "linkresult.py", SRC / "linksettings.py"]
    offenders = {p.name: sorted(m for m in imports(p) if m == "awesomelint.links" or m.startswith("awesomelint.links."))
                 for p in readers}
    assert {name: found for name, found in offenders.items() if found} == {}


def test_result_round_trips_through_its_dict() -> None:
    result = LinkResult("https://a.test/", "unreachable", 503, None, "HTTP 503", failing_since=1.5e9)
    assert LinkResult.from_dict(result.to_dict()) == result
    assert LinkResult.from_dict({"url": "x", "verdict": "fine"}) is None
    assert LinkResult.from_dict({"url": "x", "verdict": "dead", "status_code": "404"}) is None
    assert LinkResult.from_dict({"url": "x", "verdict": "dead", "status_code": True}) is None


def test_one_definition_of_failing() -> None:
    assert [v for v in ("alive", "dead", "unreachable", "timeout", "unknown") if failing(v)] == ["dead"]
    assert [v for v in ("alive", "dead", "unreachable", "timeout", "unknown", "refused")
            if failing(v, strict=True)] == ["dead", "unreachable", "timeout", "unknown"]


def test_plan_is_pure_and_dedupes() -> None:
    settings = LinkSettings(exclude=(__import__("re").compile("skip"),))
    todo = plan(["https://A.test/x#one", "https://a.test/x#two", "mailto:a@b", "https://skip.test/",
                 "https://github.com/o/r"], settings, use_api=True)
    assert todo.keys == ["https://a.test/x", "https://github.com/o/r"]
    assert set(todo.skipped) == {"mailto:a@b", "https://skip.test/"}
    assert todo.api == frozenset({"https://github.com/o/r"})
    assert todo.store_key("https://github.com/o/r") == "github:https://github.com/o/r"


class DictStore(MemoryStore):
    """Another ResultStore: what a shared store for a distributed checker would look like."""

    def __init__(self) -> None:
        super().__init__(now=lambda: 1000.0)
        self.kept: dict[str, LinkResult] = {}
        self.failing: dict[str, Failing] = {}

    def get(self, key: str) -> LinkResult | None:
        return self.kept.get(key)

    def put(self, key: str, result: LinkResult) -> None:
        self.kept[key] = result


@responses.activate
def test_any_result_store_plugs_in(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://a.test/", status=200)
    responses.add(responses.HEAD, "http://b.test/", status=500)
    responses.add(responses.GET, "http://b.test/", status=500)
    store = DictStore()
    settings = LinkSettings(allow_private=True, retries=0)
    first = check_urls(["http://a.test/", "http://b.test/"], settings, clock=clock, sleep=clock.sleep, store=store)
    assert (first["http://a.test/"].verdict, first["http://b.test/"].verdict) == ("alive", "unreachable")
    assert store.failing == {"http://b.test/": {"since": 1000.0, "last": 1000.0}}
    calls = len(responses.calls)
    again = check_urls(["http://a.test/"], settings, clock=clock, sleep=clock.sleep, store=store)
    assert again["http://a.test/"].verdict == "alive" and len(responses.calls) == calls  # from the store
