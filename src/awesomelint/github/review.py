"""Post ``--format github-review`` output as one pull-request review, updating the previous run's.

    python -m awesomelint.github.review REVIEW.json

Reads ``GITHUB_REPOSITORY``, ``GITHUB_EVENT_PATH`` (the pull request's number and head commit),
``GITHUB_TOKEN`` and ``GITHUB_API_URL``. Comments are matched to the previous run's by the hidden key
in their body: one still wanted on the same line is edited (if its text changed), one no longer wanted
is deleted (the finding is resolved), the rest go into one new review of at most ``MAX_COMMENTS``
comments. GitHub only accepts comments on lines of the pull request's diff; the others, the overflow,
and everything when the token cannot write (pull requests from forks) become workflow annotations.
The lint step's exit code decides the job; this step fails only on bad input (exit 2).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from awesomelint.errors import UsageError
from awesomelint.finding import Finding, Severity
from awesomelint.github.api import ApiError, GitHub
from awesomelint.report import github as gh_report
from awesomelint.report.context import ReportContext
from awesomelint.report.github_review import REVIEW_MARKER, SUGGESTION_MARKER

MAX_COMMENTS = 50  # per review; GitHub times out on much larger ones
KEY = re.compile(r"<!-- awesomelint:key=([0-9a-f]+:\d+) -->")
HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@")


@dataclass
class Outcome:
    created: int = 0
    edited: int = 0
    deleted: int = 0
    kept: int = 0
    annotated: list[Finding] = field(default_factory=list)
    warning: str | None = None

    def summary(self) -> str:
        return (f"awesomelint review: {self.created} comment(s) posted, {self.edited} edited, {self.kept} unchanged, "
                f"{self.deleted} resolved and deleted, {len(self.annotated)} as annotations")


def commentable_lines(patch: str) -> set[int]:
    """New-side lines a review comment may be placed on: added and context lines of the diff's hunks."""
    lines: set[int] = set()
    number = 0
    for line in patch.splitlines():
        if match := HUNK.match(line):
            number = int(match[1])
        elif number and (line.startswith(("+", " ")) or line == ""):  # "": a context line lost its space
            lines.add(number)
            number += 1
    return lines


def _finding(meta: Mapping[str, Any]) -> Finding:
    return Finding(meta["path"], meta["line"], meta["column"], meta["rule"], meta["end_line"], meta["end_column"],
                   meta["name"], Severity.parse(meta["severity"]), meta["message"])


def _placed(comment: dict[str, Any], meta: Mapping[str, Any], lines: set[int] | None) -> dict[str, Any] | None:
    """The comment as it can be posted on the diff: whole, without its suggestion, or not at all."""
    if lines is None:
        return None
    first = comment.get("start_line", comment["line"])
    if all(n in lines for n in range(first, comment["line"] + 1)):
        return comment
    if meta["line"] not in lines:
        return None
    plain = {"path": comment["path"], "side": "RIGHT", "line": meta["line"]}
    plain["body"] = comment["body"].split("\n" + SUGGESTION_MARKER, 1)[0]
    return plain


