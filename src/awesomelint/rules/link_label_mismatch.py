"""A link's label says the wrong thing about its target: ``code`` on something that is not a code
repository (or is an awesome list), ``paper`` on a GitHub repository. Doc: rules/AL209-link-label-mismatch.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers import papers
from awesomelint.papers.rulekit import problem
from awesomelint.papers.urls import github_repo, host, is_awesome_list, is_code_url, is_paper_document
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL209",
    name="link-label-mismatch",
    summary="A code label points to a code repository and a paper label to a paper.",
    severity=Severity.WARNING,
    profiles=PAPERS,
)


def _mismatch(kind: str, url: str) -> str | None:
    if not url.lower().startswith(("http://", "https://")):
        return None
    if kind == "code":
        if is_awesome_list(url):
            return "an awesome list, not code"
        if host(url) == "github.com" and github_repo(url) is None:
            return "a GitHub page that is not a repository"
        if not is_code_url(url):
            return f"{host(url)}, not a code repository"
    if kind == "paper" and not is_paper_document(url):
        return "a GitHub repository, not a paper"
    return None


def check(doc: Document, options: object) -> Iterator[Problem]:
    for paper in papers(doc):
        for link in paper.links:
            if link.kind not in ("code", "paper"):
                continue
            what = _mismatch(link.kind, link.url)
            if what:
                yield problem(paper.source, link.start, link.end,
                              f"'{link.label.text}' ({link.kind}) links {link.url}: {what}")
