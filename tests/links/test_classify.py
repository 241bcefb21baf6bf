"""Pure response decisions: Retry-After parsing, bot walls, what each status means."""

from __future__ import annotations

import email.utils

import pytest

from awesomelint.links.classify import bot_wall, decide, retry_after
from awesomelint.links.safety import forbidden_ip

OK = frozenset(range(200, 300))


def test_retry_after_seconds_date_and_rate_limit_headers() -> None:
    now = 1_700_000_000.0
    assert retry_after({"Retry-After": "12"}, now=now) == 12.0
    date = email.utils.formatdate(now + 30, usegmt=True)
    assert retry_after({"retry-after": date}, now=now) == pytest.approx(30.0)
    assert retry_after({"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(int(now) + 40)}, now=now) == 40.0
    assert retry_after({"x-ratelimit-remaining": "3", "x-ratelimit-reset": str(int(now) + 40)}, now=now) is None
    assert retry_after({"Retry-After": "soon"}, now=now) is None
    assert retry_after({}, now=now) is None


def test_bot_walls() -> None:
    assert bot_wall(999, {}) is not None
    assert bot_wall(403, {"cf-mitigated": "challenge"}) is not None
    assert bot_wall(403, {"Server": "cloudflare"}) is not None
    assert bot_wall(403, {}, b"<html>Checking... captcha</html>") is not None
    assert bot_wall(403, {}) is None
    assert bot_wall(404, {"cf-mitigated": "challenge"}) is None


@pytest.mark.parametrize(("status", "method", "action", "verdict"), [
    (200, "HEAD", "done", "alive"),
    (404, "HEAD", "done", "dead"),
    (410, "GET", "done", "dead"),
    (405, "HEAD", "fallback", ""),
    (501, "HEAD", "fallback", ""),
    (403, "HEAD", "fallback", ""),
    (403, "GET", "done", "unknown"),
    (401, "GET", "done", "unknown"),
    (429, "GET", "retry", ""),
    (503, "HEAD", "retry", ""),
    (500, "GET", "retry", ""),
    (999, "HEAD", "done", "unknown"),
    (400, "GET", "done", "dead"),
    (204, "GET", "done", "alive"),
])
def test_decide(status: int, method: str, action: str, verdict: str) -> None:
    decision = decide(status, method, {}, OK)
    assert (decision.action, decision.verdict) == (action, verdict)


def test_redirect_needs_a_location() -> None:
    assert decide(301, "HEAD", {"location": "/x"}, OK).action == "redirect"
    assert decide(301, "GET", {}, OK).verdict == "dead"


@pytest.mark.parametrize(("address", "kind"), [
    ("127.0.0.1", "loopback"), ("127.8.9.1", "loopback"), ("::1", "loopback"), ("10.0.0.1", "private"),
    ("172.16.5.4", "private"), ("192.168.1.1", "private"), ("169.254.169.254", "link-local"),
    ("fe80::1", "link-local"), ("224.0.0.251", "multicast"), ("0.0.0.0", "unspecified"),
    ("::ffff:10.0.0.1", "private"), ("100.64.0.1", "private"), ("93.184.216.34", None),
    ("2606:4700::1111", None), ("example.com", None),
])
def test_forbidden_ip(address: str, kind: str | None) -> None:
    assert forbidden_ip(address) == kind
