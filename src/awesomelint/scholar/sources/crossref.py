"""Crossref's REST API. Retractions and withdrawals are notices whose ``update-to`` names the
paper's DOI: ``/works?filter=updates:A,updates:B`` finds them for many DOIs at once (repeated
filters are OR-ed). ``/works?filter=doi:A,doi:B`` gives records for DOIs other sources miss.
The ``mailto`` parameter puts requests in the polite pool."""

from __future__ import annotations

from typing import Any

from awesomelint.papers.record import PaperRecord
from awesomelint.scholar.client import Client, answer_items

from . import chunks

BATCH = 40
RETRACTING = frozenset({"retraction", "withdrawal", "removal"})
REVIEWED_TYPES = frozenset({"journal-article", "proceedings-article", "book-chapter"})


def _params(client: Client, **extra: str) -> dict[str, str]:
    params = dict(extra)
    if client.settings.mailto:
        params["mailto"] = client.settings.mailto
    return params


def _items(client: Client, params: dict[str, str]) -> list[dict[str, Any]]:
    response = client.call("crossref", "GET", client.settings.endpoints["crossref"] + "/works", params=params)
    return answer_items("crossref", response, "message", "items")


def retracted(client: Client, dois: list[str]) -> dict[str, str]:
    """DOI -> the notice's update type, for each DOI that a retraction or withdrawal notice updates."""
    out: dict[str, str] = {}
    wanted = {d.lower() for d in dois}
    for chunk in chunks(dois, BATCH):
        flt = ",".join(f"updates:{d}" for d in chunk)
        for item in _items(client, _params(client, filter=flt, rows="1000", select="DOI,update-to,type")):
            for update in item.get("update-to") or []:
                target = str(update.get("DOI", "")).lower()
                kind = str(update.get("type", "")).lower()
                if target in wanted and kind in RETRACTING:
                    out[target] = kind
    return out


def works(client: Client, dois: list[str]) -> dict[str, PaperRecord | None]:
    out: dict[str, PaperRecord | None] = dict.fromkeys(dois)
    for chunk in chunks(dois, BATCH):
        flt = ",".join(f"doi:{d}" for d in chunk)
        for item in _items(client, _params(client, filter=flt, rows=str(len(chunk)))):
            doi = str(item.get("DOI", "")).lower()
            if doi in out:
                out[doi] = record(item)
    return out


def _year(item: dict[str, Any], key: str) -> int | None:
    try:
        year = item[key]["date-parts"][0][0]
    except (KeyError, IndexError, TypeError):
        return None
    return year if isinstance(year, int) else None


def record(item: dict[str, Any]) -> PaperRecord | None:
    titles = [t for t in item.get("title") or [] if isinstance(t, str) and t]
    if not titles:
        return None
    subtitle = next((s for s in item.get("subtitle") or [] if isinstance(s, str) and s), None)
    full = f"{titles[0]}: {subtitle}" if subtitle else titles[0]
    venues = tuple(v for v in (*(item.get("short-container-title") or []), *(item.get("container-title") or []))
                   if isinstance(v, str) and v)
    years = tuple(dict.fromkeys(y for k in ("published-print", "published-online", "issued", "published")
                                if (y := _year(item, k)) is not None))
    kind = item.get("type")
    updated_by = {str(u.get("type", "")).lower() for u in item.get("updated-by") or [] if isinstance(u, dict)}
    return PaperRecord(
        title=full, venue=venues[0] if venues else None, year=_year(item, "issued") or (years[0] if years else None),
        doi=str(item.get("DOI", "")).lower() or None, titles=(full, *titles), venues=venues, years=years,
        peer_reviewed=kind in REVIEWED_TYPES and bool(venues), retracted=bool(updated_by & RETRACTING),
        sources=("crossref",))
