"""The outcome of checking one URL: a verdict word plus what the checker saw."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

# refused: not requested because the host (or a redirect's host) is a loopback, private, link-local
# or multicast address; skipped: not requested at all (not http, malformed, excluded by config).
Verdict = Literal["alive", "redirect", "dead", "timeout", "unknown", "refused", "skipped"]
VERDICTS: tuple[Verdict, ...] = ("alive", "redirect", "dead", "timeout", "unknown", "refused", "skipped")
FAILING: frozenset[str] = frozenset({"dead"})  # verdicts that fail a build; unknown/timeout only when strict


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

    def with_url(self, url: str) -> LinkResult:
        """The same outcome filed under another spelling of the URL."""
        return replace(self, url=url)

    def fails(self, strict: bool = False) -> bool:
        """Whether this result should fail a build (unknown and timeout only when strict)."""
        return self.verdict == "dead" or (strict and self.verdict in ("unknown", "timeout"))
