"""Which files to lint: the paths given, a folder's README, or the current folder's README."""

from __future__ import annotations

import re
from pathlib import Path

from awesomelint.errors import UsageError

_README = re.compile(r"^readme(\.md|\.markdown|\.txt)?$", re.IGNORECASE)
_PREFERENCE = (".md", ".markdown", "", ".txt")


def find_readme(folder: Path) -> Path:
    """The README of ``folder``, in any case, as awesome-lint finds it (``readme.md`` first)."""
    try:
        names = [p for p in folder.iterdir() if _README.match(p.name) and p.is_file()]
    except OSError as exc:
        raise UsageError(f"{folder}: cannot list folder ({exc.strerror or exc})") from None
    if not names:
        raise UsageError(f"{folder}: no README found (looked for readme.md, readme.markdown, readme, readme.txt "
                         "in any case); give the file to lint")
    names.sort(key=lambda p: (_PREFERENCE.index(p.suffix.lower()), p.name))
    return names[0]


def resolve_paths(paths: tuple[Path, ...]) -> list[Path | str]:
    """Files to lint: folders become their README, no path the current folder's README. A bad path
    becomes its error message in place, so the other files are still linted."""
    if not paths:
        return [find_readme(Path.cwd())]
    targets: list[Path | str] = []
    for path in paths:
        try:
            if path.is_dir():
                targets.append(find_readme(path))
            elif path.exists():
                targets.append(path)
            else:
                targets.append(f"{path}: no such file or folder")
        except (UsageError, OSError) as exc:
            targets.append(str(exc))
    return targets


def display_path(path: Path) -> str:
    """Relative to the current folder when inside it (what GitHub and SARIF want), else as given."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()
