"""Hostile servers on 127.0.0.1, byte by byte: every answer becomes a verdict, never an exception."""

from __future__ import annotations

import gzip
import socket
import time
from collections.abc import Iterator

import pytest

from awesomelint.links import LinkResult, LinkSettings, check_urls

from .conftest import FakeClock
from .rawserver import OK, RawServer, raw_server, redirect

pytestmark = pytest.mark.network_local
FAST = LinkSettings(allow_private=True, timeout=1.0, connect_timeout=1.0, deadline=1.5, retries=1)


@pytest.fixture
def raw() -> Iterator[RawServer]:
    with raw_server() as srv:
        yield srv


def check(url: str, settings: LinkSettings = FAST) -> LinkResult:
    return check_urls([url], settings)[url]


def test_non_utf8_location_is_followed_percent_encoded(raw: RawServer) -> None:
    url = raw.route("/latin", redirect(b"/caf\xe9"))
    raw.route("/caf%E9", OK)
    result = check(url)
    assert (result.verdict, result.final_url) == ("redirect", raw.url("/caf%E9"))


def test_utf8_location_is_followed_percent_encoded(raw: RawServer) -> None:
    url = raw.route("/utf8", redirect("/café".encode()))
    raw.route("/caf%C3%A9", OK)
    assert check(url).final_url == raw.url("/caf%C3%A9")


@pytest.mark.parametrize(("location", "encoded"), [
    (b"/a b", "/a%20b"), (b"/c\x01d", "/c%01d"), (b"/t\x7fu", "/t%7Fu"), (b"  /lead  ", "/lead"),
])
def test_location_with_spaces_or_control_characters_is_encoded(raw: RawServer, location: bytes,
                                                               encoded: str) -> None:
    url = raw.route("/odd", redirect(location))
    raw.route(encoded, OK)
    result = check(url)
    assert (result.verdict, result.final_url) == ("redirect", raw.url(encoded))


@pytest.mark.parametrize("location", [
    b"http://[::1/", b"http://[::1]:99999/", b"http://host:port/", b"http://\xff\xfe/", b"http://:80/",
    "http://\u0301abc.example/".encode(), b"http://" + b"a" * 70 + b".example/",
])
def test_redirect_to_a_malformed_url_is_dead(raw: RawServer, location: bytes) -> None:
    url = raw.route("/bad", redirect(location))
    result = check(url)
    assert result.verdict == "dead", result
    assert "malformed" in (result.error or "") or "invalid" in (result.error or ""), result.error


def test_redirect_to_a_non_http_scheme_is_skipped(raw: RawServer) -> None:
    result = check(raw.route("/ftp", redirect(b"ftp://example.org/x")))
    assert result.verdict == "skipped" and "non-http" in (result.error or "")


def test_redirect_chain_of_50_hops_stops_at_the_limit(raw: RawServer) -> None:
    for i in range(50):
        raw.route(f"/hop{i}", redirect(f"/hop{i + 1}".encode(), b"302 Found"))
    result = check(raw.url("/hop0"))
    assert result.verdict == "dead" and "more than 10 redirects" in (result.error or "")
    assert raw.hits["/hop11"] == 0


def test_redirect_loop_between_two_pages_is_dead(raw: RawServer) -> None:
    raw.route("/ping", redirect(b"/pong", b"302 Found"))
    raw.route("/pong", redirect(b"/ping", b"302 Found"))
    result = check(raw.url("/ping"))
    assert result.verdict == "dead" and "loop" in (result.error or "")


def slow_bytes(answer: bytes, delay: float):  # type: ignore[no-untyped-def]
    def send(conn: socket.socket, srv: RawServer, method: str) -> None:
        for byte in answer:
            if srv.stop.wait(delay):
                return
            conn.sendall(bytes([byte]))
    return send


def test_headers_byte_by_byte_within_the_deadline_are_read(raw: RawServer) -> None:
    assert check(raw.route("/drip", slow_bytes(OK, 0.005))).verdict == "alive"


