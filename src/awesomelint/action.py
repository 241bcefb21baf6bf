"""The GitHub Action's steps in Python (``python -m awesomelint.action plan|lint``), so they are tested.

Inputs arrive as environment variables (never interpolated into a script); results go to
``$GITHUB_OUTPUT`` and ``$GITHUB_STEP_SUMMARY``. Every way to fail ends the same: an annotation, a
step summary that says why, every output (``exit-code=2``), exit code 2.

* ``paths``: one path or glob per line; names may contain spaces; ``**`` matches any folder, the root
  included (``**/*.md`` lints the root README); a glob that matches nothing is an error.
* ``args``: split as a shell would (quotes work), never evaluated.
* ``fail-on``: empty means the config file decides (``fail-on`` in ``.awesomelint.toml``, else error).
* ``pull_request_target`` runs in the base repository's context, so its checkout is the base branch: the
  plan fetches the pull request's head into a separate worktree (no hooks, no LFS, nothing from it is
  run) and the lint runs there; when that fails it is an error, never a silent "no findings".
"""

from __future__ import annotations

import glob
import json
import os
import shlex
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from awesomelint.errors import UsageError
from awesomelint.report.github import escape_data

SEVERITIES = ("error", "warning", "info")
FORMATS = ("auto", "github", "text")
PULL_EVENTS = ("pull_request", "pull_request_target")
OUTPUT_KEYS = ("findings", "errors", "warnings", "dead-links")
REVIEW_FILE = "awesomelint-review.json"
HEAD_TREE = "awesomelint-pr-head"


def _append(name: str | None, text: str) -> None:
    if name:
        with open(name, "a", encoding="utf-8") as handle:
            handle.write(text)


def _choice(env: Mapping[str, str], key: str, allowed: Sequence[str], default: str) -> str:
    value = env.get(key, "").strip() or default
    if value not in allowed:
        raise UsageError(f"{key.lower().replace('_', '-')} must be {', '.join(allowed[:-1])} or {allowed[-1]}, "
                         f"not {value!r}")
    return value


