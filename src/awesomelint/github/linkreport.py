"""The weekly link report: one "Link report" issue, and a pull request with the safe link fixes.

    python -m awesomelint.github.linkreport LINKS.json

``LINKS.json`` is ``awesomelint --check-links --format json`` output. Dead links (AL100) and moved
ones (AL101 redirected-link, AL104 moved-repository) are listed by file and section in the one open
issue titled ``TITLE`` (created, or its body replaced); when none is left the issue is closed with a
comment. Files the working tree changed since ``HEAD`` (``awesomelint --fix`` of the moved links, run
by the workflow before this) are committed to the branch ``BRANCH`` (reset to the base branch each
week) through the contents API, and one pull request offers them; with no fix left an open one is
closed. Reads ``GITHUB_REPOSITORY``, ``GITHUB_REF_NAME`` (the base branch), ``GITHUB_TOKEN``, ``GITHUB_API_URL``.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from awesomelint.errors import UsageError
from awesomelint.github.api import ApiError, GitHub
from awesomelint.parse.parser import parse
from awesomelint.report.github import escape_data

TITLE = "Link report"
MARKER = "<!-- awesomelint:link-report -->"
BRANCH = "awesomelint/link-fixes"
DEAD = {"dead-link": "dead"}
MOVED = {"redirected-link": "moved", "moved-repository": "moved"}
MAX_BODY = 60_000


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    section: str
    line: int
    kind: str  # dead or moved
    message: str


def problems(report: Mapping[str, Any], root: Path) -> list[Problem]:
    """Dead and moved links from a JSON report, with the section each is in."""
    sections: dict[str, Any] = {}
    out = []
    for f in report.get("findings", []):
        kind = DEAD.get(f.get("name", "")) or MOVED.get(f.get("name", ""))
        if kind is None:
            continue
        path = f["path"]
        if path not in sections:
            try:
                sections[path] = parse((root / path).read_text(encoding="utf-8"), root / path)
            except (OSError, UnicodeDecodeError):
                sections[path] = None
        doc = sections[path]
        section = doc.section_of(f["line"]) if doc is not None else None
        out.append(Problem(path, section.heading.text if section else "", f["line"], kind, f["message"]))
    return sorted(out, key=lambda p: (p.path, p.line))


def issue_body(found: Sequence[Problem], fixes_pr: int | None = None) -> str:
    dead = sum(1 for p in found if p.kind == "dead")
    lines = [MARKER, f"awesomelint found {dead} dead and {len(found) - dead} moved link(s)."]
    if fixes_pr:
        lines.append(f"\nThe safe fixes for the moved ones are in #{fixes_pr}.")
    current = None
    for problem in found:
        group = (problem.path, problem.section)
        if group != current:
            lines.append(f"\n### {problem.path}" + (f" › {problem.section}" if problem.section else ""))
            current = group
        lines.append(f"- [ ] **{problem.kind}**, line {problem.line}: {' '.join(problem.message.split())}")
    body = "\n".join(lines) + "\n"
    if len(body) > MAX_BODY:
        cut = body.rfind("\n- ", 0, MAX_BODY - 200)
        body = body[:cut] + "\n\n_The list goes on: run awesomelint --check-links for all of it._\n"
    return body


def _open_report(api: GitHub, repo: str) -> dict[str, Any] | None:
    for issue in api.paginate(f"/repos/{repo}/issues?state=open"):
        if "pull_request" not in issue and issue.get("title") == TITLE:
            return dict(issue)
    return None


def sync_issue(api: GitHub, repo: str, found: Sequence[Problem], fixes_pr: int | None = None) -> str:
    """Open, update or close the one link-report issue; says what it did."""
    issue = _open_report(api, repo)
    if not found:
        if issue is None:
            return "all links alive; no report open"
        api.request("POST", f"/repos/{repo}/issues/{issue['number']}/comments",
                    {"body": "awesomelint: every link is alive again. Closing."})
        api.request("PATCH", f"/repos/{repo}/issues/{issue['number']}", {"state": "closed",
                                                                        "state_reason": "completed"})
        return f"closed #{issue['number']}"
    body = issue_body(found, fixes_pr)
    if issue is None:
        created = api.request("POST", f"/repos/{repo}/issues", {"title": TITLE, "body": body})
        return f"opened #{created['number']}"
    if issue.get("body") != body:
        api.request("PATCH", f"/repos/{repo}/issues/{issue['number']}", {"body": body})
        return f"updated #{issue['number']}"
    return f"#{issue['number']} is up to date"


def changed_files(root: Path) -> dict[str, bytes]:
    """Files the working tree changed since HEAD (the fixes), by repository-relative path, as bytes: the
    commit keeps the file's encoding, BOM and line endings exactly as ``--fix`` wrote them."""
    done = subprocess.run(["git", "diff", "--name-only", "-z", "HEAD"], cwd=root, capture_output=True, text=True,
                          check=False)
    return {name: (root / name).read_bytes() for name in filter(None, done.stdout.split("\0"))
            if (root / name).is_file()}


