"""What git says about the repository a list lives in. Local ``git`` only, never the network."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class GitAnswer:
    ok: bool
    out: str


def git(root: Path, *args: str) -> GitAnswer | None:
    """Run ``git -C root ARGS``; None when git is not installed."""
    if shutil.which("git") is None:
        return None
    try:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=20,
                              check=False, env=_env())
    except (OSError, subprocess.TimeoutExpired):
        return GitAnswer(False, "")
    return GitAnswer(done.returncode == 0, done.stdout.strip())


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["GIT_TERMINAL_PROMPT"] = "0"
    env.pop("GIT_DIR", None)
    env.pop("GIT_WORK_TREE", None)
    return env


def push_remote_url(root: Path) -> str | None:
    """The push URL of the current branch's remote (awesome-lint's lookup), else of ``origin``."""
    branch = git(root, "branch", "--show-current")
    remote = None
    if branch and branch.ok and branch.out:
        configured = git(root, "config", "--get", f"branch.{branch.out}.remote")
        remote = configured.out if configured and configured.ok and configured.out else None
    for name in (remote, "origin"):
        if name:
            url = git(root, "remote", "get-url", "--push", name)
            if url and url.ok and url.out:
                return url.out
    remotes = git(root, "remote")
    if remotes and remotes.ok and remotes.out:
        url = git(root, "remote", "get-url", "--push", remotes.out.splitlines()[0])
        if url and url.ok and url.out:
            return url.out
    return None


def github_owner(url: str) -> str | None:
    import re

    m = re.search(r"github\.com[:/]+([^/\s]+)/[^/\s]+?(?:\.git)?/?$", url.strip())
    return m.group(1) if m else None


def find_file(root: Path, names: tuple[str, ...]) -> Path | None:
    """The first file in ``root``, ``root/.github`` or ``root/docs`` (where GitHub looks for community files)
    whose name matches one of ``names``, any case."""
    wanted = {n.lower() for n in names}
    for folder in (root, root / ".github", root / "docs"):
        try:
            found = sorted(p for p in folder.iterdir() if p.is_file() and p.name.lower() in wanted)
        except OSError:
            continue
        if found:
            return found[0]
    return None
