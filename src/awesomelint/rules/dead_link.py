"""A link whose target is gone: 404/410, a 5xx that persists, a refused or reset connection, a DNS
or TLS failure, a redirect loop, or a GitHub repository that no longer exists (network rule)."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.linkresult import reason
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL100",
    name="dead-link",
    summary="Links must lead to a page that exists.",
    severity=Severity.ERROR,
    network=True,
    aliases=("no-dead-urls", "dead-url"),
)


def check(doc: Document, options: NoOptions, ctx: RuleContext) -> Iterator[Problem]:
    for link, result in ctx.links.with_results(doc) if ctx.links else ():
        if result.verdict == "dead":
            yield Problem(link.line, link.column, f"dead link {link.url} ({reason(result)})",
                          link.end_line, link.end_column)
