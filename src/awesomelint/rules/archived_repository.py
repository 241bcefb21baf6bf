"""A link to a GitHub repository that its owners archived: the list points at an unmaintained project
(network rule; needs ``GITHUB_TOKEN``)."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL103",
    name="archived-repository",
    summary="Listed GitHub repositories should still be maintained.",
    severity=Severity.WARNING,
    network=True,
)


def check(doc: Document, options: NoOptions, ctx: RuleContext) -> Iterator[Problem]:
    for link, result in ctx.links.with_results(doc) if ctx.links else ():
        if result.archived:
            yield Problem(link.line, link.column, f"repository {link.url} is archived (read-only)",
                          link.end_line, link.end_column)
