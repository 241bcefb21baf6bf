"""Bounded waits: a host that rate-limits or fails forever costs at most its budget; the run has an end."""

from __future__ import annotations

import time

import pytest
import requests
import responses

from awesomelint.links import LinkSettings, check_urls

from .conftest import FakeClock
from .rawserver import OK, RawServer, raw_server

pytestmark = pytest.mark.usefixtures("requests_transport")  # responses mocks requests


def forever_429(clock: FakeClock, retry_after: str = "10"):  # type: ignore[no-untyped-def]
    def answer(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        return 429, {"Retry-After": retry_after}, ""
    return answer


@responses.activate
def test_a_host_that_answers_429_forever_costs_its_budget_then_its_links_are_unknown(clock: FakeClock) -> None:
    for i in range(20):
        responses.add_callback(responses.HEAD, f"http://limited.test/{i}", callback=forever_429(clock))
    responses.add(responses.HEAD, "http://fine.test/", status=200)
    settings = LinkSettings(allow_private=True, max_concurrency=4, host_budget=60.0)
    started = clock.now
    urls = [f"http://limited.test/{i}" for i in range(20)]
    results = check_urls([*urls, "http://fine.test/"], settings, clock=clock, sleep=clock.sleep)
    assert clock.now - started <= 60.0 + 10.0  # the budget plus one Retry-After window at most
    assert results["http://fine.test/"].verdict == "alive"
    limited = [results[u] for u in urls]
    assert {r.verdict for r in limited} == {"unknown"}
    assert all(r.provisional for r in limited)  # never cached: the next run asks again
    spent = [r for r in limited if "budget" in (r.error or "")]
    assert spent and "limited.test used up its budget of 60 s (it asked us to wait: rate limited)" in (
        spent[0].error or "")
    asked = sum(1 for c in responses.calls if "limited.test" in (c.request.url or ""))
    assert asked < 20  # most links were never requested once the budget was spent


@pytest.mark.network_local
def test_a_429_on_one_host_does_not_delay_another() -> None:
    """Real time (a fake clock's sleep would move every thread's time): 127.0.0.1 and localhost are
    two hosts of one server; the first asks for 3 s, the other's links are all answered meanwhile."""
    arrivals: list[float] = []

    def timed(conn, srv, method):  # type: ignore[no-untyped-def]
        arrivals.append(time.monotonic())
        conn.sendall(OK)

    def limited(conn, srv, method):  # type: ignore[no-untyped-def]
        conn.sendall(b"HTTP/1.1 429 Too Many\r\nRetry-After: 3\r\nContent-Length: 0\r\n\r\n")

    with raw_server() as raw:
        raw.route("/rl", limited)
        raw.route("/ok", timed)
        fine = [raw.url(f"/ok/{i}").replace("127.0.0.1", "localhost") for i in range(6)]
        started = time.monotonic()
        results = check_urls([raw.url("/rl/1"), *fine], LinkSettings(allow_private=True, max_concurrency=4,
                                                                      host_budget=4.0))
    assert {results[u].verdict for u in fine} == {"alive"}
    assert len(arrivals) == 6 and max(arrivals) - started < 2.0  # not held behind the 3 s window


@responses.activate
def test_total_timeout_ends_the_run_and_leaves_the_rest_unknown(clock: FakeClock) -> None:
    for i in range(10):
        responses.add_callback(responses.HEAD, f"http://slow{i}.test/", callback=forever_429(clock, "50"))
    settings = LinkSettings(allow_private=True, max_concurrency=2, total_timeout=30.0)
    started = clock.now
    results = check_urls([f"http://slow{i}.test/" for i in range(10)], settings, clock=clock, sleep=clock.sleep)
    assert clock.now - started <= 30.0 + 0.01
    assert {r.verdict for r in results.values()} == {"unknown"}
    assert any(r.error == "not checked: the run's time budget is spent" for r in results.values())


@pytest.mark.network_local
def test_real_time_429_forever_is_bounded_by_the_host_budget() -> None:
    def limited(conn, srv, method):  # type: ignore[no-untyped-def]
        conn.sendall(b"HTTP/1.1 429 Too Many\r\nRetry-After: 1\r\nContent-Length: 0\r\n\r\n")

    with raw_server() as raw:
        raw.route("/rl", limited)
        raw.route("/ok", OK)
        urls = [raw.url(f"/rl/{i}") for i in range(20)]
        settings = LinkSettings(allow_private=True, host_budget=3.0, deadline=5.0)
        started = time.monotonic()
        results = check_urls(urls, settings)
        elapsed = time.monotonic() - started
    assert {r.verdict for r in results.values()} == {"unknown"}
    assert elapsed < 40  # without the host budget: 20 links x 6 tries x Retry-After 1 s = 120 s
    assert any("budget of 3 s" in (r.error or "") for r in results.values())


def test_budget_settings_from_config() -> None:
    settings = LinkSettings.from_mapping({"host-budget": 30, "total-timeout": 600}, source="t")
    assert (settings.host_budget, settings.total_timeout) == (30.0, 600.0)
    with pytest.raises(Exception, match="host-budget"):
        LinkSettings.from_mapping({"host-budget": 0}, source="t")


_ = RawServer
