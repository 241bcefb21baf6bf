"""PR-diff mode on real git repositories: what counts as changed, and shallow clones."""

from __future__ import annotations

from pathlib import Path

import pytest
from gitrepo import commit, git, init, lines, use_git_identity

from awesomelint import diffscope
from awesomelint.errors import UsageError


@pytest.fixture(autouse=True)
def _git_identity(monkeypatch: pytest.MonkeyPatch) -> None:
    use_git_identity(monkeypatch, outside_actions=False)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """main has README.md with ten lines; the test then works on branch `pr`."""
    path = init(tmp_path / "repo")
    commit(path, {"README.md": lines(10), "other.md": lines(3)}, "base")
    git(path, "checkout", "-q", "-b", "pr")
    return path


def changed(repo: Path, *paths: str, base: str = "main") -> dict[str, set[int]]:
    return diffscope.changed_lines(list(paths) or ["README.md"], base, repo)


def edit(text: str, replace: dict[int, str | None] | None = None, insert: dict[int, str] | None = None) -> str:
    out = text.splitlines(keepends=True)
    for n, new in sorted((replace or {}).items(), reverse=True):
        if new is None:
            del out[n - 1]
        else:
            out[n - 1] = new + "\n"
    for n, new in sorted((insert or {}).items()):
        out.insert(n - 1, new + "\n")  # the new line becomes line n
    return "".join(out)


def test_added_lines(repo: Path) -> None:
    commit(repo, {"README.md": edit(lines(10), insert={4: "new a", 5: "new b"})})
    assert changed(repo) == {"README.md": {4, 5}}


def test_changed_line(repo: Path) -> None:
    commit(repo, {"README.md": edit(lines(10), replace={7: "line seven"})})
    assert changed(repo) == {"README.md": {7}}


def test_deleted_line_puts_its_neighbours_in_scope(repo: Path) -> None:
    commit(repo, {"README.md": edit(lines(10), replace={5: None})})
    assert changed(repo) == {"README.md": {4, 5}}  # old 4 and old 6 (now 5) meet here


def test_deleting_the_first_line(repo: Path) -> None:
    commit(repo, {"README.md": edit(lines(10), replace={1: None})})
    assert changed(repo) == {"README.md": {1}}


def test_moved_line_counts_at_its_new_place(repo: Path) -> None:
    moved = edit(edit(lines(10), replace={2: None}), insert={9: "line 2"})  # line 2 now after line 9
    commit(repo, {"README.md": moved})
    assert moved.splitlines()[8] == "line 2"
    assert changed(repo) == {"README.md": {1, 2, 9}}  # deletion point 1|2 and the new line 9


def test_renamed_file_keeps_its_changes_under_the_new_name(repo: Path) -> None:
    git(repo, "mv", "README.md", "readme.markdown")
    commit(repo, {"readme.markdown": edit(lines(10), replace={3: "line three"})}, "rename")
    assert changed(repo, "readme.markdown") == {"readme.markdown": {3}}


def test_pure_rename_changes_no_line(repo: Path) -> None:
    git(repo, "mv", "README.md", "docs.md")
    git(repo, "commit", "-q", "-m", "rename")
    assert changed(repo, "docs.md") == {"docs.md": set()}


def test_three_dot_ignores_what_landed_on_the_base_later(repo: Path) -> None:
    commit(repo, {"README.md": edit(lines(10), replace={2: "pr edit"})})
    git(repo, "checkout", "-q", "main")
    commit(repo, {"other.md": "changed on main\n", "README.md": edit(lines(10), replace={9: "main edit"})})
    git(repo, "checkout", "-q", "pr")
    assert changed(repo, "README.md", "other.md") == {"README.md": {2}, "other.md": set()}


