"""The GitHub client sends its token to the API root only, whatever a response's Link header says."""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator

import pytest

from awesomelint.github.api import ApiError, GitHub

TOKEN = "ghs_review_secret_token"


def _server(handler: type[http.server.BaseHTTPRequestHandler]) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


@pytest.fixture
def servers() -> Iterator[tuple[str, list[str | None]]]:
    """An API whose first page links its next page on another origin (same machine, another port)."""
    seen: list[str | None] = []

    class Elsewhere(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            seen.append(self.headers.get("Authorization"))
            self._json([{"n": 2}])

        def _json(self, data: object, link: str | None = None) -> None:
            body = json.dumps(data).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            if link:
                self.send_header("Link", f'<{link}>; rel="next"')
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    other, other_url = _server(Elsewhere)

    class Api(Elsewhere):
        def do_GET(self) -> None:
            self._json([{"n": 1}], link=f"{other_url}/page2")

    api, api_url = _server(Api)
    yield api_url, seen
    for server in (api, other):
        server.shutdown()
        server.server_close()


def test_a_next_page_on_another_origin_is_refused_without_sending_the_token(
        servers: tuple[str, list[str | None]]) -> None:
    api_url, seen = servers
    client = GitHub(TOKEN, api_url, pause=0)
    pages = client.paginate("/repos/o/r/issues")
    assert next(pages) == {"n": 1}
    with pytest.raises(ApiError) as caught:
        next(pages)
    assert seen == [] and TOKEN not in str(caught.value)
