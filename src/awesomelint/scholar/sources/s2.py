"""Semantic Scholar's graph API, ``POST /paper/batch`` with ``ARXIV:``/``DOI:``/``ACL:`` ids (up to
500 per request; the answer is a list in the same order, ``null`` for an unknown id). Gives the
venue as written, the publication venue with its type and alternate names, and the year.
1 request/s; ``S2_API_KEY`` is sent as ``x-api-key``."""

from __future__ import annotations

from typing import Any

from awesomelint.papers.record import PaperRecord, is_preprint_venue
from awesomelint.scholar.client import Client, Unavailable

from . import chunks

BATCH = 500
FIELDS = "title,venue,publicationVenue,year,publicationDate,externalIds,publicationTypes,journal"
PREFIX = {"arxiv": "ARXIV:", "doi": "DOI:", "acl": "ACL:", "s2": ""}


def fetch(client: Client, keys: list[str]) -> dict[str, PaperRecord | None]:
    """``keys`` are ``kind:value`` (arxiv, doi, acl, s2)."""
    endpoint = client.settings.endpoints["s2"] + "/paper/batch"
    headers = {"x-api-key": client.settings.s2_api_key} if client.settings.s2_api_key else {}
    out: dict[str, PaperRecord | None] = {}
    for chunk in chunks(keys, BATCH):
        ids = [PREFIX[k.split(":", 1)[0]] + k.split(":", 1)[1] for k in chunk]
        response = client.call("s2", "POST", endpoint, params={"fields": FIELDS}, body={"ids": ids}, headers=headers)
        if response.status_code == 400:  # "No valid paper ids given": none of them is known
            out.update(dict.fromkeys(chunk))
            continue
        if response.status_code != 200:
            raise Unavailable(f"s2: HTTP {response.status_code}")
        try:
            papers = response.json()
        except ValueError:
            raise Unavailable("s2: not JSON") from None
        if not isinstance(papers, list) or len(papers) != len(chunk):
            raise Unavailable("s2: the batch answer does not match the request")
        for key, paper in zip(chunk, papers, strict=True):
            out[key] = record(paper) if isinstance(paper, dict) else None
    return out


def record(paper: dict[str, Any]) -> PaperRecord | None:
    title = paper.get("title")
    if not isinstance(title, str) or not title:
        return None
    ext = paper.get("externalIds") or {}
    venue = paper.get("venue") or ""
    pv = paper.get("publicationVenue") or {}
    journal = (paper.get("journal") or {}).get("name") or ""
    names = [n for n in (pv.get("name"), *(pv.get("alternate_names") or []), venue, journal)
             if isinstance(n, str) and n]
    doi = ext.get("DOI")
    arxiv = ext.get("ArXiv")
    year = paper.get("year") if isinstance(paper.get("year"), int) else None
    date = str(paper.get("publicationDate") or "")  # the venue's date when known; ``year`` may be the preprint's
    dated = int(date[:4]) if date[:4].isdigit() else None
    reviewed = bool(names) and not any(is_preprint_venue(n) for n in names[:1]) and (
        pv.get("type") in ("conference", "journal") or bool(venue))
    return PaperRecord(
        title=title, venue=names[0] if names else None, year=(dated or year) if reviewed else year,
        doi=doi.lower() if isinstance(doi, str) and not doi.lower().startswith("10.48550/") else None,
        arxiv=arxiv.lower() if isinstance(arxiv, str) else None, titles=(title,), venues=tuple(names),
        years=tuple(dict.fromkeys(y for y in (dated, year) if y)), peer_reviewed=reviewed, sources=("s2",))
