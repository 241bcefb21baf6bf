"""The weekly link report (awesomelint.github.linkreport) on a real list, real links and a fake GitHub API."""

from __future__ import annotations

import base64
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fakegithub import TOKEN, State, fake_github
from gitrepo import commit, init, use_git_identity

from awesomelint.cli import main as cli
from awesomelint.github import linkreport

LINKS = "--select dead-link,redirected-link,moved-repository"


class _Links(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/old":
            self.send_response(301)
            self.send_header("Location", "/new")
        else:
            self.send_response(200 if self.path in ("/new", "/ok") else 404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_HEAD = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Links)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def github() -> Iterator[tuple[str, State]]:
    with fake_github() as running:
        yield running


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    use_git_identity(monkeypatch)
    path = init(tmp_path / "list")
    monkeypatch.chdir(path)
    return path


def week(repo: Path, state: State, url: str, text: str, capsys: pytest.CaptureFixture[str]) -> str:
    """One scheduled run: check, fix the moved links, report; the fake's main branch holds ``text``."""
    commit(repo, {"README.md": text})
    state.contents["heads/main:README.md"] = {"sha": "1" * 40, "content": base64.b64encode(text.encode()).decode()}
    runner = CliRunner()
    args = ["--check-links", "--allow-private", "--no-cache", *LINKS.split()]
    runner.invoke(cli, [*args, "--format", "json", "-o", str(repo.parent / "links.json"), "README.md"])
    runner.invoke(cli, [*args, "--fix", "README.md"])
    env = {"GITHUB_TOKEN": TOKEN, "GITHUB_API_URL": url, "GITHUB_REPOSITORY": "owner/list", "GITHUB_REF_NAME": "main"}
    code = linkreport.main([str(repo.parent / "links.json")], env, root=repo, pause=0)
    out = capsys.readouterr().out
    assert code == 0, out
    assert TOKEN not in out
    return out


def test_opens_one_report_by_section_offers_the_fixes_then_updates_and_closes(
        repo: Path, site: str, github: tuple[str, State], capsys: pytest.CaptureFixture[str]) -> None:
    url, state = github
    text = (f"# Awesome X\n\n## Tools\n\n- [A]({site}/ok) - A.\n- [B]({site}/gone) - B.\n\n"
            f"## Books\n\n- [C]({site}/old) - C.\n")
    out = week(repo, state, url, text, capsys)
    assert "opened #" in out
    [issue] = state.issues
    assert issue["title"] == "Link report" and issue["state"] == "open"
    body = issue["body"]
    assert body.index("### README.md › Tools") < body.index("**dead**, line 6") < body.index("### README.md › Books")
    assert "**moved**, line 10" in body and "1 dead and 1 moved" in body
    [pull] = state.pulls
    assert pull["head"] == linkreport.BRANCH and pull["base"] == "main" and f"#{pull['number']}" in body
    fixed = base64.b64decode(state.contents[f"heads/{linkreport.BRANCH}:README.md"]["content"]).decode()
    assert f"[C]({site}/new)" in fixed and f"[B]({site}/gone)" in fixed  # only the safe fix
    assert all(r.headers.get("Authorization") == f"Bearer {TOKEN}" for r in state.requests)

    out = week(repo, state, url, text.replace(f"- [B]({site}/gone) - B.\n", ""), capsys)  # next week
    assert "updated #" in out and len(state.issues) == 1 and len(state.pulls) == 1
    assert "0 dead and 1 moved" in state.issues[0]["body"]
    assert any(r.method == "PATCH" and r.path.endswith(f"/git/refs/heads/{linkreport.BRANCH}") for r in state.requests)

    out = week(repo, state, url, f"# Awesome X\n\n## Tools\n\n- [A]({site}/ok) - A.\n", capsys)  # all fixed
    assert "closed #" in out
    assert state.issues[0]["state"] == "closed" and state.issue_comments
    assert state.pulls[0]["state"] == "closed"  # nothing left to offer


def test_a_clean_week_with_no_report_open_does_nothing(
        repo: Path, site: str, github: tuple[str, State], capsys: pytest.CaptureFixture[str]) -> None:
    url, state = github
    out = week(repo, state, url, f"# Awesome X\n\n## Tools\n\n- [A]({site}/ok) - A.\n", capsys)
    assert "no report open" in out
    assert not [r for r in state.requests if r.method != "GET"]


def test_bad_input_is_exit_2_with_an_annotation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "links.json").write_text("not json")
    assert linkreport.main([str(tmp_path / "links.json")], {}, root=tmp_path) == 2
    assert "::error title=awesomelint::" in capsys.readouterr().out


def test_the_fixes_are_committed_byte_for_byte(repo: Path) -> None:
    """CRLF line endings, a BOM and a legacy encoding survive: --fix kept them, so the pull request must."""
    commit(repo, {"README.md": "# Awesome X\n", "OTHER.md": "x\n"})
    crlf = "\ufeff# Awesome X\r\n\r\n- [C](https://a.example/new) - C.\r\n".encode()
    latin = "# Caf\xe9\n\n- [C](https://a.example/new) - C.\n".encode("latin-1")
    (repo / "README.md").write_bytes(crlf)
    (repo / "OTHER.md").write_bytes(latin)
    assert linkreport.changed_files(repo) == {"README.md": crlf, "OTHER.md": latin}
