"""Proxies from the environment: honoured, the deadline holds through them, the target is still checked."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator

import pytest

from awesomelint.links import LinkSettings, check_urls

from .rawserver import OK, RawServer, raw_server

pytestmark = pytest.mark.network_local
PUBLIC = "http://93.184.216.34"  # a public address literal: never contacted, the proxy answers for it


def proxy(conn: socket.socket, srv: RawServer, method: str) -> None:
    """A forward proxy that answers itself: /trickle never finishes its headers, anything else is 200."""
    if srv.targets[-1].endswith("/trickle"):
        conn.sendall(b"HTTP/1.1 200 OK\r\n")
        while not srv.stop.wait(0.2):
            conn.sendall(b"X-Pad: a\r\n")
    else:
        conn.sendall(OK)


@pytest.fixture
def via_proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[RawServer]:
    with raw_server() as srv:
        srv.fallback = proxy
        for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy"):
            monkeypatch.setenv(name, srv.base)
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"):
            monkeypatch.delenv(name, raising=False)
        yield srv


def test_proxy_is_used_and_a_loopback_proxy_is_said_once(via_proxy: RawServer,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="awesomelint.links"):
        results = check_urls([f"{PUBLIC}/a", f"{PUBLIC}/b"], LinkSettings())  # no allow-private
    assert {r.verdict for r in results.values()} == {"alive"}
    assert sorted(via_proxy.targets) == [f"{PUBLIC}/a", f"{PUBLIC}/b"]
    said = [r.getMessage() for r in caplog.records if "proxy" in r.getMessage()]
    assert said == [f"link checker: requests go through the proxy {via_proxy.base} "
                    "(127.0.0.1 is a loopback address: allowed for a proxy)"]


def test_the_proxy_is_said_once_per_run_not_once_per_process(via_proxy: RawServer,
                                                             caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="awesomelint.links"):
        for path in ("/a", "/b"):
            check_urls([f"{PUBLIC}{path}"], LinkSettings())
    assert len([r for r in caplog.records if "go through the proxy" in r.getMessage()]) == 2


def test_the_deadline_holds_through_a_proxy(via_proxy: RawServer) -> None:
    result = check_urls([f"{PUBLIC}/trickle"], LinkSettings(deadline=1.0, timeout=5.0))[f"{PUBLIC}/trickle"]
    assert result.verdict == "timeout"  # the proxy never finishes its headers: returning is the deadline's doing


def test_a_private_target_is_refused_before_the_proxy_sees_it(via_proxy: RawServer) -> None:
    results = check_urls(["http://10.1.2.3/x", "http://localhost/y"], LinkSettings())
    assert {r.verdict for r in results.values()} == {"refused"}
    assert via_proxy.targets == []
