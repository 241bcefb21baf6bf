"""Several sources' records of one paper become one: every title, venue and year kept, the
venue version preferred for the year and the venue, arXiv preferred for the title as submitted."""

from __future__ import annotations

from collections.abc import Iterable

from awesomelint.papers.record import PaperRecord
from awesomelint.papers.venue_names import short_name

TITLE_ORDER = ("arxiv", "crossref", "s2", "openalex", "dblp")
VENUE_ORDER = ("dblp", "s2", "crossref", "openalex", "arxiv")


def _rank(record: PaperRecord, order: tuple[str, ...]) -> int:
    return min((order.index(s) for s in record.sources if s in order), default=len(order))


def merge(records: Iterable[PaperRecord | None]) -> PaperRecord | None:
    found = [r for r in records if r is not None]
    if not found:
        return None
    by_title = sorted(found, key=lambda r: _rank(r, TITLE_ORDER))
    by_venue = sorted(found, key=lambda r: _rank(r, VENUE_ORDER))
    reviewed = [r for r in by_venue if r.peer_reviewed]
    venues = tuple(dict.fromkeys(v for r in (reviewed or by_venue) for v in r.venues))
    titles = tuple(dict.fromkeys(t for r in by_title for t in r.titles))
    years = tuple(dict.fromkeys(y for r in by_venue for y in r.years))
    arxiv_year = next((r.arxiv_year for r in found if r.arxiv_year), None)
    year = next((r.year for r in reviewed if r.year), None) if reviewed else None
    year = year or arxiv_year or next((r.year for r in by_venue if r.year), None)
    venue = short_name(venues) or (venues[0] if venues else None)
    return PaperRecord(
        title=next((r.title for r in by_title if r.title), None), venue=venue, year=year,
        doi=next((r.doi for r in by_venue if r.doi), None), arxiv=next((r.arxiv for r in found if r.arxiv), None),
        titles=titles, venues=venues, years=years, arxiv_year=arxiv_year, peer_reviewed=bool(reviewed),
        withdrawn=any(r.withdrawn for r in found), retracted=any(r.retracted for r in found),
        sources=tuple(dict.fromkeys(s for r in found for s in r.sources)))
