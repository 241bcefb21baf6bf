"""``PaperSettings``: where the scholarly APIs are, how fast each may be asked, who is asking.

Rates are the documented ones: arXiv one request per 3 s, Semantic Scholar 1 request/s, OpenAlex
10/s, Crossref 5/s (10/s in the polite pool, i.e. with a ``mailto``), DBLP (no published limit) 1/s.
``rate_scale`` multiplies every interval (benchmarks against the local fake API only).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated, Any, Literal

from awesomelint import __version__
from awesomelint.errors import UsageError
from awesomelint.options import FullMatch, Invalid, NonEmptyList, Positive, check

DAY = 86400.0
SOURCES = ("arxiv", "s2", "crossref", "openalex", "dblp")
ENDPOINTS: Mapping[str, str] = {
    "arxiv": "https://export.arxiv.org/api/query",
    "s2": "https://api.semanticscholar.org/graph/v1",
    "crossref": "https://api.crossref.org",
    "openalex": "https://api.openalex.org",
    "dblp": "https://dblp.org",
}
INTERVALS: Mapping[str, float] = {"arxiv": 3.0, "s2": 1.0, "openalex": 0.1, "crossref": 0.2, "dblp": 1.0}
POLITE_CROSSREF = 0.1
BASE_ENV = "AWESOMELINT_SCHOLAR_BASE"  # tests and --allow-private only: http://127.0.0.1:PORT
SCALE_ENV = "AWESOMELINT_SCHOLAR_RATE_SCALE"  # with BASE_ENV only: shorter intervals for the fake API


@dataclass(frozen=True)
class PaperSettings:
    mailto: str | None = None
    sources: tuple[str, ...] = SOURCES
    endpoints: Mapping[str, str] = field(default_factory=lambda: dict(ENDPOINTS))
    intervals: Mapping[str, float] = field(default_factory=lambda: dict(INTERVALS))
    timeout: float = 20.0
    retries: int = 2
    retry_after_cap: float = 60.0
    allow_private: bool = False
    cache: Path | None = None
    ttl_found: float = 7 * DAY
    ttl_not_found: float = DAY
    strict: bool = False
    s2_api_key: str | None = field(default=None, repr=False)
    openalex_api_key: str | None = field(default=None, repr=False)

    @property
    def user_agent(self) -> str:
        contact = f"; mailto:{self.mailto}" if self.mailto else ""
        return f"awesomelint/{__version__} (+https://github.com/awesomelint/awesomelint{contact})"

    def interval(self, api: str) -> float:
        if api == "crossref" and self.mailto:
            return min(self.intervals.get(api, POLITE_CROSSREF), POLITE_CROSSREF)
        return self.intervals.get(api, 1.0)

    def scaled(self, factor: float) -> PaperSettings:
        return replace(self, intervals={k: v * factor for k, v in self.intervals.items()})

    def with_base(self, base: str) -> PaperSettings:
        """Every API under one base URL (``/arxiv/api/query``, ``/s2/graph/v1`` ...): the fake API."""
        base = base.rstrip("/")
        paths = {"arxiv": "/arxiv/api/query", "s2": "/s2/graph/v1", "crossref": "/crossref",
                 "openalex": "/openalex", "dblp": "/dblp"}
        return replace(self, endpoints={k: base + v for k, v in paths.items()})


# The [papers] table: key -> type and form (awesomelint.options), checked before any file is linted.
KEYS: dict[str, Any] = {
    "mailto": Annotated[str, FullMatch(r"[^@\s]+@[^@\s]+", "an e-mail address", "me@example.org",
                                       ("", "nobody", "me@", "a b@example.org"))],
    "sources": Annotated[tuple[Literal.__getitem__(SOURCES), ...], NonEmptyList()],  # type: ignore[misc]
    "timeout": Annotated[float, Positive()],
}


def from_mapping(data: Mapping[str, Any], *, source: str, base_dir: Path | None = None,
                 **overrides: Any) -> PaperSettings:
    """Settings from a ``[papers]`` table (``mailto``, ``sources``, ``timeout``); keys from the
    environment: ``S2_API_KEY`` (or ``SEMANTIC_SCHOLAR_API_KEY``), ``OPENALEX_API_KEY``,
    ``AWESOMELINT_MAILTO``. ``AWESOMELINT_SCHOLAR_BASE`` counts only with ``allow_private``."""
    values: dict[str, Any] = {}
    for key, raw in data.items():
        hint = KEYS.get(str(key))
        if hint is None:
            raise UsageError(f"{source}: unknown key {key!r} in [papers] (known: {', '.join(KEYS)})")
        try:
            values[str(key)] = check(hint, raw)
        except Invalid as exc:
            raise UsageError(f"{source} [papers]: {exc.describe(str(key))}") from None
    values.setdefault("mailto", os.environ.get("AWESOMELINT_MAILTO") or None)
    values["s2_api_key"] = os.environ.get("S2_API_KEY") or os.environ.get("SEMANTIC_SCHOLAR_API_KEY") or None
    values["openalex_api_key"] = os.environ.get("OPENALEX_API_KEY") or None
    values.update(overrides)
    settings = PaperSettings(**values)
    base = os.environ.get(BASE_ENV)
    if base and settings.allow_private:
        settings = settings.with_base(base)
        scale = os.environ.get(SCALE_ENV)
        if scale:
            settings = settings.scaled(float(scale))
    return settings
