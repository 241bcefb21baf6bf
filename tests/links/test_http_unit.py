"""Every branch of the HTTP checker, with ``responses`` and a fake clock (no sockets)."""

from __future__ import annotations

import re

import pytest
import requests
import responses

from awesomelint.links import LinkSettings, check_urls
from awesomelint.links.http import BACKOFF_BASE, MAX_THROTTLES

from .conftest import FakeClock

pytestmark = pytest.mark.usefixtures("requests_transport")  # responses mocks requests

BASE = LinkSettings(allow_private=True, max_concurrency=1, retries=1)


def run(clock: FakeClock, *urls: str, settings: LinkSettings = BASE) -> dict[str, object]:
    return dict(check_urls(list(urls), settings, clock=clock, sleep=clock.sleep))


def calls() -> list[tuple[str, str]]:
    return [(c.request.method or "", c.request.url or "") for c in responses.calls]


@responses.activate
def test_head_refused_falls_back_to_get(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://a.test/x", status=405)
    responses.add(responses.GET, "http://a.test/x", status=200)
    result = check_urls(["http://a.test/x"], BASE, clock=clock, sleep=clock.sleep)["http://a.test/x"]
    assert (result.verdict, result.status_code) == ("alive", 200)
    assert calls() == [("HEAD", "http://a.test/x"), ("GET", "http://a.test/x")]
    assert clock.sleeps == []  # the fallback does not wait


@responses.activate
def test_404_is_dead_without_a_get(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://a.test/missing", status=404)
    result = check_urls(["http://a.test/missing"], BASE, clock=clock, sleep=clock.sleep)["http://a.test/missing"]
    assert (result.verdict, result.status_code) == ("dead", 404)
    assert len(responses.calls) == 1


@responses.activate
def test_429_retry_after_is_honoured_exactly(clock: FakeClock) -> None:
    seen: list[float] = []

    def answer(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        seen.append(clock.now)
        return (429, {"Retry-After": "7"}, "") if len(seen) == 1 else (200, {}, "")

    responses.add_callback(responses.HEAD, "http://a.test/rl", callback=answer)
    result = check_urls(["http://a.test/rl"], BASE, clock=clock, sleep=clock.sleep)["http://a.test/rl"]
    assert result.verdict == "alive"
    assert seen[1] - seen[0] == 7.0


@responses.activate
def test_429_retry_after_closes_the_whole_host(clock: FakeClock) -> None:
    seen: list[tuple[float, str]] = []

    def answer(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        seen.append((clock.now, request.url or ""))
        return (429, {"Retry-After": "5"}, "") if len(seen) == 1 else (200, {}, "")

    for path in ("a", "b", "c"):
        responses.add_callback(responses.HEAD, f"http://h.test/{path}", callback=answer)
    run(clock, "http://h.test/a", "http://h.test/b", "http://h.test/c")
    first = seen[0][0]
    assert len(seen) == 4
    assert all(t >= first + 5.0 for t, _ in seen[1:])  # no request inside the open window


@responses.activate
def test_429_without_retry_after_backs_off_with_jitter(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://a.test/rl2", status=429)
    responses.add(responses.HEAD, "http://a.test/rl2", status=200)
    result = check_urls(["http://a.test/rl2"], BASE, clock=clock, sleep=clock.sleep)["http://a.test/rl2"]
    assert result.verdict == "alive"
    assert len(clock.sleeps) == 1
    assert BACKOFF_BASE * 0.5 <= clock.sleeps[0] <= BACKOFF_BASE * 1.5


@responses.activate
def test_429_that_persists_is_unknown_not_dead(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://a.test/rl3", status=429, headers={"Retry-After": "1"})
    result = check_urls(["http://a.test/rl3"], BASE, clock=clock, sleep=clock.sleep)["http://a.test/rl3"]
    assert (result.verdict, result.status_code) == ("unknown", 429)
    assert len(responses.calls) == BASE.retries + MAX_THROTTLES + 1


@responses.activate
def test_retry_after_over_the_cap_is_unknown_at_once(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://a.test/rl4", status=429, headers={"Retry-After": "3600"})
    result = check_urls(["http://a.test/rl4"], BASE, clock=clock, sleep=clock.sleep)["http://a.test/rl4"]
    assert result.verdict == "unknown"
    assert "cap" in (result.error or "")
    assert len(responses.calls) == 1 and sum(clock.sleeps) < 1


@responses.activate
def test_5xx_once_is_alive_and_5xx_always_is_unreachable(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://a.test/flaky", status=503)
    responses.add(responses.GET, "http://a.test/flaky", status=200)
    responses.add(responses.HEAD, "http://a.test/err", status=500)
    responses.add(responses.GET, "http://a.test/err", status=500)
    results = check_urls(["http://a.test/flaky", "http://a.test/err"], BASE, clock=clock, sleep=clock.sleep)
    assert results["http://a.test/flaky"].verdict == "alive"
    assert (results["http://a.test/err"].verdict, results["http://a.test/err"].status_code) == ("unreachable", 500)
    assert [u for _, u in calls()].count("http://a.test/err") == 1 + BASE.retries


@responses.activate
def test_status_999_and_cloudflare_403_are_unknown(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://li.test/in/x", status=999)
    responses.add(responses.HEAD, "http://cf.test/", status=403, headers={"cf-mitigated": "challenge"})
    responses.add(responses.HEAD, "http://deny.test/", status=403)
    responses.add(responses.GET, "http://deny.test/", status=403)
    results = run(clock, "http://li.test/in/x", "http://cf.test/", "http://deny.test/")
    assert {u: r.verdict for u, r in results.items()} == {  # type: ignore[attr-defined]
        "http://li.test/in/x": "unknown", "http://cf.test/": "unknown", "http://deny.test/": "unknown"}
    assert ("GET", "http://cf.test/") not in calls()  # a marked bot wall is not asked twice
    assert ("GET", "http://deny.test/") in calls()  # a bare 403 to HEAD gets a GET


@responses.activate
def test_cloudflare_challenge_page_without_header_is_unknown(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://cf2.test/", status=403)
    responses.add(responses.GET, "http://cf2.test/", status=403, body="<title>Just a moment...</title>")
    result = run(clock, "http://cf2.test/")["http://cf2.test/"]
    assert result.verdict == "unknown" and "bot wall" in result.error  # type: ignore[attr-defined]


@responses.activate
def test_relative_redirect_keeps_the_port(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://a.test:8080/old", status=301, headers={"Location": "/new"})
    responses.add(responses.HEAD, "http://a.test:8080/new", status=200)
    result = check_urls(["http://a.test:8080/old#part"], BASE, clock=clock,
                        sleep=clock.sleep)["http://a.test:8080/old#part"]
    assert result.verdict == "redirect"
    assert result.final_url == "http://a.test:8080/new#part"
    assert calls()[1] == ("HEAD", "http://a.test:8080/new")


@responses.activate
def test_temporary_redirect_is_alive_and_permanent_prefix_is_the_target(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://a.test/t", status=302, headers={"Location": "http://a.test/u"})
    responses.add(responses.HEAD, "http://a.test/u", status=200)
    responses.add(responses.HEAD, "http://a.test/p", status=308, headers={"Location": "http://b.test/q"})
    responses.add(responses.HEAD, "http://b.test/q", status=302, headers={"Location": "http://b.test/login"})
    responses.add(responses.HEAD, "http://b.test/login", status=200)
    results = check_urls(["http://a.test/t", "http://a.test/p"], BASE, clock=clock, sleep=clock.sleep)
    assert results["http://a.test/t"].verdict == "alive"
    assert (results["http://a.test/p"].verdict, results["http://a.test/p"].final_url) == (
        "redirect", "http://b.test/q")


@responses.activate
def test_redirect_loop_and_too_many_redirects_are_dead(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://a.test/l1", status=302, headers={"Location": "/l2"})
    responses.add(responses.HEAD, "http://a.test/l2", status=302, headers={"Location": "/l1"})
    for n in range(12):
        responses.add(responses.HEAD, f"http://a.test/c{n}", status=302, headers={"Location": f"/c{n + 1}"})
    results = check_urls(["http://a.test/l1", "http://a.test/c0"], BASE, clock=clock, sleep=clock.sleep)
    assert results["http://a.test/l1"].verdict == "dead" and "loop" in (results["http://a.test/l1"].error or "")
    assert results["http://a.test/c0"].verdict == "dead" and "10 redirects" in (
        results["http://a.test/c0"].error or "")
    assert len([u for _, u in calls() if "/c" in u]) == 11


@responses.activate
def test_connection_errors_are_retried_then_unreachable(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://down.test/", body=requests.exceptions.ConnectionError("refused"))
    responses.add(responses.GET, "http://down.test/", body=requests.exceptions.ConnectionError("refused"))
    result = run(clock, "http://down.test/")["http://down.test/"]
    assert result.verdict == "unreachable"  # type: ignore[attr-defined]
    assert len(responses.calls) >= 2 and len(clock.sleeps) >= 1


@responses.activate
def test_accepted_codes_exclude_remap_and_non_http(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://a.test/forbidden", status=403)
    responses.add(responses.HEAD, "http://mirror.test/doc", status=200)
    settings = LinkSettings(allow_private=True, max_concurrency=1, accept=frozenset({200, 403}),
                            exclude=(re.compile(r"skip\.test"),),
                            remap=((re.compile(r"^http://old\.test/"), "http://mirror.test/"),))
    results = run(clock, "http://a.test/forbidden", "http://skip.test/x", "http://old.test/doc",
                  "mailto:a@b.test", settings=settings)
    verdicts = {u: r.verdict for u, r in results.items()}  # type: ignore[attr-defined]
    assert verdicts == {"http://a.test/forbidden": "alive", "http://skip.test/x": "skipped",
                        "http://old.test/doc": "alive", "mailto:a@b.test": "skipped"}
    assert "excluded" in (results["http://skip.test/x"].error or "")  # type: ignore[attr-defined]
    assert not any("skip.test" in u or "old.test" in u for _, u in calls())


@responses.activate
def test_redirect_to_a_private_address_is_refused(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://93.184.216.34/", status=302,
                  headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    settings = LinkSettings(max_concurrency=1)
    result = run(clock, "http://93.184.216.34/", settings=settings)["http://93.184.216.34/"]
    assert result.verdict == "refused"  # type: ignore[attr-defined]
    assert result.error == ("redirects to http://169.254.169.254/latest/meta-data/, "  # type: ignore[attr-defined]
                            "where 169.254.169.254 is a link-local address")
    assert len(responses.calls) == 1


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://10.1.2.3/", "http://[::1]/", "http://localhost/",
                                 "http://224.0.0.1/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/"])
@responses.activate
def test_private_targets_are_refused_without_a_request(clock: FakeClock, url: str) -> None:
    result = run(clock, url, settings=LinkSettings(max_concurrency=1))[url]
    assert result.verdict == "refused"  # type: ignore[attr-defined]
    assert len(responses.calls) == 0


@responses.activate
def test_deadline_bounds_all_requests_of_a_link(clock: FakeClock) -> None:
    def slow(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        clock.now += 4.0  # each answer takes 4 s
        return 503, {}, ""

    responses.add_callback(responses.HEAD, "http://a.test/slow", callback=slow)
    responses.add_callback(responses.GET, "http://a.test/slow", callback=slow)
    settings = LinkSettings(allow_private=True, max_concurrency=1, retries=5, deadline=10.0)
    result = run(clock, "http://a.test/slow", settings=settings)["http://a.test/slow"]
    assert result.verdict == "timeout"  # type: ignore[attr-defined]
    assert len(responses.calls) == 3  # 4 s + 4 s + 4 s > 10 s: the third request is the last


@responses.activate
def test_tls_failure_is_unreachable_and_no_such_domain_is_dead_at_once(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "https://tls.test/", body=requests.exceptions.SSLError("certificate verify failed"))
    responses.add(responses.HEAD, "https://nxdomain.test/", body=requests.exceptions.ConnectionError(
        "HTTPSConnectionPool: Max retries exceeded (Caused by NameResolutionError: Name or service not known)"))
    results = run(clock, "https://tls.test/", "https://nxdomain.test/")
    tls, dns = results["https://tls.test/"], results["https://nxdomain.test/"]
    assert tls.verdict == "unreachable" and "TLS" in (tls.error or "")  # type: ignore[attr-defined]
    assert dns.verdict == "dead" and "DNS" in (dns.error or "")  # type: ignore[attr-defined]
    assert len(responses.calls) == 2  # neither is retried