def offer_fixes(api: GitHub, repo: str, base: str, files: Mapping[str, bytes]) -> int | None:
    """Commit ``files`` to ``BRANCH`` (reset to ``base``) and keep one pull request open; its number."""
    owner = repo.split("/")[0]
    existing = list(api.paginate(f"/repos/{repo}/pulls?state=open&head={quote(owner)}:{quote(BRANCH)}"))
    if not files:
        for pull in existing:
            api.request("PATCH", f"/repos/{repo}/pulls/{pull['number']}", {"state": "closed"})
        return None
    base_sha = api.request("GET", f"/repos/{repo}/git/ref/heads/{quote(base)}")["object"]["sha"]
    try:
        api.request("GET", f"/repos/{repo}/git/ref/heads/{BRANCH}")
        api.request("PATCH", f"/repos/{repo}/git/refs/heads/{BRANCH}", {"sha": base_sha, "force": True})
    except ApiError as exc:
        if exc.status != 404:
            raise
        api.request("POST", f"/repos/{repo}/git/refs", {"ref": f"refs/heads/{BRANCH}", "sha": base_sha})
    for path, data in sorted(files.items()):
        current = api.request("GET", f"/repos/{repo}/contents/{quote(path)}?ref={quote(BRANCH)}")
        api.request("PUT", f"/repos/{repo}/contents/{quote(path)}", {
            "message": f"Fix redirected and moved links in {path} (awesomelint)",
            "content": base64.b64encode(data).decode("ascii"),
            "sha": current["sha"], "branch": BRANCH,
        })
    if existing:
        return int(existing[0]["number"])
    body = ("awesomelint's weekly link check found links that redirect or repositories that moved; this "
            "points them at their new addresses (safe fixes only: the text of each entry is unchanged).")
    created = api.request("POST", f"/repos/{repo}/pulls", {"title": "Fix redirected and moved links",
                                                           "head": BRANCH, "base": base, "body": body})
    return int(created["number"])


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None, *, root: Path | None = None,
         pause: float = 1.0) -> int:
    env = os.environ if env is None else env
    args = list(sys.argv[1:] if argv is None else argv)
    root = root or Path.cwd()
    try:
        if len(args) != 1:
            raise UsageError("usage: python -m awesomelint.github.linkreport LINKS.json")
        try:
            report = json.loads(Path(args[0]).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UsageError(f"{args[0]}: not an awesomelint JSON report ({exc})") from None
        repo, base = env.get("GITHUB_REPOSITORY", ""), env.get("GITHUB_REF_NAME", "")
        if not repo or not base:
            raise UsageError("GITHUB_REPOSITORY and GITHUB_REF_NAME are needed")
        api = GitHub.from_env(env, pause=pause)
        found = problems(report, root)
        pull = offer_fixes(api, repo, base, changed_files(root))
        print(f"awesomelint link report: {sync_issue(api, repo, found, pull)}"
              + (f"; fixes in pull request #{pull}" if pull else ""))
    except (UsageError, ApiError) as exc:
        print(f"::error title=awesomelint::{escape_data(str(exc))}")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
