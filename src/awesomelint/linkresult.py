"""The outcome of checking one URL: a verdict word plus what the checker saw.

This is the model the link checker (``awesomelint.links``) produces and rules and reports read; it
lives outside the network package so that they never import it. ``failing`` is the one definition
of a link that fails a build. ``to_dict``/``from_dict`` are the serial form (the cache, and any
other store or remote checker).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from typing import Any, Literal

from awesomelint.urlkey import normalise, repo_of

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

    def to_dict(self) -> dict[str, Any]:
        """The result as JSON-ready data (``from_dict`` reads it back)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> LinkResult | None:
        """A result from ``to_dict`` data; None when the data is not one (a foreign or damaged record)."""
        if not isinstance(data.get("url"), str) or data.get("verdict") not in VERDICTS:
            return None
        optional: dict[str, type] = {"status_code": int, "final_url": str, "error": str, "failing_since": float}
        if not all(_typed(data.get(name), kind) for name, kind in optional.items()):
            return None
        since = data.get("failing_since")
        return cls(url=data["url"], verdict=data["verdict"], status_code=data.get("status_code"),
                   final_url=data.get("final_url"), error=data.get("error"), archived=bool(data.get("archived")),
                   github=bool(data.get("github")), provisional=bool(data.get("provisional")),
                   failing_since=None if since is None else float(since))


def _typed(value: Any, kind: type) -> bool:
    if value is None:
        return True
    if isinstance(value, bool):
        return False
    return isinstance(value, int | float) if kind is float else isinstance(value, kind)

def reason(result: LinkResult) -> str:
    """Why the link has its verdict, with since when it fails when that is known and not today."""
    text = result.error or (f"HTTP {result.status_code}" if result.status_code else result.verdict)
    since = result.failing_since
    if since is not None and "failing since" not in text and time.time() - since >= 3600:
        text += f"; failing since {stamp(since)}"
    return text


def stamp(epoch: float) -> str:
    """``2026-12-01 04:10 UTC``: minutes are enough to tell runs apart."""
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(epoch))


def repository_moved(result: LinkResult) -> bool:
    """A redirect from one GitHub repository to another: a rename or a transfer."""
    if result.verdict != "redirect" or not result.final_url:
        return False
    old, new = repo_of(normalise(result.url)), repo_of(normalise(result.final_url))
    return result.github or (old is not None and new is not None)
