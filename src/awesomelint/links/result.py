"""The outcome of checking one URL: a verdict word plus what the checker saw."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

# dead: a definitive answer (404, 410, no such domain, a redirect loop), or a transient failure
#   confirmed on two runs at least the confirm-dead interval apart;
# unreachable: a transient failure (5xx after the retries, connection refused or reset, TLS failure)
#   not confirmed yet; timeout: no answer within the deadline (also transient);
# unknown: the checker cannot tell (bot wall, access denied, rate limit, a spent budget);
# refused: not requested because the host (or a redirect's host) is a loopback, private, link-local
#   or multicast address; skipped: not requested at all (not http, malformed, excluded by config).
Verdict = Literal["alive", "redirect", "dead", "unreachable", "timeout", "unknown", "refused", "skipped"]
VERDICTS: tuple[Verdict, ...] = ("alive", "redirect", "dead", "unreachable", "timeout", "unknown", "refused",
                                 "skipped")
TRANSIENT: frozenset[str] = frozenset({"unreachable", "timeout"})  # dead once confirmed on a later run
FAILING: frozenset[str] = frozenset({"dead"})  # the one definition of a link that fails a build ...
FAILING_STRICT: frozenset[str] = FAILING | {"unreachable", "timeout", "unknown"}  # ... and with --strict-links


def failing(verdict: str, strict: bool = False) -> bool:
    """Whether a link with this verdict fails a build (``strict``: --strict-links or [links] strict)."""
    return verdict in (FAILING_STRICT if strict else FAILING)


@dataclass(frozen=True, slots=True)
class LinkResult:
    """What ``check_urls`` says about one URL.

    ``final_url`` is where a redirect leads: for ``redirect`` (a permanent 301/308, or a renamed
    GitHub repository) it is the URL the list should use instead. ``error`` says why a link is not
    alive, or why it was skipped. ``archived`` is set for GitHub repositories marked read-only, and
    ``github`` when the verdict came from the GitHub API rather than an HTTP request.
    ``provisional`` marks an answer for this run only (a rate limit or a spent time budget): it is
    never cached, so the next run asks again.
    """

    url: str
    verdict: Verdict
    status_code: int | None = None
    final_url: str | None = None
    error: str | None = None
    archived: bool = False
    github: bool = False
    provisional: bool = False
    failing_since: float | None = None  # epoch seconds of the first run this link failed in (needs the cache)

    def with_url(self, url: str) -> LinkResult:
        """The same outcome filed under another spelling of the URL."""
        return replace(self, url=url)

    def fails(self, strict: bool = False) -> bool:
        """Whether this result should fail a build (see ``failing``)."""
        return failing(self.verdict, strict)
