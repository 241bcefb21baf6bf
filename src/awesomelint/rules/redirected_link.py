"""A link that redirects permanently (301/308): the list should point at the new address (network rule).
A GitHub repository that redirects to another repository is AL104 moved-repository instead."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.linkresult import repository_moved
from awesomelint.markup.linkurl import rewrite
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL101",
    name="redirected-link",
    summary="Links should not go through a permanent redirect.",
    severity=Severity.WARNING,
    fixable=True,
    network=True,
)


def check(doc: Document, options: NoOptions, ctx: RuleContext) -> Iterator[Problem]:
    for link, result in ctx.links.with_results(doc) if ctx.links else ():
        if result.verdict == "redirect" and result.final_url and not repository_moved(result):
            fix = rewrite(doc, link, result.final_url, f"Replace with {result.final_url}")
            yield Problem(link.line, link.column,
                          f"link redirects permanently to {result.final_url}",
                          link.end_line, link.end_column, fix=fix)
