"""A link that was not checked because its host, or a redirect's, is a loopback, private, link-local
or multicast address: say so, so a clean report does not hide an unchecked link (network rule)."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.linkresult import reason
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL105",
    name="refused-link",
    summary="Links to private addresses are not checked; the report says which.",
    severity=Severity.INFO,
    network=True,
)


def check(doc: Document, options: NoOptions, ctx: RuleContext) -> Iterator[Problem]:
    for link, result in ctx.links.with_results(doc) if ctx.links else ():
        if result.verdict == "refused":
            yield Problem(link.line, link.column,
                          f"not checked: {link.url} resolves to a private address ({reason(result)}); "
                          "--allow-private checks it", link.end_line, link.end_column)
