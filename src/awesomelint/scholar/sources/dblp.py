"""DBLP's publication search (``/search/publ/api?q=…&format=json``): computer-science venues by
their short keys ("SIGIR", "KDD", "CoRR" for arXiv), with every version of a paper as its own hit.
Used for titles that OpenAlex does not match; no published rate limit, asked at 1 request/s."""

from __future__ import annotations

import re
from typing import Any

from awesomelint.papers.record import PaperRecord, is_preprint_venue
from awesomelint.papers.titles import same_title
from awesomelint.scholar.client import Client, answer_items

INFORMAL = "Informal and Other Publications"
_ARXIV = re.compile(r"arxiv\.org/abs/([^\s/?#]+?)(?:v\d+)?$", re.IGNORECASE)


def by_title(client: Client, title: str) -> PaperRecord | None:
    response = client.call("dblp", "GET", client.settings.endpoints["dblp"] + "/search/publ/api",
                           params={"q": title, "format": "json", "h": "10"})
    hits = answer_items("dblp", response, "result", "hits", "hit", absent_is_empty=True)
    infos: list[dict[str, Any]] = [h["info"] for h in hits if isinstance(h, dict) and isinstance(h.get("info"), dict)]
    matching = [i for i in infos if isinstance(i.get("title"), str) and same_title(title, i["title"].rstrip("."))]
    return merge_hits(matching) if matching else None


def _venues(info: dict[str, Any]) -> list[str]:
    """The hit's venue names, then its key's venue part (``conf/kdd/…`` -> ``kdd``), which names the
    venue even where the written venue is a workshop or a long proceedings title."""
    venue = info.get("venue")
    names = [venue] if isinstance(venue, str) else [v for v in venue or [] if isinstance(v, str)]
    key = str(info.get("key", "")).split("/")
    if len(key) == 3 and key[0] in ("conf", "journals") and key[1] != "corr":
        names.append(key[1])
    return names


def merge_hits(infos: list[dict[str, Any]]) -> PaperRecord:
    """One record from a paper's hits: the formal (venue) versions first, the CoRR one for arXiv."""
    formal = [i for i in infos if i.get("type") != INFORMAL and not any(is_preprint_venue(v) for v in _venues(i))]
    first = (formal or infos)[0]
    title = str(first["title"]).rstrip(".")
    years = tuple(dict.fromkeys(int(str(i["year"])) for i in (formal or infos) if str(i.get("year", "")).isdigit()))
    arxiv = next((m.group(1).lower() for i in infos for e in ([i.get("ee")] if isinstance(i.get("ee"), str)
                  else i.get("ee") or []) if isinstance(e, str) and (m := _ARXIV.search(e))), None)
    doi = next((str(i["doi"]).lower() for i in formal if i.get("doi")), None)
    venues = tuple(v for i in (formal or infos) for v in _venues(i))
    return PaperRecord(title=title, venue=venues[0] if venues else None, year=years[0] if years else None, doi=doi,
                       arxiv=arxiv, titles=tuple(str(i["title"]).rstrip(".") for i in infos), venues=venues,
                       years=years, peer_reviewed=bool(formal), sources=("dblp",))