def test_headers_byte_by_byte_past_the_deadline_time_out(raw: RawServer) -> None:
    result = check(raw.route("/drip", slow_bytes(OK * 10, 0.2)))
    assert result.verdict == "timeout"  # the drip would have finished (alive) had the deadline not cut it


def test_endless_100_continue_times_out(raw: RawServer) -> None:
    def forever(conn: socket.socket, srv: RawServer, method: str) -> None:
        while not srv.stop.wait(0.01):
            conn.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
    result = check(raw.route("/continue", forever))
    assert result.verdict == "timeout"  # the server never stops: returning at all is the deadline's doing


def stream(headers: bytes, chunk: bytes):  # type: ignore[no-untyped-def]
    """HEAD is refused (a checker must GET); GET gets ``headers`` then ``chunk`` until the peer hangs up."""
    def send(conn: socket.socket, srv: RawServer, method: str) -> None:
        if method == "HEAD":
            conn.sendall(b"HTTP/1.1 405 Not Allowed\r\nContent-Length: 0\r\n\r\n")
            return
        conn.sendall(headers)
        while not srv.stop.is_set():
            conn.sendall(chunk)
            srv.sent += len(chunk)
    return send


def test_5_gb_body_is_not_read(raw: RawServer) -> None:
    url = raw.route("/huge", stream(b"HTTP/1.1 200 OK\r\nContent-Length: 5000000000\r\n\r\n", b"x" * 65536))
    assert check(url).verdict == "alive"
    time.sleep(0.1)
    assert raw.sent < 64 * 1024 * 1024


def test_gzip_bomb_is_never_inflated(raw: RawServer) -> None:
    bomb = gzip.compress(b"\0" * (50 * 1024 * 1024))
    for path, status in (("/bomb", b"200 OK"), ("/bombwall", b"403 Forbidden")):
        raw.route(path, b"HTTP/1.1 " + status + b"\r\nContent-Encoding: gzip\r\nContent-Length: "
                  + str(len(bomb)).encode() + b"\r\nConnection: close\r\n\r\n" + bomb)
    assert check(raw.url("/bomb")).verdict == "alive"
    assert check(raw.url("/bombwall")).verdict == "unknown"


@pytest.mark.parametrize("answer", [
    b"HTTP/1.1 abc OK\r\n\r\n",
    b"SMTP ready\r\n\r\n",
    b"HTTP/1.1 200 OK\r\n" + b"X-A: b\r\n" * 200 + b"\r\n",
    b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 100_000 + b"\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: abc\r\n\r\nok",
    b"HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n",
    b"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nok",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"HTTP/1.1 200 OK\r\nBad Header Line\r\n\r\n",
    b"HTTP/1.1 200 \xff\xfe\r\nX-\xff: \xfe\r\n\r\n",
    b"",
], ids=["status", "not-http", "200-headers", "long-header", "length-abc", "length-negative",
        "length-twice", "bad-chunk", "no-colon", "binary", "empty"])
def test_broken_responses_get_a_verdict(raw: RawServer, answer: bytes) -> None:
    result = check(raw.route("/broken", answer))
    assert result.verdict in ("alive", "dead", "unreachable", "timeout", "unknown"), result
    if result.verdict != "alive":
        assert result.error


def test_rate_limit_header_garbage_is_a_verdict(raw: RawServer, clock: FakeClock) -> None:
    for value in (b"-1", b"nan", b"1e999", b"\xd9\xa1", b"Wed, 99 Foo 2024 99:99:99 GMT", b"9" * 400):
        url = raw.route("/limit", b"HTTP/1.1 429 Too Many\r\nRetry-After: " + value
                        + b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        settings = LinkSettings(allow_private=True, timeout=1.0, deadline=1.5, retries=0, retry_after_cap=0.5)
        result = check_urls([url], settings, clock=clock, sleep=clock.sleep)[url]
        assert result.verdict in ("unknown", "timeout"), (value, result)
