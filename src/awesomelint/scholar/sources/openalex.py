"""OpenAlex: works by DOI in batches (``filter=doi:A|B|…``, up to 100 values OR-ed; arXiv papers by
their DataCite DOI ``10.48550/arxiv.ID``) and by title (``filter=title.search:…``). Gives every
location's source (journal, conference, repository) and ``is_retracted``. 10 requests/s, with
``mailto`` (and ``api_key`` from ``OPENALEX_API_KEY`` when set)."""

from __future__ import annotations

import re
from typing import Any

from awesomelint.papers.record import PaperRecord, is_preprint_venue
from awesomelint.papers.titles import same_title
from awesomelint.scholar.client import Client, answer_items

from . import chunks

BATCH = 50
TITLE_BATCH = 20  # titles of ~100 characters: the URL stays well under OpenAlex's 4 KB
SELECT = "id,doi,title,display_name,publication_year,primary_location,locations,type,is_retracted,ids"
ARXIV_DOI = "10.48550/arxiv."
_SEARCH_UNSAFE = re.compile(r"[,|:!()\[\]{}\"\\]+")


def _params(client: Client, **extra: str) -> dict[str, str]:
    params = {"select": SELECT, **extra}
    if client.settings.mailto:
        params["mailto"] = client.settings.mailto
    if client.settings.openalex_api_key:
        params["api_key"] = client.settings.openalex_api_key
    return params


def _results(client: Client, params: dict[str, str]) -> list[dict[str, Any]]:
    response = client.call("openalex", "GET", client.settings.endpoints["openalex"] + "/works", params=params)
    return answer_items("openalex", response, "results")


def by_doi(client: Client, dois: list[str]) -> dict[str, PaperRecord | None]:
    """Records by DOI (lower case); an arXiv DOI may come back merged into its published version."""
    out: dict[str, PaperRecord | None] = dict.fromkeys(dois)
    for chunk in chunks(dois, BATCH):
        flt = "doi:" + "|".join(f"https://doi.org/{d}" for d in chunk)
        for work in _results(client, _params(client, filter=flt, **{"per-page": str(len(chunk))})):
            found = record(work)
            for doi in _dois(work):
                if doi in out and found is not None:
                    out[doi] = found
    return out


def _dois(work: dict[str, Any]) -> set[str]:
    dois = {str(work.get("doi") or "").lower().removeprefix("https://doi.org/")}
    for location in work.get("locations") or []:
        url = str((location or {}).get("landing_page_url") or "").lower()
        if "arxiv.org/abs/" in url:
            dois.add(ARXIV_DOI + re.sub(r"v\d+$", "", url.rsplit("/abs/", 1)[1]))
        elif "doi.org/" in url:
            dois.add(url.split("doi.org/", 1)[1])
    return dois - {""}


def by_titles(client: Client, titles: dict[str, str]) -> dict[str, PaperRecord | None]:
    """Title searches, ``TITLE_BATCH`` titles OR-ed in one ``title.search`` filter; each result is
    matched back to the titles it has the same title as (``same_title``)."""
    out: dict[str, PaperRecord | None] = dict.fromkeys(titles)
    queries = {key: " ".join(_SEARCH_UNSAFE.sub(" ", title).split()) for key, title in titles.items()}
    keys = [k for k, q in queries.items() if q]
    for chunk in chunks(keys, TITLE_BATCH):
        flt = "title.search:" + "|".join(queries[k] for k in chunk)
        per_page = str(min(200, 10 * len(chunk)))
        for work in _results(client, _params(client, filter=flt, **{"per-page": per_page})):
            found = record(work)
            if found is None or not found.title:
                continue
            for key in chunk:
                if out[key] is None and same_title(titles[key], found.title):
                    out[key] = found
    return out


def record(work: dict[str, Any]) -> PaperRecord | None:
    title = work.get("title") or work.get("display_name")
    if not isinstance(title, str) or not title:
        return None
    locations = [loc for loc in [work.get("primary_location"), *(work.get("locations") or [])] if isinstance(loc, dict)]
    sources: list[dict[str, Any]] = [loc["source"] for loc in locations if isinstance(loc.get("source"), dict)]
    names = tuple(dict.fromkeys(str(s.get("display_name")) for s in sources if s.get("display_name")))
    reviewed = any(s.get("type") in ("journal", "conference") and not is_preprint_venue(str(s.get("display_name", "")))
                   for s in sources)
    year = work.get("publication_year") if isinstance(work.get("publication_year"), int) else None
    doi = str(work.get("doi") or "").lower().removeprefix("https://doi.org/") or None
    arxiv = next((d[len(ARXIV_DOI):] for d in _dois(work) if d.startswith(ARXIV_DOI)), None)
    return PaperRecord(
        title=title, venue=names[0] if names else None, year=year,
        doi=doi if doi and not doi.startswith(ARXIV_DOI) else None, arxiv=arxiv, titles=(title,), venues=names,
        years=(year,) if year else (), peer_reviewed=reviewed, retracted=work.get("is_retracted") is True,
        sources=("openalex",))
