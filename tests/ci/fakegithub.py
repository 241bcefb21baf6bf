"""A fake GitHub REST API on 127.0.0.1 that records every request and checks what it is sent.

It keeps pull-request files, review comments and issues in memory, paginates lists two items a page
(so clients must follow ``Link`` headers), answers 401 without the expected bearer token, 422 for a
review comment on a line outside the diff, and 403 for writes when ``read_only`` is set.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

PAGE = 2
TOKEN = "ghs_fake-token-0123456789"


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any


@dataclass
class State:
    files: list[dict[str, Any]] = field(default_factory=list)  # pull request files with patches
    comments: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)
    issues: list[dict[str, Any]] = field(default_factory=list)
    issue_comments: list[dict[str, Any]] = field(default_factory=list)
    pulls: list[dict[str, Any]] = field(default_factory=list)
    refs: dict[str, str] = field(default_factory=lambda: {"heads/main": "a" * 40})
    contents: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[Recorded] = field(default_factory=list)
    read_only: bool = False
    rate_limit_once: bool = False
    next_id: int = 100

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def commentable(self, path: str) -> set[int]:
        from awesomelint.github.review import commentable_lines

        return next((commentable_lines(f.get("patch", "")) for f in self.files if f["filename"] == path), set())


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _reply(self, status: int, data: Any = None, headers: dict[str, str] | None = None) -> None:
        raw = b"" if data is None else json.dumps(data).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(raw)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(raw)

    def _list(self, items: list[dict[str, Any]], query: dict[str, list[str]]) -> None:
        page = int(query.get("page", ["1"])[0])
        chunk = items[(page - 1) * PAGE : page * PAGE]
        headers = {}
        if page * PAGE < len(items):
            url = f"http://127.0.0.1:{self.server.server_port}{urlsplit(self.path).path}?page={page + 1}"
            headers["Link"] = f'<{url}>; rel="next"'
        self._reply(200, chunk, headers)

    def _handle(self) -> None:
        state = self.server.state
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        body = json.loads(raw) if raw else None
        state.requests.append(Recorded(self.command, parts.path, parse_qs(parts.query), dict(self.headers), body))
        if self.headers.get("Authorization") != f"Bearer {TOKEN}":
            return self._reply(401, {"message": "Bad credentials"})
        writing = self.command != "GET"
        if writing and state.rate_limit_once:
            state.rate_limit_once = False
            return self._reply(403, {"message": "You have exceeded a secondary rate limit"}, {"Retry-After": "2"})
        if writing and state.read_only:
            return self._reply(403, {"message": "Resource not accessible by integration"})
        found = self.server.route(self.command, parts.path)
        if found is None:
            return self._reply(404, {"message": "Not Found"})
        route, groups = found
        status, data, *rest = route(state, body, parse_qs(parts.query), *groups)
        if status == 200 and isinstance(data, list):
            return self._list(data, parse_qs(parts.query))
        self._reply(status, data, rest[0] if rest else None)

    do_GET = do_POST = do_PATCH = do_DELETE = do_PUT = _handle


Route = Any


class _Server(ThreadingHTTPServer):
    def __init__(self, state: State) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = state
        self.routes: list[tuple[str, re.Pattern[str], Route]] = []

    def add(self, method: str, pattern: str, handler: Route) -> None:
        self.routes.append((method, re.compile(pattern + "$"), handler))

    def route(self, method: str, path: str) -> tuple[Route, tuple[str, ...]] | None:
        for m, pattern, handler in self.routes:
            if m == method and (match := pattern.match(path)):
                return handler, match.groups()
        return None


PULL = r"/repos/([\w.-]+/[\w.-]+)/pulls/(\d+)"


def _post_review(state: State, body: Any, query: Any, repo: str, number: str) -> tuple[int, Any]:
    assert isinstance(body, dict) and set(body) <= {"commit_id", "event", "body", "comments"}, body
    assert body["event"] == "COMMENT" and isinstance(body["body"], str) and len(body["commit_id"]) == 40
    review_id = state.new_id()
    for comment in body.get("comments", []):
        assert set(comment) <= {"path", "line", "side", "start_line", "start_side", "body"}, comment
        assert comment["side"] == "RIGHT" and len(comment["body"]) <= 65536
        first = comment.get("start_line", comment["line"])
        if not all(n in state.commentable(comment["path"]) for n in range(first, comment["line"] + 1)):
            return 422, {"message": "Unprocessable Entity", "errors": ["Line could not be resolved"]}
    for comment in body.get("comments", []):
        state.comments.append({**comment, "id": state.new_id(), "pull_request_review_id": review_id})
    state.reviews.append({**body, "id": review_id})
    return 200, {"id": review_id}


def _find(items: list[dict[str, Any]], key: str, value: Any) -> dict[str, Any] | None:
    return next((i for i in items if str(i[key]) == str(value)), None)


def _patch_comment(state: State, body: Any, query: Any, repo: str, cid: str) -> tuple[int, Any]:
    assert set(body) == {"body"}
    found = _find(state.comments, "id", cid)
    if found is None:
        return 404, {"message": "Not Found"}
    found["body"] = body["body"]
    return 200, found


def _delete_comment(state: State, body: Any, query: Any, repo: str, cid: str) -> tuple[int, Any]:
    found = _find(state.comments, "id", cid)
    if found is None:
        return 404, {"message": "Not Found"}
    state.comments.remove(found)
    return 204, None


def _list_issues(state: State, body: Any, query: Any, repo: str) -> tuple[int, Any]:
    wanted = query.get("state", ["open"])[0]
    return 200, [i for i in state.issues if wanted == "all" or i["state"] == wanted]


def _create_issue(state: State, body: Any, query: Any, repo: str) -> tuple[int, Any]:
    assert isinstance(body["title"], str) and isinstance(body["body"], str) and len(body["body"]) <= 65536
    issue = {"number": state.new_id(), "state": "open", "labels": [], **body}
    state.issues.append(issue)
    return 201, issue


def _edit_issue(state: State, body: Any, query: Any, repo: str, number: str) -> tuple[int, Any]:
    found = _find(state.issues, "number", number)
    if found is None:
        return 404, {"message": "Not Found"}
    assert set(body) <= {"title", "body", "state", "state_reason", "labels"}, body
    found.update(body)
    return 200, found


def _comment_issue(state: State, body: Any, query: Any, repo: str, number: str) -> tuple[int, Any]:
    state.issue_comments.append({"issue": int(number), **body})
    return 201, {"id": state.new_id()}


def _get_ref(state: State, body: Any, query: Any, repo: str, name: str) -> tuple[int, Any]:
    if name not in state.refs:
        return 404, {"message": "Not Found"}
    return 200, {"ref": f"refs/{name}", "object": {"sha": state.refs[name], "type": "commit"}}


def _create_ref(state: State, body: Any, query: Any, repo: str) -> tuple[int, Any]:
    assert body["ref"].startswith("refs/heads/") and len(body["sha"]) == 40, body
    name = body["ref"].removeprefix("refs/")
    if name in state.refs:
        return 422, {"message": "Reference already exists"}
    state.refs[name] = body["sha"]
    return 201, {"ref": body["ref"]}


def _update_ref(state: State, body: Any, query: Any, repo: str, name: str) -> tuple[int, Any]:
    assert len(body["sha"]) == 40 and body.get("force") is True, body
    if name not in state.refs:
        return 422, {"message": "Reference does not exist"}
    state.refs[name] = body["sha"]
    for key in [k for k in state.contents if k.startswith(f"{name}:")]:
        del state.contents[key]  # reset to the base: the branch's own edits are gone
    return 200, {"ref": f"refs/{name}"}


def _get_contents(state: State, body: Any, query: Any, repo: str, path: str) -> tuple[int, Any]:
    branch = query.get("ref", ["main"])[0]
    found = state.contents.get(f"heads/{branch}:{path}") or state.contents.get(f"heads/main:{path}")
    if found is None:
        return 404, {"message": "Not Found"}
    return 200, {"path": path, "sha": found["sha"], "content": found["content"]}


def _put_contents(state: State, body: Any, query: Any, repo: str, path: str) -> tuple[int, Any]:
    assert {"message", "content", "sha", "branch"} <= set(body), body
    key = f"heads/{body['branch']}:{path}"
    current = state.contents.get(key) or state.contents.get(f"heads/main:{path}")
    if current is None or current["sha"] != body["sha"]:
        return 409, {"message": "sha does not match"}
    import base64

    base64.b64decode(body["content"], validate=True)
    state.contents[key] = {"sha": f"{state.new_id():040d}", "content": body["content"], "message": body["message"]}
    return 200, {"content": {"path": path}}


def _list_pulls(state: State, body: Any, query: Any, repo: str) -> tuple[int, Any]:
    head = query.get("head", [""])[0]
    return 200, [p for p in state.pulls if p["state"] == "open" and (not head or f"owner:{p['head']}" == head)]


def _create_pull(state: State, body: Any, query: Any, repo: str) -> tuple[int, Any]:
    assert {"title", "head", "base", "body"} <= set(body), body
    if f"heads/{body['head']}" not in state.refs:
        return 422, {"message": "head does not exist"}
    pull = {"number": state.new_id(), "state": "open", **body}
    state.pulls.append(pull)
    return 201, pull


def _edit_pull(state: State, body: Any, query: Any, repo: str, number: str) -> tuple[int, Any]:
    found = _find(state.pulls, "number", number)
    if found is None:
        return 404, {"message": "Not Found"}
    found.update(body)
    return 200, found


def routes(server: _Server) -> None:
    server.add("GET", PULL + "/files", lambda s, b, q, r, n: (200, s.files))
    server.add("GET", PULL + "/comments", lambda s, b, q, r, n: (200, s.comments))
    server.add("POST", PULL + "/reviews", _post_review)
    server.add("PATCH", r"/repos/([\w.-]+/[\w.-]+)/pulls/comments/(\d+)", _patch_comment)
    server.add("DELETE", r"/repos/([\w.-]+/[\w.-]+)/pulls/comments/(\d+)", _delete_comment)
    server.add("GET", r"/repos/([\w.-]+/[\w.-]+)/issues", _list_issues)
    server.add("POST", r"/repos/([\w.-]+/[\w.-]+)/issues", _create_issue)
    server.add("PATCH", r"/repos/([\w.-]+/[\w.-]+)/issues/(\d+)", _edit_issue)
    server.add("POST", r"/repos/([\w.-]+/[\w.-]+)/issues/(\d+)/comments", _comment_issue)
    server.add("GET", r"/repos/([\w.-]+/[\w.-]+)/git/ref/(heads/.+)", _get_ref)
    server.add("POST", r"/repos/([\w.-]+/[\w.-]+)/git/refs", _create_ref)
    server.add("PATCH", r"/repos/([\w.-]+/[\w.-]+)/git/refs/(heads/.+)", _update_ref)
    server.add("GET", r"/repos/([\w.-]+/[\w.-]+)/contents/(.+)", _get_contents)
    server.add("PUT", r"/repos/([\w.-]+/[\w.-]+)/contents/(.+)", _put_contents)
    server.add("GET", r"/repos/([\w.-]+/[\w.-]+)/pulls", _list_pulls)
    server.add("POST", r"/repos/([\w.-]+/[\w.-]+)/pulls", _create_pull)
    server.add("PATCH", r"/repos/([\w.-]+/[\w.-]+)/pulls/(\d+)", _edit_pull)


@contextmanager
def fake_github() -> Iterator[tuple[str, State]]:
    """``(base URL, state)`` of a running fake API; stopped on exit."""
    state = State()
    server = _Server(state)
    routes(server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}", state
    finally:
        server.shutdown()
        server.server_close()
