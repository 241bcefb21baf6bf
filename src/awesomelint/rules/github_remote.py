"""An awesome list's repository is pushed to GitHub: the awesome index links to GitHub repositories.
A convention of the index, so a warning. Doc: rules/AL139-github-remote.md"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.awesome.gitrepo import git, push_remote_url
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.profiles import SUBMISSION
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL139",
    name="github-remote",
    summary="The list's git repository has a remote on GitHub.",
    severity=Severity.WARNING,
    profiles=SUBMISSION,
)


def check(doc: Document, options: object) -> Iterator[Problem]:
    inside = git(doc.root, "rev-parse", "--is-inside-work-tree")
    if inside is None or not inside.ok or inside.out != "true":
        return  # git missing, or not a repository: git-repository's concern
    url = push_remote_url(doc.root)
    if url is None:
        yield Problem(1, 1, "the repository has no remote: push it to GitHub")
    elif "github.com" not in url.lower():
        yield Problem(1, 1, f"the repository's remote {url} is not on GitHub: awesome lists live on GitHub")
