"""A relative link to a file or folder that does not exist beside the list (offline: no network)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.profiles import OURS
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL110",
    name="missing-local-file",
    summary="Relative links must point at files that exist.",
    severity=Severity.ERROR,
    profiles=OURS,  # awesome-lint has no such check
)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def local_path(url: str) -> str | None:
    """The file part of a relative link (decoded, without ?query and #fragment), or None."""
    if not url or url.startswith(("#", "//")) or _SCHEME.match(url):
        return None
    path = unquote(re.split(r"[?#]", url, maxsplit=1)[0])
    return path or None


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    root = doc.root
    for link in doc.links:
        path = local_path(link.url)
        if path is None:
            continue
        target = root / path.lstrip("/") if path.startswith("/") else root / path
        if not _exists(target):
            yield Problem(link.line, link.column, f"no such file: {path}", link.end_line, link.end_column)


def _exists(target: Path) -> bool:
    try:
        return target.exists()
    except OSError:
        return False
