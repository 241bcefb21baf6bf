"""A link that could not be judged: a bot wall (403 with Cloudflare markers, 999), a rate limit that
persists, or no answer in time. A warning, or an error with ``--strict-links`` (network rule)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.links.occurrences import reason, strict, with_results
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL102",
    name="unreachable-link",
    summary="Links that cannot be checked (bot walls, rate limits, timeouts) deserve a look.",
    severity=Severity.WARNING,
    network=True,
)


@dataclass(frozen=True, slots=True)
class Options:
    strict: bool = False  # report as errors, as --strict-links does


def check(doc: Document, options: Options) -> Iterator[Problem]:
    severity = Severity.ERROR if options.strict or strict(doc) else None
    for link, result in with_results(doc):
        if result.verdict == "timeout":
            message = f"link {link.url} did not answer in time ({reason(result)})"
        elif result.verdict == "unknown":
            message = f"link {link.url} could not be checked ({reason(result)})"
        else:
            continue
        yield Problem(link.line, link.column, message, link.end_line, link.end_column, severity=severity)
