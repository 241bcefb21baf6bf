"""PR-diff mode: the lines a branch added or changed since it left its base.

The whole file is always linted (ordering and duplicates need context); only the reporting is
narrowed. Decisions, so the behaviour is predictable:

* The diff is from the merge base of ``BASE`` and ``HEAD`` to the **working tree**, which equals
  ``git diff BASE...HEAD`` on a clean CI checkout and, locally, also counts uncommitted edits, whose
  line numbers are the ones the linted file has. Untracked files count as wholly new.
* A deletion puts the lines on both sides of the deletion point in scope: removing a line can make
  its neighbours wrong (a lost blank line, a broken order).
* A shallow clone is repaired automatically: a missing base is fetched from its remote and a missing
  merge base is found by deepening the history (``git fetch --deepen``, then ``--unshallow``). Only
  when that fails is it a ``UsageError`` that says what to run.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from awesomelint.errors import UsageError
from awesomelint.finding import Finding

# --diff-filter: new findings anywhere (default), findings on changed lines, every finding of a changed file
DIFF_FILTERS = ("new", "changed-lines", "file")

HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
DEEPEN_STEPS = ("--deepen=50", "--deepen=500", "--unshallow")
_ESCAPES = {"a": "\a", "b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f", "r": "\r", '"': '"', "\\": "\\"}


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run git quietly: no prompts, no LFS downloads, plain C messages; failures are UsageErrors."""
    env = {**os.environ, "LC_ALL": "C", "GIT_TERMINAL_PROMPT": "0", "GIT_LFS_SKIP_SMUDGE": "1"}
    cmd = ["git", "--literal-pathspecs", "-c", "core.quotePath=false", *args]
    try:
        done = subprocess.run(
            cmd,
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="surrogateescape",
            check=False,
        )
    except FileNotFoundError:
        raise UsageError("--diff-base needs git, and git is not installed") from None
    if check and done.returncode != 0:
        raise UsageError(f"git {args[0]} failed: {done.stderr.strip() or done.returncode}")
    return done


def _unquote(path: str) -> str:
    """Undo git's C-style quoting of unusual path names (``"b/caf\\303\\251.md"``)."""
    if not (path.startswith('"') and path.endswith('"')):
        return path
    raw = bytearray()
    body, i = path[1:-1], 0
    while i < len(body):
        ch = body[i]
        if ch == "\\" and i + 1 < len(body):
            nxt = body[i + 1]
            if nxt in "01234567":
                raw.append(int(body[i + 1 : i + 4], 8))
                i += 4
                continue
            raw += _ESCAPES.get(nxt, nxt).encode()
            i += 2
            continue
        raw += ch.encode("utf-8", "surrogateescape")
        i += 1
    return raw.decode("utf-8", "surrogateescape")


def parse_diff(diff: str) -> dict[str, set[int]]:
    """New-side line numbers per file (repository-relative) from ``git diff --unified=0`` output."""
    out: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            name = _unquote(line[4:].rstrip("\t"))
            current = None if name == "/dev/null" else out.setdefault(name.removeprefix("b/"), set())
        elif line.startswith("@@") and current is not None and (match := HUNK.match(line)):
            start, count = int(match[1]), int(match[2] or 1)
            if count == 0:  # pure deletion after new line `start`: its neighbours are in scope
                current.update(n for n in (start, start + 1) if n >= 1)
            else:
                current.update(range(start, start + count))
    return out


def _remote_for(cwd: Path, ref: str) -> tuple[str, str]:
    remotes = git(cwd, "remote").stdout.split()
    for remote in remotes:
        if ref.startswith(remote + "/"):
            return remote, ref[len(remote) + 1 :]
    if not remotes:
        raise UsageError(f"--diff-base {ref}: no such commit, and no remote to fetch it from")
    return ("origin" if "origin" in remotes else remotes[0]), ref.removeprefix("refs/heads/")


def _resolve(cwd: Path, ref: str) -> str | None:
    done = git(cwd, "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}", check=False)
    return done.stdout.strip() or None if done.returncode == 0 else None


def _shallow(cwd: Path) -> bool:
    return git(cwd, "rev-parse", "--is-shallow-repository").stdout.strip() == "true"


def resolve_base(cwd: Path, ref: str, *, fetch: bool = True) -> str:
    """The base commit; fetched from its remote when a shallow or single-branch clone lacks it."""
    if ref.startswith("-") or not ref.strip():
        raise UsageError(f"--diff-base {ref!r}: not a git revision")
    found = _resolve(cwd, ref)
    if found or not fetch:
        if found:
            return found
        raise UsageError(f"--diff-base {ref}: no such commit here (fetch it first: git fetch origin {ref})")
    remote, name = _remote_for(cwd, ref)
    depth = ["--depth=50"] if _shallow(cwd) else []
    done = git(cwd, "fetch", "--no-tags", "--quiet", *depth, remote, name, check=False)
    found = _resolve(cwd, "FETCH_HEAD") if done.returncode == 0 else None
    if not found:
        raise UsageError(
            f"--diff-base {ref}: no such commit, and `git fetch {remote} {name}` failed "
            f"({done.stderr.strip() or 'no output'}); with actions/checkout use fetch-depth: 0"
        )
    return found


