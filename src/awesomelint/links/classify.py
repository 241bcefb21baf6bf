"""Pure decisions about one HTTP response: what it means and what to do next."""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

Action = Literal["done", "redirect", "retry", "fallback"]

RETRY_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})
PERMANENT_REDIRECTS = frozenset({301, 308})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
# HEAD answers that say "this server does not do HEAD properly": ask again with GET.
HEAD_REFUSED = frozenset({400, 401, 403, 405, 406, 409, 418, 501})
DENIED = frozenset({401, 403, 407})
BOT_BODY_MARKERS = (
    b"just a moment...",
    b"cf-browser-verification",
    b"challenge-platform",
    b"attention required! | cloudflare",
    b"ddos-guard",
    b"captcha",
)


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    verdict: str = ""  # for "done"
    reason: str = ""


def bot_wall(status: int, headers: Mapping[str, str], body: bytes = b"") -> str | None:
    """A description of the bot wall that produced this response, or None."""
    if status == 999:
        return "status 999 (bot wall, e.g. LinkedIn)"
    if status not in (403, 429, 503):
        return None
    lower = {k.lower(): v for k, v in headers.items()}
    if "cf-mitigated" in lower:
        return f"bot wall (cf-mitigated: {lower['cf-mitigated']})"
    if lower.get("server", "").lower() == "cloudflare" and status in (403, 503):
        return "bot wall (Cloudflare)"
    for header in ("x-amzn-waf-action", "x-datadome", "x-sucuri-block"):
        if header in lower:
            return f"bot wall ({header})"
    text = body[:16384].lower()
    for marker in BOT_BODY_MARKERS:
        if marker in text:
            return f"bot wall (page says {marker.decode()!r})"
    return None


def decide(status: int, method: str, headers: Mapping[str, str], accept: frozenset[int],
           body: bytes = b"") -> Decision:
    """What one response means for the link (before retry budgets and deadlines are applied)."""
    if status in accept:
        return Decision("done", "alive")
    if status in REDIRECTS and headers.get("location"):
        return Decision("redirect")
    wall = bot_wall(status, headers, body)
    if wall:
        return Decision("done", "unknown", wall)
    if status in RETRY_STATUS:
        return Decision("retry", reason=f"HTTP {status}")
    if method == "HEAD" and (status in HEAD_REFUSED or 500 <= status < 600):
        return Decision("fallback", reason=f"HEAD answered {status}")
    if status in DENIED:
        return Decision("done", "unknown", f"HTTP {status}: access denied, cannot tell")
    if 500 <= status < 600:
        return Decision("retry", reason=f"HTTP {status}")
    if 200 <= status < 400:
        return Decision("done", "dead", f"HTTP {status} is not an accepted status")
    return Decision("done", "dead", f"HTTP {status}")


def retry_after(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds to wait according to ``Retry-After`` (seconds or HTTP date) or exhausted rate-limit headers."""
    lower = {k.lower(): v.strip() for k, v in headers.items()}
    wall = time.time() if now is None else now
    value = lower.get("retry-after")
    if value:
        if value.isdigit():
            return float(value)
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            when = None
        if when is not None and when.tzinfo is not None:
            return max(0.0, when.timestamp() - wall)
    remaining = lower.get("x-ratelimit-remaining") or lower.get("ratelimit-remaining")
    reset = lower.get("x-ratelimit-reset") or lower.get("ratelimit-reset")
    if remaining == "0" and reset and reset.isdigit():
        seconds = float(reset)
        return max(0.0, seconds - wall) if seconds > 1e9 else seconds  # epoch or delta
    return None
