"""A link to a GitHub repository that was renamed or moved to another owner; the fix writes the new
URL (network rule; found by the GitHub API with ``GITHUB_TOKEN``, or by github.com's own redirect)."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.linkresult import repository_moved
from awesomelint.markup.linkurl import rewrite
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL104",
    name="moved-repository",
    summary="Links to GitHub repositories should use the repository's current name.",
    severity=Severity.WARNING,
    fixable=True,
    network=True,
)


def check(doc: Document, options: NoOptions, ctx: RuleContext) -> Iterator[Problem]:
    for link, result in ctx.links.with_results(doc) if ctx.links else ():
        if result.final_url and repository_moved(result):
            fix = rewrite(doc, link, result.final_url, f"Replace with {result.final_url}")
            yield Problem(link.line, link.column, f"repository moved to {result.final_url}",
                          link.end_line, link.end_column, fix=fix)