def test_uncommitted_and_untracked_files_count_in_working_tree_numbers(repo: Path) -> None:
    commit(repo, {"README.md": edit(lines(10), replace={2: "committed"})})
    (repo / "README.md").write_text(edit(lines(10), replace={2: "committed"}, insert={1: "unsaved"}))
    (repo / "new.md").write_text("a\nb\nc\n")
    assert changed(repo, "README.md", "new.md") == {"README.md": {1, 3}, "new.md": {1, 2, 3}}


def test_no_paths_lists_every_changed_file_relative_to_cwd(repo: Path) -> None:
    commit(repo, {"docs/a.md": "x\n", "other.md": None})
    (repo / "docs" / "b.md").write_text("1\n2\n")
    assert diffscope.changed_lines([], "main", repo / "docs") == {"a.md": {1}, "b.md": {1, 2}}


def test_unusual_file_names(repo: Path) -> None:
    name = 'my "list"\tü.md'
    commit(repo, {name: "one\ntwo\n"})
    assert changed(repo, name) == {name: {1, 2}}


def test_not_a_repository_or_unknown_base_is_a_usage_error(tmp_path: Path, repo: Path) -> None:
    with pytest.raises(UsageError, match="not in one"):
        diffscope.changed_lines(["x.md"], "main", tmp_path)
    with pytest.raises(UsageError, match="no remote to fetch it from"):
        changed(repo, base="nope")
    with pytest.raises(UsageError, match="not a git revision"):
        changed(repo, base="--output=/tmp/x")


@pytest.fixture
def origin(tmp_path: Path) -> Path:
    """An upstream with main and a PR branch three commits ahead of where it left main."""
    path = init(tmp_path / "origin")
    commit(path, {"README.md": lines(10)}, "base")
    git(path, "checkout", "-q", "-b", "pr")
    commit(path, {"README.md": edit(lines(10), replace={3: "pr 1"})})
    commit(path, {"notes.md": "x\n"})
    commit(path, {"README.md": edit(lines(10), replace={3: "pr 1"}, insert={11: "pr 3"})})
    git(path, "checkout", "-q", "main")
    commit(path, {"README.md": edit(lines(10), replace={8: "later on main"})}, "main moves on")
    return path


def test_shallow_clone_without_the_base_fetches_it(tmp_path: Path, origin: Path) -> None:
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth=1", "--branch=pr", origin.as_uri(), str(clone))
    assert git(clone, "rev-parse", "--is-shallow-repository").strip() == "true"
    with pytest.raises(UsageError, match="no such commit here"):
        diffscope.changed_lines(["README.md"], "origin/main", clone, fetch=False)
    assert diffscope.changed_lines(["README.md"], "origin/main", clone) == {"README.md": {3, 11}}


def test_shallow_clone_with_base_but_no_merge_base_deepens(tmp_path: Path, origin: Path) -> None:
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth=1", "--no-single-branch", "--branch=pr", origin.as_uri(), str(clone))
    with pytest.raises(UsageError, match="clone is shallow"):
        diffscope.changed_lines(["README.md"], "origin/main", clone, fetch=False)
    main_sha = git(origin, "rev-parse", "main").strip()
    assert diffscope.changed_lines(["README.md"], main_sha, clone) == {"README.md": {3, 11}}


def test_base_missing_upstream_too_is_a_clear_error(tmp_path: Path, origin: Path) -> None:
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth=1", "--branch=pr", origin.as_uri(), str(clone))
    with pytest.raises(UsageError, match=r"origin/gone: no such commit, and `git fetch origin gone` failed"):
        diffscope.changed_lines(["README.md"], "origin/gone", clone)


def test_parse_diff_hunk_forms() -> None:
    diff = "+++ b/a.md\n@@ -5,0 +6 @@\n@@ -7 +7,0 @@\n@@ -1,2 +1,3 @@\n+++ /dev/null\n@@ -1 +0,0 @@\n"
    assert diffscope.parse_diff(diff) == {"a.md": {6, 7, 8, 1, 2, 3}}
