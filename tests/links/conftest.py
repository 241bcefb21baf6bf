"""A fault-injecting HTTP server on 127.0.0.1 and a fake clock, for the link checker's tests."""

from __future__ import annotations

import socket
import struct
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

BIG = 64 * 1024 * 1024


class FakeClock:
    """A monotonic clock that only moves when the checker sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(0.0, seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.hits: Counter[str] = Counter()
        self.log: list[tuple[float, str, str, dict[str, str]]] = []  # (time, method, path, headers)
        self.big_sent = 0
        self.stop = threading.Event()
        self.lock = threading.Lock()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FaultServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        self._serve()

    def do_GET(self) -> None:
        self._serve()

    def _send(self, status: int, headers: dict[str, str] | None = None, body: bytes = b"") -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _serve(self) -> None:
        srv = self.server
        path = self.path
        with srv.lock:
            first = srv.hits[path] == 0
            srv.hits[path] += 1
            srv.log.append((time.monotonic(), self.command, path, dict(self.headers.items())))
        kind = path.strip("/").split("/")[0]
        page = b"<html><body><h1 id='intro'>ok</h1></body></html>"
        if kind == "ok":
            self._send(200, {"Content-Type": "text/html"}, page)
        elif kind == "notfound":
            self._send(404, body=b"nope")
        elif kind == "gone":
            self._send(410)
        elif kind == "error":
            self._send(500, body=b"boom")
        elif kind == "flaky":
            self._send(503) if first else self._send(200, body=page)
        elif kind == "moved":
            self._send(301, {"Location": "/ok/moved"})
        elif kind == "temp":
            self._send(302, {"Location": "/ok/temp"})
        elif kind == "loop":
            self._send(302, {"Location": path})
        elif kind == "nohead":
            self._send(405) if self.command == "HEAD" else self._send(200, body=page)
        elif kind == "limited":
            self._send(429, {"Retry-After": "1"}) if first else self._send(200, body=page)
        elif kind == "slow":
            time.sleep(0.3)
            self._send(200, body=page)
        elif kind == "hang":
            srv.stop.wait(30)
            self.close_connection = True
        elif kind == "trickle":  # headers one line every 0.2 s, forever: no read timeout ever trips
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            try:
                while not srv.stop.wait(0.2):
                    self.wfile.write(b"X-Pad: a\r\n")
                    self.wfile.flush()
            except OSError:
                pass
            self.close_connection = True
        elif kind == "botwall":
            self._send(403, {"cf-mitigated": "challenge", "Server": "cloudflare"}, b"Just a moment...")
        elif kind == "s999":
            self._send(999, body=b"denied")
        elif kind == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
        elif kind == "big":
            self._big()
        else:
            self._send(404)

    def _big(self) -> None:
        """64 MiB for GET (HEAD is refused, so a checker has to GET it); counts what got through."""
        if self.command == "HEAD":
            self._send(405)
            return
        self.send_response(200)
        self.send_header("Content-Length", str(BIG))
        self.send_header("Content-Type", "application/octet-stream")
        self.end_headers()
        chunk = b"x" * 65536
        try:
            for _ in range(BIG // len(chunk)):
                self.wfile.write(chunk)
                self.server.big_sent += len(chunk)
        except OSError:
            pass
        self.close_connection = True


@pytest.fixture
def server() -> Iterator[FaultServer]:
    srv = FaultServer()
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.stop.set()
        srv.shutdown()
        srv.server_close()


def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def requests_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    """Send the checker's requests through a requests session, so that ``responses`` can mock them.

    The checker's decisions (retries, redirects, throttles, deadlines) are the same on either
    transport; the default urllib3 one is tested against real servers (test_http_server,
    test_hostile, test_proxy, test_transports).
    """
    from awesomelint.links import http
    from awesomelint.links.viarequests import RequestsTransport, make_session

    monkeypatch.setattr(http, "default_transport", lambda settings: RequestsTransport(make_session(settings)))


@pytest.fixture(params=["urllib3", "requests"])
def either_transport(request: pytest.FixtureRequest) -> str:
    """Run a real-server test through each transport: their verdicts must not differ."""
    if request.param == "requests":
        request.getfixturevalue("requests_transport")
    return str(request.param)
