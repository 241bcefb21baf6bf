"""An awesome list lives in a git repository (its remote is github-remote's concern). Without git
installed nothing can be judged, so nothing is reported. Doc: rules/AL137-git-repository.md"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.awesome.gitrepo import git
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.profiles import SUBMISSION
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL137", severity=Severity.WARNING,
    name="git-repository",
    summary="The list is in a git repository.",
    aliases=("awesome-github",),
    profiles=SUBMISSION,
)


def check(doc: Document, options: object) -> Iterator[Problem]:
    inside = git(doc.root, "rev-parse", "--is-inside-work-tree")
    if inside is not None and (not inside.ok or inside.out != "true"):
        yield Problem(1, 1, "the list is not in a git repository: awesome lists are GitHub repositories "
                      "(run 'git init' and push it to GitHub)")
