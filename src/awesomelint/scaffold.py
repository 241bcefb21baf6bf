"""``awesomelint init``: a starter config, a GitHub workflow and a pre-commit entry.

Files are created with exclusive mode, so an existing file (even one created a moment ago by
something else) is never overwritten; for an existing ``.pre-commit-config.yaml`` the entry to add
is printed instead.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from awesomelint import __version__
from awesomelint.discovery import find_readme
from awesomelint.errors import UsageError

# The commit of the release the workflows pin (zizmor's default policy wants a hash, the comment says
# which version it is); the release script sets both.
ACTION_SHA = "654ff40869836c2d544855020214db75b37cfbec"
CACHE_FILE = ".awesomelint-cache.json"
GITIGNORE = ".gitignore"
CONFIG = ".awesomelint.toml"
WORKFLOW = ".github/workflows/awesomelint.yml"
PRE_COMMIT = ".pre-commit-config.yaml"
ANY_README = "(?i)^readme\\.(md|markdown)$"


@dataclass(frozen=True, slots=True)
class Outcome:
    path: Path
    created: bool
    note: str


def template(name: str, **values: str) -> str:
    """A packaged template with ``@KEY@`` placeholders filled in (``VERSION`` is always known)."""
    text = (resources.files("awesomelint") / "templates" / name).read_text(encoding="utf-8")
    for key, value in {"VERSION": __version__, "ACTION_SHA": ACTION_SHA, **values}.items():
        text = text.replace(f"@{key}@", value)
    return text


def repository_root(start: Path) -> Path:
    """The git work tree containing ``start``, else ``start`` itself."""
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], cwd=start, capture_output=True, text=True, check=False
        )
    except FileNotFoundError:
        return start
    return Path(done.stdout.strip()) if done.returncode == 0 else start


def readme_pattern(root: Path) -> str:
    """A pre-commit ``files`` regex for the list's README, relative to the repository root."""
    try:
        readme = find_readme(root)
    except UsageError:
        return ANY_README
    return "^" + re.escape(readme.relative_to(root).as_posix()) + "$"


def _create(path: Path, text: str) -> bool:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with path.open("x", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except FileExistsError:
        return False
    return True


def init_project(start: Path) -> list[Outcome]:
    root = repository_root(start.resolve())
    pre_commit = template("pre-commit-config.yaml", FILES=readme_pattern(root))
    outcomes = []
    for name, text in ((CONFIG, template("awesomelint.toml")), (WORKFLOW, template("workflow.yml"))):
        created = _create(root / name, text)
        outcomes.append(Outcome(root / name, created, "created" if created else "exists, left as it is"))
    path = root / PRE_COMMIT
    if _create(path, pre_commit):
        outcomes.append(Outcome(path, True, "created"))
    elif "awesomelint" in path.read_text(encoding="utf-8", errors="replace"):
        outcomes.append(Outcome(path, False, "exists and already mentions awesomelint"))
    else:
        entry = pre_commit.split("\n", 1)[1]  # without the `repos:` line
        outcomes.append(Outcome(path, False, f"exists, left as it is; add under `repos:`:\n{entry}"))
    outcomes.append(_ignore_cache(root / GITIGNORE))
    return outcomes


def _ignore_cache(path: Path) -> Outcome:
    """The link cache is per machine: keep it out of commits (``.gitignore`` gets one line)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = None
    if text is not None and any(line.strip().lstrip("/") == CACHE_FILE for line in text.splitlines()):
        return Outcome(path, False, f"already ignores {CACHE_FILE}")
    with path.open("a", encoding="utf-8", newline="\n") as handle:
        handle.write(("" if not text or text.endswith("\n") else "\n") + f"{CACHE_FILE}\n")
    return Outcome(path, text is None, f"{'created' if text is None else 'added'}: ignores {CACHE_FILE}")