def _git(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_LFS_SKIP_SMUDGE": "1", "LC_ALL": "C"}
    return subprocess.run(["git", "-c", "core.hooksPath=/dev/null", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, check=False)


def _event(env: Mapping[str, str]) -> dict[str, object]:
    try:
        data = json.loads(Path(env.get("GITHUB_EVENT_PATH", "")).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _pull_request_head(env: Mapping[str, str], workspace: Path) -> Path:
    """A worktree of the pull request's head commit for ``pull_request_target``; the workspace if it is there."""
    pull = _event(env).get("pull_request")
    if not isinstance(pull, dict):
        raise UsageError("pull_request_target: the event has no pull_request")
    sha, number = str(pull["head"]["sha"]), int(pull["number"])
    here = _git(workspace, "rev-parse", "HEAD")
    if here.returncode == 0 and here.stdout.strip() == sha:
        return workspace
    if _git(workspace, "cat-file", "-e", f"{sha}^{{commit}}").returncode != 0:
        done = _git(workspace, "fetch", "--no-tags", "--quiet", "origin", f"+refs/pull/{number}/head")
        if done.returncode != 0 or _git(workspace, "cat-file", "-e", f"{sha}^{{commit}}").returncode != 0:
            raise UsageError(f"pull_request_target: cannot fetch the pull request's head {sha[:12]} "
                             f"({done.stderr.strip() or 'not found'}); the checkout is the base branch, so "
                             "linting it would report nothing")
    tree = Path(env.get("RUNNER_TEMP") or workspace.parent) / HEAD_TREE
    done = _git(workspace, "worktree", "add", "--detach", "--force", "--quiet", str(tree), sha)
    if done.returncode != 0:
        raise UsageError(f"pull_request_target: cannot check out {sha[:12]}: {done.stderr.strip()}")
    return tree


def plan(env: Mapping[str, str], workspace: Path) -> dict[str, str]:
    """Decide PR mode, link checking and where to lint; a bad input becomes ``error`` for the lint step."""
    event = env.get("EVENT_NAME", "")
    out = {"diff-base": "", "check-links": "false", "check-papers": "false", "online": "false",
           "workdir": str(workspace), "error": ""}
    try:
        diff = _choice(env, "DIFF", ("auto", "true", "false"), "auto")
        links = _choice(env, "CHECK_LINKS", ("auto", "true", "false"), "auto")
        out["check-papers"] = _choice(env, "CHECK_PAPERS", ("true", "false"), "false")
        base = ""
        if diff == "true" or (diff == "auto" and event in PULL_EVENTS):
            base = env.get("DIFF_BASE", "").strip() or env.get("PR_BASE_SHA", "").strip()
            if not base and diff == "true":
                raise UsageError("diff is true but there is no pull request base; set diff-base")
        out["diff-base"] = base
        out["check-links"] = ("true" if base else "false") if links == "auto" else links
        out["online"] = "true" if "true" in (out["check-links"], out["check-papers"]) else "false"
        if event == "pull_request_target":
            out["workdir"] = str(_pull_request_head(env, workspace))
    except UsageError as exc:
        out["error"] = str(exc)
    return out


def expand_paths(text: str, root: Path) -> list[str]:
    """One path or glob per line; globs are expanded from ``root`` (``**`` includes the root itself)."""
    found: list[str] = []
    for raw in text.splitlines():
        pattern = raw.strip()
        if not pattern or pattern.startswith("#"):
            continue
        if not glob.has_magic(pattern):
            found.append(pattern)
            continue
        matches = sorted(glob.glob(pattern, root_dir=root, recursive=True))
        files = [m for m in matches if (root / m).is_file()]
        if not files:
            raise UsageError(f"paths: {pattern!r} matches no file")
        found += [f for f in files if f not in found]
    return found


def lint_argv(env: Mapping[str, str], root: Path) -> list[str]:
    """The command line for the inputs (``UsageError`` for a bad one)."""
    fmt = _choice(env, "FORMAT", FORMATS, "auto")
    comment = _choice(env, "COMMENT", ("true", "false"), "false") == "true"
    base = env.get("DIFF_BASE", "").strip()
    review = comment and bool(base)
    if fmt == "auto":
        fmt = "text" if review else "github"  # the review step annotates what it cannot comment on
    argv = ["--format", fmt]
    if env.get("FAIL_ON", "").strip():
        argv += ["--fail-on", _choice(env, "FAIL_ON", SEVERITIES, "error")]
    if sarif := env.get("SARIF_FILE", "").strip():
        argv += ["--format", "sarif", "--output", sarif]
    if review:
        argv += ["--format", "github-review", "--output", str(Path(env.get("RUNNER_TEMP") or root) / REVIEW_FILE)]
    if base:
        argv += ["--diff-base", base, "--diff-filter", _choice(env, "DIFF_FILTER", ("new", "changed-lines", "file"),
                                                               "new")]
    if env.get("CHECK_LINKS") == "true":
        argv.append("--check-links")
    if env.get("CHECK_PAPERS") == "true":
        argv.append("--check-papers")
    if "--check-links" in argv or "--check-papers" in argv:  # one cache holds links and paper lookups
        cache = _choice(env, "CACHE", ("true", "false"), "true") == "true"
        argv += ["--cache", env.get("CACHE_PATH") or ".awesomelint-cache.json"] if cache else ["--no-cache"]
    try:
        argv += shlex.split(env.get("ARGS", ""))
    except ValueError as exc:
        raise UsageError(f"args: cannot split {env.get('ARGS', '')!r}: {exc}") from None
    return [*argv, "--", *expand_paths(env.get("PATHS", ""), root)]


def fail(env: Mapping[str, str], message: str) -> int:
    """Report a run that could not lint: annotation, summary, every output."""
    print(f"::error title=awesomelint::{escape_data(message)}", flush=True)
    _append(env.get("GITHUB_STEP_SUMMARY"), f"## awesomelint\n\n:x: awesomelint could not run: {message}\n")
    _append(env.get("GITHUB_OUTPUT"), "".join(f"{key}=0\n" for key in OUTPUT_KEYS) + "exit-code=2\n")
    return 2


def _outputs_written(env: Mapping[str, str], before: int) -> bool:
    name = env.get("GITHUB_OUTPUT")
    if not name:
        return False
    with open(name, encoding="utf-8") as handle:
        handle.seek(before)
        return "findings=" in handle.read()


def lint(env: Mapping[str, str], workspace: Path) -> int:
    root = Path(env.get("WORKDIR") or workspace)
    try:
        if env.get("PLAN_ERROR"):
            raise UsageError(env["PLAN_ERROR"])
        argv = lint_argv(env, root)
    except UsageError as exc:
        return fail(env, str(exc))
    output = env.get("GITHUB_OUTPUT")
    before = os.path.getsize(output) if output and os.path.exists(output) else 0
    done = subprocess.run([sys.executable, "-m", "awesomelint", *argv], cwd=root, stderr=subprocess.PIPE,
                          text=True, check=False)
    sys.stderr.write(done.stderr)
    errors = [line.removeprefix("awesomelint: error: ") for line in done.stderr.splitlines()
              if line.startswith("awesomelint: error: ")]
    if done.returncode not in (0, 1) and not _outputs_written(env, before):
        return fail(env, "; ".join(errors) or f"awesomelint exited with {done.returncode}")
    for message in errors:
        print(f"::error title=awesomelint::{escape_data(message)}", flush=True)
    if errors:  # the summary must not read as a clean run
        _append(env.get("GITHUB_STEP_SUMMARY"), "".join(f"\n:x: error: {m}\n" for m in errors))
    _append(output, f"exit-code={done.returncode}\n")
    return done.returncode


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    workspace = Path.cwd()
    if args == ["plan"]:
        outputs = plan(os.environ, workspace)
        lines = (f"{k}={' '.join(v.splitlines())}\n" for k, v in outputs.items())
        _append(os.environ.get("GITHUB_OUTPUT"), "".join(lines))
        return 0
    if args == ["lint"]:
        return lint(os.environ, workspace)
    print("usage: python -m awesomelint.action plan|lint", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
