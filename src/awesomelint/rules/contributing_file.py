"""An awesome list has contribution guidelines in ``contributing.md`` (any case), at the root, in
``.github/`` or in ``docs/`` (GitHub shows all three), and the file is not empty.
Doc: rules/AL123-contributing-file.md"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.awesome.gitrepo import find_file
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.profiles import SUBMISSION
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL123", severity=Severity.WARNING,
    name="contributing-file",
    summary="contributing.md exists and is not empty.",
    aliases=("awesome-contributing",),
    profiles=SUBMISSION,
)


def check(doc: Document, options: object) -> Iterator[Problem]:
    found = find_file(doc.root, ("contributing.md",))
    if found is None:
        yield Problem(1, 1, "missing contributing.md: add contribution guidelines beside the list "
                            "(or in .github/)")
        return
    try:
        text = found.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        yield Problem(1, 1, f"cannot read {found.name}: {exc.strerror}")
        return
    if not text.strip():
        yield Problem(1, 1, f"{found.relative_to(doc.root).as_posix()} is empty: write the contribution "
                            "guidelines in it")
