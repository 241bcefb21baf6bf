"""A byte-level HTTP server on 127.0.0.1: each path answers with exactly the bytes a test scripts.

``http.server`` cannot send a non-UTF-8 ``Location``, an invalid status line, endless ``100 Continue``
or headers one byte at a time; this server writes whatever a behaviour function writes to the socket.
"""

from __future__ import annotations

import socket
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress

Behaviour = Callable[[socket.socket, "RawServer", str], None]  # (connection, server, method)


class RawServer:
    """``routes`` maps a path prefix (``/name``) to a behaviour; unknown paths get a 404."""

    def __init__(self) -> None:
        self.routes: dict[str, Behaviour] = {}
        self.fallback: Behaviour | None = None  # for paths no route names (a proxy sees absolute URLs)
        self.targets: list[str] = []  # every request target, in order
        self.hits: Counter[str] = Counter()
        self.sent = 0  # body bytes written by streaming behaviours
        self.stop = threading.Event()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.1)
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, answer: bytes | Behaviour) -> str:
        """Serve ``answer`` (raw bytes, or a behaviour) at ``path``; returns the full URL."""
        self.routes[path] = answer if callable(answer) else _bytes(answer)
        return self.url(path)

    def _accept(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn, suppress(OSError):
            conn.settimeout(5)
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                head += chunk
            method, target = (p.decode("latin-1") for p in head.split(b" ", 2)[:2])
            self.hits[target] += 1
            self.targets.append(target)
            name = "/" + target.lstrip("/").split("/", 1)[0].split("?", 1)[0]
            behaviour = self.routes.get(target) or self.routes.get(name) or self.fallback
            if behaviour is None:
                conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            else:
                behaviour(conn, self, method)

    def close(self) -> None:
        self.stop.set()
        self._sock.close()


def _bytes(answer: bytes) -> Behaviour:
    def send(conn: socket.socket, _: RawServer, method: str) -> None:
        conn.sendall(answer)
    return send


def redirect(location: bytes, status: bytes = b"301 Moved Permanently") -> bytes:
    return b"HTTP/1.1 " + status + b"\r\nLocation: " + location + b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"


OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"


@contextmanager
def raw_server() -> Iterator[RawServer]:
    srv = RawServer()
    srv._thread.start()
    try:
        yield srv
    finally:
        srv.close()
