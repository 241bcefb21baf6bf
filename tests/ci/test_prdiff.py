"""New-findings mode (`--diff-base REF`, the default `--diff-filter new`) on real git repositories.

Each case is a pull request against the same list; the oracle is the full lint: the PR must fail
exactly when the full lint of the merged result has a finding the base did not have.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from gitrepo import commit, git, init, use_git_identity

from awesomelint.cli import main
from awesomelint.finding import Finding, Severity
from awesomelint.prdiff import fingerprint, new_findings

LIST = """\
# Awesome Things [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)

> A curated list of things.

## Contents

- [Tools](#tools)
- [Books](#books)

## Tools

- [Beta](https://b.example) - A beta tool.
- [Gamma](https://g.example) - A gamma tool.

## Books

- [Delta][delta] - A delta book.
- [Epsilon](https://e.example) - An epsilon book.\x20

[delta]: https://d.example

## Contributing

Contributions welcome! Read the [contribution guidelines](contributing.md) first.
"""
GUIDE = "# Contributing\n\nSend a pull request.\n"


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    use_git_identity(monkeypatch)
    path = init(tmp_path / "list")
    commit(path, {"README.md": LIST, "contributing.md": GUIDE}, "base")
    git(path, "checkout", "-q", "-b", "pr")
    monkeypatch.chdir(path)
    return path


Found = list[tuple[int, str]]


def lint(*args: str, path: str = "README.md") -> tuple[int, Found]:
    result = CliRunner().invoke(main, ["--format", "json", "--fail-on", "info", *args, path])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, [(f["line"], f["rule"]) for f in json.loads(result.stdout)["findings"]]


def full_lint_grew(repo: Path, path: str = "README.md", base_path: str | None = None) -> bool:
    """The oracle: does the full lint of the PR's result have more of some rule than the base's?"""
    head = Counter(rule for _, rule in lint(path=path)[1])
    git(repo, "stash", "-q", "--include-untracked") if git(repo, "status", "--porcelain") else None
    git(repo, "checkout", "-q", "main")
    try:
        base = Counter(rule for _, rule in lint(path=base_path or path)[1])
    finally:
        git(repo, "checkout", "-q", "pr")
    return bool(head - base)


def pr(repo: Path, files: dict[str, str | None]) -> None:
    commit(repo, files, "the pull request")


def line_of(repo: Path, text: str, path: str = "README.md") -> int:
    return next(i for i, line in enumerate((repo / path).read_text().splitlines(), 1) if text in line)


def test_a_new_duplicate_is_reported_on_the_untouched_old_entry(repo: Path) -> None:
    pr(repo, {"README.md": LIST.replace("- [Beta]", "- [Alpha](https://b.example) - An alpha tool.\n- [Beta]")})
    code, found = lint("--diff-base", "main")
    assert (code, found) == (1, [(line_of(repo, "[Beta]"), "AL003")])
    assert full_lint_grew(repo)
    old = lint("--diff-base", "main", "--diff-filter", "changed-lines")  # the old behaviour misses it
    assert "AL003" not in {rule for _, rule in old[1]}


def test_a_section_without_a_contents_item_is_reported(repo: Path) -> None:
    pr(repo, {"README.md": LIST.replace("## Contributing", "## Films\n\n- [Zeta](https://z.example) - A film.\n\n"
                                        "## Contributing")})
    code, found = lint("--diff-base", "main")
    assert code == 1 and {rule for _, rule in found} == {"AL135"}
    assert full_lint_grew(repo)


@pytest.mark.parametrize("change", ["delete", "rename"])
def test_a_deleted_or_renamed_section_whose_contents_item_stays_is_reported(repo: Path, change: str) -> None:
    books = LIST[LIST.index("## Books") : LIST.index("## Contributing")]
    text = LIST.replace(books, "") if change == "delete" else LIST.replace("## Books", "## Reading")
    pr(repo, {"README.md": text})
    code, found = lint("--diff-base", "main")
    assert code == 1
    item = line_of(repo, "- [Books](#books)")  # untouched: its section is gone
    assert {rule for line, rule in found if line == item} & {"AL111", "AL135"}
    assert full_lint_grew(repo)


def test_a_deleted_reference_definition_is_reported_where_it_is_used(repo: Path) -> None:
    pr(repo, {"README.md": LIST.replace("[delta]: https://d.example\n\n", "")})
    code, found = lint("--diff-base", "main")
    assert (code, found) == (1, [(line_of(repo, "[Delta][delta]"), "AL026")])
    assert full_lint_grew(repo)


def test_switching_the_bullet_style_is_reported_on_the_lines_left_behind(repo: Path) -> None:
    text = LIST.replace("- [Tools]", "* [Tools]").replace("- [Books]", "* [Books]")
    text = text.replace("- [Beta]", "* [Beta]").replace("- [Gamma]", "* [Gamma]").replace("- [Delta]", "* [Delta]")
    pr(repo, {"README.md": text})
    code, found = lint("--diff-base", "main")
    assert code == 1 and (line_of(repo, "- [Epsilon]"), "AL036") in found
    assert full_lint_grew(repo)


def test_a_clean_entry_passes_though_the_file_has_old_findings(repo: Path) -> None:
    pr(repo, {"README.md": LIST.replace("- [Gamma]", "- [Foo](https://f.example) - A foo tool.\n- [Gamma]")})
    assert lint()[0] == 1  # the list has old findings (a trailing space, no remote, a young repository)
    assert lint("--diff-base", "main") == (0, [])
    assert not full_lint_grew(repo)


def test_old_findings_that_moved_are_not_reported(repo: Path) -> None:
    pr(repo, {"README.md": LIST.replace("> A curated list of things.\n", "> A curated list of things.\n\nMore.\n")})
    assert (line_of(repo, "[Epsilon]"), "AL002") in lint()[1]  # the old trailing space, on a new line number
    assert lint("--diff-base", "main") == (0, [])
    assert not full_lint_grew(repo)


def test_a_missing_contributing_guide_the_pr_did_not_cause_is_not_reported(repo: Path) -> None:
    git(repo, "checkout", "-q", "main")
    commit(repo, {"contributing.md": None}, "no guide yet")
    git(repo, "checkout", "-q", "-B", "pr")
    pr(repo, {"README.md": LIST.replace("- [Gamma]", "- [Foo](https://f.example) - A foo tool.\n- [Gamma]")})
    assert (1, "AL123") in lint()[1]
    assert lint("--diff-base", "main") == (0, [])


def test_a_contributing_guide_the_pr_deletes_is_reported(repo: Path) -> None:
    pr(repo, {"contributing.md": None})
    link = line_of(repo, "(contributing.md)")  # untouched, but its target is gone
    assert lint("--diff-base", "main") == (1, [(1, "AL123"), (link, "AL110")])
    assert full_lint_grew(repo)


def test_a_renamed_readme_is_compared_with_its_old_self(repo: Path) -> None:
    git(repo, "mv", "README.md", "readme.md")
    commit(repo, {"readme.md": LIST.replace("- [Beta]", "- [Alpha](https://b.example) - An alpha tool.\n- [Beta]")})
    code, found = lint("--diff-base", "main", path="readme.md")
    assert (code, found) == (1, [(line_of(repo, "[Beta]", "readme.md"), "AL003")])
    assert lint("--diff-base", "main", "--diff-filter", "file", path="readme.md")[1] == lint(path="readme.md")[1]


def test_uncommitted_and_untracked_files_count_as_the_change(repo: Path) -> None:
    (repo / "README.md").write_text(LIST.replace("[delta]: https://d.example\n\n", ""))
    assert lint("--diff-base", "main")[1] == [(line_of(repo, "[Delta][delta]"), "AL026")]
    (repo / "new.md").write_text("# Awesome New\n\n- [A](https://a.example) - A.\n- [B](https://a.example) - B.\n")
    assert set(lint("--diff-base", "main", path="new.md")[1]) == set(lint(path="new.md")[1])


def test_nothing_changed_reports_nothing_and_leaves_no_worktree(repo: Path) -> None:
    pr(repo, {"README.md": LIST.replace("- [Beta]", "- [Alpha](https://b.example) - An alpha tool.\n- [Beta]")})
    lint("--diff-base", "main")
    assert git(repo, "worktree", "list", "--porcelain").count("worktree ") == 1
    assert lint("--diff-base", "HEAD") == (0, [])


def test_the_file_filter_reports_every_finding_in_touched_files_only(repo: Path) -> None:
    pr(repo, {"contributing.md": GUIDE + "More.\n"})
    assert lint("--diff-base", "main", "--diff-filter", "file") == (0, [])  # README untouched
    pr(repo, {"README.md": LIST + "\nMore.\n"})
    assert lint("--diff-base", "main", "--diff-filter", "file")[1] == lint()[1]


def test_a_shallow_clone_is_deepened_and_compared(tmp_path: Path, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    git(repo, "checkout", "-q", "main")
    for i in range(3):
        commit(repo, {f"notes{i}.md": "x\n"}, f"main {i}")
    git(repo, "checkout", "-q", "pr")
    pr(repo, {"README.md": LIST.replace("- [Beta]", "- [Alpha](https://b.example) - An alpha tool.\n- [Beta]")})
    for i in range(3):
        commit(repo, {f"pr{i}.md": "y\n"}, f"pr {i}")
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--depth=1", "--no-single-branch", repo.as_uri(), str(clone))
    git(clone, "checkout", "-q", "pr")
    monkeypatch.chdir(clone)
    assert git(clone, "rev-parse", "--is-shallow-repository").strip() == "true"
    code, found = lint("--diff-base", "origin/main")
    assert (code, found) == (1, [(line_of(clone, "[Beta]"), "AL003")])


def _finding(line: int, message: str, rule: str = "AL003", column: int = 3) -> Finding:
    return Finding("README.md", line, column, rule, line, column + 1, "x", Severity.ERROR, message)


def test_fingerprints_ignore_line_numbers_but_not_the_text_or_the_count() -> None:
    base_lines = ["# T", "- [A](https://a.example)", "- [B](https://a.example)"]
    head_lines = ["# T", "", "- [A](https://a.example)", "- [B](https://a.example)", "- [B](https://a.example)"]
    base = [_finding(3, "duplicate of line 2")]
    head = [_finding(4, "duplicate of line 3"), _finding(5, "duplicate of line 3")]
    assert fingerprint(base[0], base_lines) == fingerprint(head[0], head_lines)
    assert new_findings(head, head_lines, base, base_lines) == [head[1]]  # the second occurrence is new
    whole = _finding(1, "missing contributing.md", "AL123", column=1)
    assert new_findings([whole], ["# New title"], [whole], ["# Old title"]) == []


def test_a_profile_flip_is_not_noise_the_base_is_judged_with_the_heads_profile(repo: Path) -> None:
    plain = LIST.replace("# Awesome Things [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "# Things")
    git(repo, "checkout", "-q", "main")
    commit(repo, {"README.md": plain}, "a plain list")
    git(repo, "checkout", "-q", "-B", "pr")
    assert {rule for _, rule in lint()[1]} == {"AL002"}  # plain profile: the old trailing space only
    pr(repo, {"README.md": LIST})  # the title now makes it an awesome list
    assert {rule for _, rule in lint()[1]} >= {"AL138"}  # whole-file checks of the awesome profile now run
    code, found = lint("--diff-base", "main")
    assert (code, found) == (0, [])  # the base, judged as awesome too, had them: not the retitling's doing