def _same_place(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    return bool(old.get("path") == new["path"] and old.get("line") == new["line"]
                and (old.get("start_line") or old.get("line")) == new.get("start_line", new["line"]))


def sync(api: GitHub, repo: str, number: int, commit: str, review: Mapping[str, Any]) -> Outcome:
    """Bring the pull request's awesomelint comments in line with ``review`` (see the module docstring)."""
    outcome = Outcome()
    metas: Sequence[Mapping[str, Any]] = review.get("awesomelint", {}).get("findings", [])
    comments: Sequence[dict[str, Any]] = review.get("comments", [])
    pull = f"/repos/{repo}/pulls/{number}"
    try:
        diff = {f["filename"]: commentable_lines(f.get("patch") or "") for f in api.paginate(f"{pull}/files")}
        previous: dict[str, list[dict[str, Any]]] = {}
        for old in api.paginate(f"{pull}/comments"):
            if match := KEY.search(old.get("body") or ""):
                previous.setdefault(match[1], []).append(old)
    except ApiError as exc:
        outcome.annotated = [_finding(m) for m in metas]
        outcome.warning = f"cannot read the pull request ({exc}); the findings are annotations instead"
        return outcome
    fresh: list[dict[str, Any]] = []
    for comment, meta in zip(comments, metas, strict=True):
        placed = _placed(comment, meta, diff.get(comment["path"]))
        if placed is None:
            outcome.annotated.append(_finding(meta))
            continue
        olds = previous.get(meta["key"], [])
        old = next((o for o in olds if _same_place(o, placed)), None)
        if old is None:
            fresh.append(placed)
            continue
        olds.remove(old)
        if old.get("body") != placed["body"]:
            _try(outcome, api, "PATCH", f"/repos/{repo}/pulls/comments/{old['id']}", {"body": placed["body"]})
            outcome.edited += 1
        else:
            outcome.kept += 1
    for stale in (o for olds in previous.values() for o in olds):
        _try(outcome, api, "DELETE", f"/repos/{repo}/pulls/comments/{stale['id']}")
        outcome.deleted += 1
    if fresh:
        posted, overflow = fresh[:MAX_COMMENTS], fresh[MAX_COMMENTS:]
        body = review.get("body") or REVIEW_MARKER
        if overflow:
            body += f"\n\n{len(overflow)} more finding(s) are annotations in the workflow run (a review holds " \
                    f"at most {MAX_COMMENTS} comments)."
            keys = {KEY.search(c["body"])[1] for c in overflow if KEY.search(c["body"])}  # type: ignore[index]
            outcome.annotated += [_finding(m) for m in metas if m["key"] in keys]
        payload = {"commit_id": commit, "event": "COMMENT", "body": body, "comments": posted}
        try:
            api.request("POST", f"{pull}/reviews", payload)
            outcome.created = len(posted)
        except ApiError as exc:
            keys = {m[1] for c in posted if (m := KEY.search(c["body"]))}
            outcome.annotated += [_finding(m) for m in metas if m["key"] in keys]
            outcome.warning = f"cannot post the review ({exc}); its comments are annotations instead"
    return outcome


def _try(outcome: Outcome, api: GitHub, method: str, path: str, body: Any = None) -> None:
    try:
        api.request(method, path, body)
    except ApiError as exc:
        outcome.warning = f"cannot update a previous comment ({exc})"


def _event(env: Mapping[str, str]) -> tuple[str, int, str]:
    repo = env.get("GITHUB_REPOSITORY", "")
    try:
        event = json.loads(Path(env.get("GITHUB_EVENT_PATH", "")).read_text(encoding="utf-8"))
        pull = event["pull_request"]
        return repo, int(pull["number"]), str(pull["head"]["sha"])
    except (OSError, ValueError, KeyError, TypeError):
        raise UsageError("comments need a pull_request or pull_request_target event "
                         "(GITHUB_EVENT_PATH has no pull_request)") from None


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None, *, pause: float = 1.0) -> int:
    env = os.environ if env is None else env
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if len(args) != 1:
            raise UsageError("usage: python -m awesomelint.github.review REVIEW.json")
        if not Path(args[0]).exists():
            print(f"awesomelint review: nothing to post ({args[0]} was not written: the lint did not run)")
            return 0
        try:
            review = json.loads(Path(args[0]).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UsageError(f"{args[0]}: not a github-review file ({exc})") from None
        repo, number, commit = _event(env)
        api = GitHub.from_env(env, pause=pause)
    except UsageError as exc:
        print(f"::error title=awesomelint::{gh_report.escape_data(str(exc))}")
        return 2
    outcome = sync(api, repo, number, commit, review)
    if outcome.warning:
        print(f"::warning title=awesomelint::{gh_report.escape_data(outcome.warning)}")
    if outcome.annotated:
        print(gh_report.render(outcome.annotated, ReportContext()), end="")
    print(outcome.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