def merge_base(cwd: Path, base: str, *, fetch: bool = True) -> str:
    """Where HEAD left ``base``; deepens a shallow history step by step until it is found."""
    steps = list(DEEPEN_STEPS) if fetch else []
    while True:
        done = git(cwd, "merge-base", base, "HEAD", check=False)
        if done.returncode == 0:
            return done.stdout.strip()
        if not steps or not _shallow(cwd):
            break
        git(cwd, "fetch", "--no-tags", "--quiet", steps.pop(0), check=False)
    raise UsageError(
        f"--diff-base: HEAD and {base[:12]} have no common history here"
        + ("; the clone is shallow: fetch more (actions/checkout: fetch-depth: 0)" if _shallow(cwd) else "")
    )


def _line_count(path: Path) -> int:
    try:
        data = path.read_bytes()
    except OSError:
        return 0
    return max(1, len(data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").splitlines()))


@dataclass(frozen=True, slots=True)
class DiffFacts:
    """What changed between the merge base and the working tree, keyed by absolute path."""

    top: Path  # the repository's work tree
    start: str  # the merge base commit
    lines: Mapping[Path, set[int]]  # changed new-side lines (untracked files: every line)
    renamed_from: Mapping[Path, str] = field(default_factory=dict)  # new path -> old path (top-relative)
    touched: frozenset[Path] = frozenset()  # added, changed, renamed or untracked files
    untracked: frozenset[Path] = frozenset()
    deleted: frozenset[Path] = frozenset()

    def is_empty(self) -> bool:
        return not self.touched and not self.deleted


def _name_status(text: str) -> Iterable[tuple[str, str, str]]:
    """``(status, old, new)`` from ``git diff --name-status -z`` output."""
    parts = text.split("\0")
    i = 0
    while i < len(parts) - 1:
        status = parts[i]
        if status[:1] in ("R", "C"):
            yield status[:1], parts[i + 1], parts[i + 2]
            i += 3
        else:
            yield status[:1], parts[i + 1], parts[i + 1]
            i += 2


def diff_facts(
    base_ref: str,
    cwd: str | os.PathLike[str] | None = None,
    *,
    specs: Sequence[str | os.PathLike[str]] = (),
    fetch: bool = True,
) -> DiffFacts:
    """The diff from the merge base with ``base_ref`` to the working tree (untracked ``specs`` as new)."""
    here = Path(cwd or Path.cwd()).resolve()
    top_run = git(here, "rev-parse", "--show-toplevel", check=False)
    if top_run.returncode != 0:
        raise UsageError(f"--diff-base needs a git repository, and {here} is not in one")
    top = Path(top_run.stdout.strip()).resolve()
    start = merge_base(here, resolve_base(here, base_ref, fetch=fetch), fetch=fetch)
    common = ("--find-renames", "--no-color", "--no-ext-diff", "--no-textconv")
    # the diff has no pathspec: rename detection needs the old name in it too
    diff = git(top, "diff", "--unified=0", *common, "--src-prefix=a/", "--dst-prefix=b/", start)
    by_abs = {(top / name).resolve(): lines for name, lines in parse_diff(diff.stdout).items()}
    renamed: dict[Path, str] = {}
    touched: set[Path] = set()
    deleted: set[Path] = set()
    for status, old, new in _name_status(git(top, "diff", "--name-status", "-z", *common, start).stdout):
        full = (top / new).resolve()
        if status == "D":
            deleted.add(full)
            continue
        touched.add(full)
        if status == "R":
            renamed[full] = old
    rel_specs = [os.path.relpath((here / p).resolve(), top) for p in specs]
    untracked_out = git(top, "ls-files", "--others", "--exclude-standard", "-z", "--", *rel_specs).stdout
    untracked = set()
    for name in filter(None, untracked_out.split("\0")):
        full = (top / name).resolve()
        by_abs[full] = set(range(1, _line_count(full) + 1))
        untracked.add(full)
    return DiffFacts(top, start, by_abs, renamed, frozenset(touched | untracked), frozenset(untracked),
                     frozenset(deleted))


def changed_lines(
    paths: Sequence[str | os.PathLike[str]],
    base_ref: str,
    cwd: str | os.PathLike[str] | None = None,
    *,
    fetch: bool = True,
) -> dict[str, set[int]]:
    """Changed line numbers per file since the merge base with ``base_ref``.

    Keys are the given paths as given (all of them: an unchanged file maps to an empty set), or,
    with no paths, every changed file relative to ``cwd``. Deleted files are left out.
    """
    here = Path(cwd or Path.cwd()).resolve()
    facts = diff_facts(base_ref, here, specs=paths, fetch=fetch)
    if paths:
        return {str(p): set(facts.lines.get((here / p).resolve(), ())) for p in paths}
    return {os.path.relpath(full, here): lines for full, lines in facts.lines.items()}


def at_file_start(finding: Finding) -> bool:
    """Whole-file findings are placed at 1:1 by convention (e.g. a missing badge or title)."""
    return finding.line == 1 and finding.column == 1
