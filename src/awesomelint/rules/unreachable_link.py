"""A link that could not be judged: a bot wall (403 with Cloudflare markers, 999), a rate limit that
persists, no answer in time, or a transient failure not yet confirmed on a later run. A warning, or
an error with ``--strict-links`` (network rule)."""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.linkresult import reason
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL102",
    name="unreachable-link",
    summary="Links that cannot be checked (bot walls, rate limits, timeouts) deserve a look.",
    severity=Severity.WARNING,
    strict_links_severity=Severity.ERROR,
    network=True,
)


def check(doc: Document, options: NoOptions, ctx: RuleContext) -> Iterator[Problem]:
    for link, result in ctx.links.with_results(doc) if ctx.links else ():
        if result.verdict == "unreachable":
            message = (f"link {link.url} is unreachable ({reason(result)}); it counts as dead once it "
                       "fails again on a later run (confirm-dead)")
        elif result.verdict == "timeout":
            message = f"link {link.url} did not answer in time ({reason(result)})"
        elif result.verdict == "unknown":
            message = f"link {link.url} could not be checked ({reason(result)})"
        else:
            continue
        yield Problem(link.line, link.column, message, link.end_line, link.end_column)
