"""`--format github-review` and its poster against a fake GitHub API on 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fakegithub import TOKEN, State, fake_github
from gitrepo import commit, git, init, use_git_identity
from test_prdiff import GUIDE, LIST

from awesomelint.cli import main as cli
from awesomelint.finding import Edit, Fix
from awesomelint.github import review
from awesomelint.github.api import GitHub
from awesomelint.report.github_review import suggestion

HEAD = "b" * 40
ADDED = LIST.replace("- [Beta]", "- [Alpha](https://b.example) - An alpha tool.\n- [Beta]").replace(
    "- [Gamma]", "- [Foo](https://f.example)  -  A foo tool.\n- [Gamma]").replace("## Books", "## Reading")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    use_git_identity(monkeypatch)
    path = init(tmp_path / "list")
    commit(path, {"README.md": LIST, "contributing.md": GUIDE}, "base")
    git(path, "checkout", "-q", "-b", "pr")
    monkeypatch.chdir(path)
    return path


@pytest.fixture
def github() -> Iterator[tuple[str, State]]:
    with fake_github() as running:
        yield running


def pr_files(repo: Path) -> list[dict[str, str]]:
    """The pull request's files as GitHub lists them: one patch (hunks, 3 lines of context) per file."""
    files = []
    for chunk in git(repo, "diff", "-U3", "main...HEAD").split("diff --git ")[1:]:
        name = chunk.split("\n", 1)[0].split(" b/", 1)[1]
        files.append({"filename": name, "patch": chunk[chunk.index("@@") :] if "@@" in chunk else ""})
    return files


def push_and_review(repo: Path, state: State, url: str, capsys: pytest.CaptureFixture[str],
                    **env: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["--diff-base", "main", "--format", "github-review", "-o", "review.json",
                                      "README.md"])
    assert result.exit_code in (0, 1), result.output
    state.files = pr_files(repo)
    event = repo.parent / "event.json"
    event.write_text(json.dumps({"pull_request": {"number": 7, "head": {"sha": HEAD}}}))
    base_env = {"GITHUB_TOKEN": TOKEN, "GITHUB_API_URL": url, "GITHUB_REPOSITORY": "owner/list",
                "GITHUB_EVENT_PATH": str(event)}
    code = review.main(["review.json"], {**base_env, **env}, pause=0)
    out = capsys.readouterr()
    assert TOKEN not in out.out + out.err + result.output
    return code, out.out


def line_of(repo: Path, text: str) -> int:
    return next(i for i, line in enumerate((repo / "README.md").read_text().splitlines(), 1) if text in line)


def test_one_review_with_a_comment_per_new_finding_and_a_suggestion_for_the_safe_fix(
        repo: Path, github: tuple[str, State], capsys: pytest.CaptureFixture[str]) -> None:
    url, state = github
    commit(repo, {"README.md": ADDED})
    code, out = push_and_review(repo, state, url, capsys)
    assert code == 0
    assert all(r.headers.get("Authorization") == f"Bearer {TOKEN}" for r in state.requests)
    posts = [r for r in state.requests if r.method == "POST"]
    assert [r.path for r in posts] == ["/repos/owner/list/pulls/7/reviews"]
    sent = posts[0].body
    assert sent["commit_id"] == HEAD and sent["event"] == "COMMENT" and "awesomelint" not in sent
    by_line = {c["line"]: c for c in sent["comments"]}
    assert "AL003 duplicate-link" in by_line[line_of(repo, "[Beta]")]["body"]  # an untouched line, in the diff
    foo = by_line[line_of(repo, "[Foo]")]["body"]
    assert "AL126 entry-separator" in foo
    assert "```suggestion\n- [Foo](https://f.example) - A foo tool.\n```" in foo
    toc = line_of(repo, "- [Books](#books)")  # the section it points to was renamed: far outside the diff
    assert toc not in by_line
    assert f"file=README.md,line={toc}," in out
    assert "1 as annotations" in out or "as annotations" in out


def test_the_next_push_edits_keeps_and_deletes_instead_of_reviewing_again(
        repo: Path, github: tuple[str, State], capsys: pytest.CaptureFixture[str]) -> None:
    url, state = github
    commit(repo, {"README.md": ADDED})
    push_and_review(repo, state, url, capsys)
    first = {c["id"]: c for c in state.comments}
    assert len(state.reviews) == 1 and len(first) >= 2
    commit(repo, {"README.md": ADDED.replace("[Foo](https://f.example)  -  ", "[Foo](https://f.example) - ")})
    state.requests.clear()
    code, _ = push_and_review(repo, state, url, capsys)
    assert code == 0 and len(state.reviews) == 1  # nothing new: no second review
    deleted = [r.path for r in state.requests if r.method == "DELETE"]
    assert len(deleted) == 1 and not any("AL126" in c["body"] for c in state.comments)
    assert any("AL003" in c["body"] for c in state.comments) and not [r for r in state.requests if r.method == "PATCH"]
    commit(repo, {"README.md": ADDED.replace("[Foo](https://f.example)  -  ", "[Foo](https://f.example) - ")
                  .replace("- [Gamma](https://g.example)", "- [Gamma](https://b.example)")})
    push_and_review(repo, state, url, capsys)
    assert len(state.reviews) == 2
    assert [c["line"] for c in state.reviews[1]["comments"]] == [line_of(repo, "[Gamma]")]


