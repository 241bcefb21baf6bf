"""The arXiv API (``/api/query?id_list=…``, an Atom feed): titles as submitted, the first version's
year, the authors' journal reference and DOI, and withdrawals (the comment or abstract of a
withdrawn version says so). Up to 100 ids per request; one request per 3 s."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from awesomelint.papers.record import PaperRecord
from awesomelint.scholar.client import Client, Unavailable

from . import chunks

BATCH = 100
NS = {"atom": "http://www.w3.org/2005/Atom", "arxiv": "http://arxiv.org/schemas/atom"}
_ID = re.compile(r"arxiv\.org/abs/(.+?)(?:v\d+)?$")
_WITHDRAWN = re.compile(r"\b(?:(?:paper|article|submission|manuscript|version) (?:has been|is|was) withdrawn"
                        r"|withdrawn by the authors?|withdrawn due to|withdrawn because)\b", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[89]\d|20\d\d)\b")


def fetch(client: Client, ids: list[str]) -> dict[str, PaperRecord | None]:
    endpoint = client.settings.endpoints["arxiv"]
    out: dict[str, PaperRecord | None] = {}
    for chunk in chunks(ids, BATCH):
        response = client.call("arxiv", "GET", endpoint,
                               params={"id_list": ",".join(chunk), "max_results": str(len(chunk))},
                               headers={"Accept": "application/atom+xml"})
        if response.status_code != 200:
            raise Unavailable(f"arxiv: HTTP {response.status_code}")
        found = parse(response.content)
        for ident in chunk:
            out[ident] = found.get(ident.lower())
    return out


def _text(entry: ET.Element, path: str) -> str:
    node = entry.find(path, NS)
    return " ".join((node.text or "").split()) if node is not None else ""


def parse(body: bytes) -> dict[str, PaperRecord]:
    """Records by lower-case arXiv id (without version) from an Atom feed."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise Unavailable(f"arxiv: unreadable Atom feed ({exc})") from None
    records: dict[str, PaperRecord] = {}
    for entry in root.findall("atom:entry", NS):
        if "/api/errors" in _text(entry, "atom:id"):  # the whole request was refused: no answer for any id
            raise Unavailable(f"arxiv: {_text(entry, 'atom:summary') or 'error'}")
        match = _ID.search(_text(entry, "atom:id"))
        title = _text(entry, "atom:title")
        if not match or not title or title == "Error":
            continue
        ident = match.group(1).lower()
        published = _text(entry, "atom:published")
        year = int(published[:4]) if published[:4].isdigit() else None
        comment, summary = _text(entry, "arxiv:comment"), _text(entry, "atom:summary")
        journal = _text(entry, "arxiv:journal_ref")
        doi = _text(entry, "arxiv:doi").lower() or None
        years = tuple(int(y) for y in _YEAR.findall(journal)[:1])
        records[ident] = PaperRecord(
            title=title, arxiv=ident, doi=doi, year=years[0] if years else year, titles=(title,),
            venues=(journal,) if journal else (), years=years, arxiv_year=year,
            peer_reviewed=False, withdrawn=bool(_WITHDRAWN.search(comment) or _WITHDRAWN.search(summary[:300])),
            sources=("arxiv",))
    return records
