"""A code of conduct, when the list has one, is not empty and carries the maintainer's contact, not
the template's ``[INSERT EMAIL ADDRESS]`` or sindresorhus's e-mail. Doc: rules/AL136-code-of-conduct.md"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from awesomelint.awesome.gitrepo import find_file, github_owner, push_remote_url
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.profiles import SUBMISSION
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL136", severity=Severity.WARNING,
    name="code-of-conduct",
    summary="The code of conduct is filled in.",
    aliases=("awesome-code-of-conduct",),
    profiles=SUBMISSION,
)
NAMES = ("code-of-conduct.md", "code_of_conduct.md")
PLACEHOLDER = re.compile(r"\[INSERT (?:EMAIL ADDRESS|CONTACT METHOD)\]", re.IGNORECASE)
AUTHOR, AUTHOR_EMAIL = "sindresorhus", "sindresorhus@gmail.com"


def _owner(root: Path) -> str | None:
    package = root / "package.json"
    try:
        repository = json.loads(package.read_text(encoding="utf-8")).get("repository")
    except (OSError, ValueError, AttributeError):
        repository = None
    if isinstance(repository, dict):
        repository = repository.get("url")
    if isinstance(repository, str) and repository:
        return github_owner(repository) or repository.removeprefix("github:").split("/")[0]
    url = push_remote_url(root)
    return github_owner(url) if url else None


def check(doc: Document, options: object) -> Iterator[Problem]:
    found = find_file(doc.root, NAMES)
    if found is None:
        return
    try:
        text = found.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    itself = found.resolve() == doc.path.resolve()
    name = found.relative_to(doc.root).as_posix()

    def at(line: int, column: int, message: str) -> Problem:
        if itself:
            return Problem(line, column, message)
        return Problem(1, 1, f"{name}:{line}: {message}")

    if not text.strip():
        yield at(1, 1, f"{name} is empty: adopt a code of conduct (e.g. the Contributor Covenant) or delete "
                 "the file")
        return
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        m = PLACEHOLDER.search(line)
        if m:
            yield at(number, m.start() + 1, f"replace the template placeholder {m.group()} with your "
                     "e-mail address")
            return
    if _owner(doc.root) == AUTHOR:
        return
    for number, line in enumerate(lines, start=1):
        column = line.find(AUTHOR_EMAIL)
        if column >= 0:
            yield at(number, column + 1, f"{AUTHOR_EMAIL} is the template author's e-mail: replace it with "
                     "yours")
            return
