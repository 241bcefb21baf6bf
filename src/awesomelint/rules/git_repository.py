"""An awesome list lives in a git repository whose remote is on GitHub.
Doc: rules/AL137-git-repository.md"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.awesome.gitrepo import git, push_remote_url
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL137",
    name="git-repository",
    summary="The list is in a git repository with a GitHub remote.",
    aliases=("awesome-github",),
    profiles=frozenset({"awesome", "awesome-lint"}),
)


def check(doc: Document, options: object) -> Iterator[Problem]:
    inside = git(doc.root, "rev-parse", "--is-inside-work-tree")
    if inside is None:
        yield Problem(1, 1, "git is not installed, so the repository could not be checked",
                      severity=Severity.INFO)
        return
    if not inside.ok or inside.out != "true":
        yield Problem(1, 1, "the list is not in a git repository: awesome lists are GitHub repositories "
                      "(run 'git init' and push it to GitHub)")
        return
    url = push_remote_url(doc.root)
    if url is None:
        yield Problem(1, 1, "the repository has no remote: push it to GitHub", severity=Severity.WARNING)
    elif "github.com" not in url.lower():
        yield Problem(1, 1, f"the repository's remote {url} is not on GitHub: awesome lists live on GitHub",
                      severity=Severity.WARNING)