def test_a_read_only_token_turns_comments_into_annotations(
        repo: Path, github: tuple[str, State], capsys: pytest.CaptureFixture[str]) -> None:
    url, state = github
    state.read_only = True  # a pull request from a fork
    commit(repo, {"README.md": ADDED})
    code, out = push_and_review(repo, state, url, capsys)
    assert code == 0 and not state.comments
    assert "::warning title=awesomelint::cannot post the review" in out
    assert f"file=README.md,line={line_of(repo, '[Beta]')}," in out


def test_a_missing_token_or_event_is_a_usage_error(repo: Path, github: tuple[str, State],
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "review.json").write_text('{"comments": []}')
    assert review.main(["review.json"], {"GITHUB_EVENT_PATH": str(repo / "none.json")}) == 2
    assert "pull_request" in capsys.readouterr().out


def test_limits_one_review_of_at_most_fifty_comments_and_retries_after_a_rate_limit(
        github: tuple[str, State], capsys: pytest.CaptureFixture[str]) -> None:
    url, state = github
    state.files = [{"filename": "README.md", "patch": "@@ -0,0 +1,60 @@\n" + "+x\n" * 60}]
    state.rate_limit_once = True
    metas = [{"key": f"{i:016x}:1", "rule": "AL002", "name": "no-trailing-spaces", "severity": "warning",
              "message": "trailing", "path": "README.md", "line": i, "column": 1, "end_line": i, "end_column": 2}
             for i in range(1, 56)]
    comments = [{"path": "README.md", "side": "RIGHT", "line": i, "body": f"<!-- awesomelint:key={i:016x}:1 -->\nx"}
                for i in range(1, 56)]
    waits: list[float] = []
    api = GitHub(TOKEN, url, pause=0, sleep=waits.append)
    outcome = review.sync(api, "owner/list", 7, HEAD, {"body": "b", "comments": comments,
                                                       "awesomelint": {"findings": metas}})
    assert waits == [2.0]
    assert len(state.reviews) == 1 and len(state.reviews[0]["comments"]) == review.MAX_COMMENTS
    assert outcome.created == 50 and len(outcome.annotated) == 5 and "5 more finding(s)" in state.reviews[0]["body"]
    state.requests.clear()
    again = review.sync(api, "owner/list", 7, HEAD, {"body": "b", "comments": comments,
                                                     "awesomelint": {"findings": metas}})
    assert sum(1 for r in state.requests if r.method == "GET" and r.path.endswith("/comments")) == 25  # 2 a page
    assert (again.kept, again.created, again.deleted) == (50, 5, 0)


def test_commentable_lines_follow_the_hunks() -> None:
    patch = "@@ -1,3 +1,4 @@\n a\n-b\n+c\n+d\n e\n@@ -10,2 +11,2 @@\n f\n+g\n"
    assert review.commentable_lines(patch) == {1, 2, 3, 4, 11, 12}


def test_a_suggestion_replaces_whole_lines_and_skips_fixes_it_cannot_show() -> None:
    lines = ["- [A](x)  -  A.", "- [B](y) - B."]
    assert suggestion(Fix((Edit(1, 9, 1, 14, " - "),)), lines) == (1, 1, "- [A](x) - A.")
    assert suggestion(Fix((Edit(1, 1, 2, 1, ""),)), lines) is None  # a deleted line: no block can show it
    assert suggestion(Fix((Edit(1, 9, 1, 14, " - "),), safe=False), lines) is None
    assert suggestion(Fix((Edit(2, 14, 2, 14, "\n"),)), lines) == (2, 2, "- [B](y) - B.\n")


def test_a_suggestion_replaces_the_line_the_linter_numbered(tmp_path: Path) -> None:
    """A form feed or U+2028 inside a line is no line break for the linter, nor for the suggestion block
    (str.splitlines split there: the suggestion for line 5 replaced the entry with another line's tail)."""
    path = tmp_path / "README.md"
    path.write_text("# Awesome X\n\nText with a form\x0cfeed and a line\u2028separator.\n\n"
                    "- [A](https://a.example) - A tool. \n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--profile", "awesome", "--select", "no-trailing-spaces",
                                      "--format", "github-review", str(path)])
    [comment] = json.loads(result.output)["comments"]
    assert comment["line"] == 5
    assert comment["body"].endswith("```suggestion\n- [A](https://a.example) - A tool.\n```")
