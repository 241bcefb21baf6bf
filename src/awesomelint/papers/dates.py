"""Venue and year as written in paper entries: ``CIKM 2020``, ``arXiv, 2020``, ``CIKM-2020``,
``WSDM 2018/08``, ``arxiv 2023.05``, ``ICLR'24``, ``NeurIPS 2021 Workshop ICBINB``, ``2004 TOIS``,
``24 Sep 2022``. Parsed from a known span; titles are never split on commas here."""

from __future__ import annotations

import re

from awesomelint.papers.model import VenueYear
from awesomelint.papers.source import Part, Source

YEAR = r"(?:19[5-9]\d|20\d\d)"
# a year token: not inside a longer number, an arXiv id (2001.04253) or a page range
YEAR_TOKEN = re.compile(rf"(?<![\w.:/@])(?<!\d-){YEAR}(?![\d]|\.\d{{3}}|-\d{{3}})")
_VENUE_FIRST = re.compile(
    rf"^(?P<venue>.*?)(?P<sep>[ \t]*[,，][ \t]*|[ \t]*-[ \t]*|[ \t]+|[ \t]*['’‘]+[ \t]*|)"
    rf"(?P<year>{YEAR})(?:(?P<msep>[/.-])(?P<month>\d{{1,2}}))?(?![\d])(?P<tail>[ \t]+\S.*)?$",
    re.DOTALL,
)
_SHORT_YEAR = re.compile(r"^(?P<venue>.*?\S)(?P<sep>[ \t]*['’‘]+[ \t]*)(?P<yy>\d{2})(?![\d])(?P<tail>[ \t]+\S.*)?$")
_YEAR_FIRST = re.compile(rf"^(?P<year>{YEAR})(?:(?P<msep>[/.-])(?P<month>\d{{1,2}}))?(?:(?:[ \t]+|-)(?P<venue>\S.*))?$")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
DATE = re.compile(rf"\b(?P<day>\d{{1,2}})[ \t]+(?P<mon>{'|'.join(MONTHS)})[a-z]*\.?,?[ \t]+(?P<year>{YEAR})\b",
                  re.IGNORECASE)
MAX_VENUE_WORDS = 6
PIVOT = 50  # a two-digit year below it is 20YY, from it on 19YY: paper lists begin in the 1950s
# a month written before the year, ending what was read as the venue: "Arxiv, Mar. 2024", "Oct., 2025"
_MONTH_END = re.compile(rf"(?:^|(?<=[\s,，(]))(?P<mon>{'|'.join(MONTHS)})[a-z]*\.?[ \t]*[,，]?[ \t]*$", re.IGNORECASE)


def venue_year(source: Source, start: int, end: int, where: str = "suffix") -> VenueYear | None:
    """Parse ``source.text[start:end]`` (already trimmed) as one venue-year expression."""
    text = source.text[start:end]
    match = _YEAR_FIRST.match(text) if where == "prefix" else None
    if match and match.group("year"):
        venue = _part(source, start, match, "venue")
        year_part = source.part(start + match.start("year"), start + match.end("year"))
        return VenueYear(source.part(start, end), venue, int(match.group("year")), year_part, _month(match),
                         "" if venue is None else " ", match.group("msep") or "", None, True, "prefix")
    match = _VENUE_FIRST.match(text)
    year: int | None = None
    if match:
        year = int(match.group("year"))
    else:
        match = _SHORT_YEAR.match(text)
        if match:
            year = full_year(int(match.group("yy")))
    if match is None or year is None:
        return None
    venue = _part(source, start, match, "venue")
    if venue is not None and len(venue.text.split()) > MAX_VENUE_WORDS:
        return None
    tail = _part(source, start, match, "tail")
    if tail is not None and len(tail.text.split()) > 3:
        return None
    year_group = "year" if "year" in match.groupdict() else "yy"
    separator = match.group("sep") if venue is not None else ""
    year_part = source.part(start + match.start(year_group), start + match.end(year_group))
    month = _month(match)
    if venue is not None and not re.search(r"[A-Za-z]", venue.text):
        venue = None  # ":1064-1071, 1999": pages, not a venue
    if venue is not None and (et_al := list(re.finditer(r"et al\.?,?", venue.text))):
        # "Liu et al., NeurIPS 2020": the authors end where the venue starts
        venue = source.stripped(source.start_of(venue) + et_al[-1].end(), source.start_of(venue) + len(venue.text),
                                " \t,，")
    if venue is not None:  # "Arxiv, Oct 2023, ICLR 2024": the last venue-year is the publication
        earlier = list(YEAR_TOKEN.finditer(venue.text))
        cut = max((venue.text.rfind(c) for c in ",，|;"), default=-1)
        if earlier and cut > earlier[-1].start():
            venue = source.stripped(source.start_of(venue) + cut + 1, source.start_of(venue) + len(venue.text),
                                    " \t,，")
    if venue is not None:
        written = _MONTH_END.search(venue.text)
        if written is not None and month is None:  # "Mar. 2024": a date, not the venue "Mar."
            month = MONTHS.index(written.group("mon").lower()[:3]) + 1
            venue = source.stripped(source.start_of(venue), source.start_of(venue) + written.start(), " \t,，(")
            separator = "month"
    return VenueYear(source.part(start, end), venue, year, year_part,
                     month, separator, (match.groupdict().get("msep") or ""), tail, False,
                     "prefix" if where == "prefix" else "cell" if where == "cell" else "suffix")


def full_year(yy: int) -> int:
    """The year a two-digit ``'YY`` stands for (``'19`` is 2019, ``'98`` is 1998)."""
    return 2000 + yy if yy < PIVOT else 1900 + yy


def _month(match: re.Match[str]) -> int | None:
    month = match.groupdict().get("month")
    return int(month) if month else None


def _part(source: Source, base: int, match: re.Match[str], group: str) -> Part | None:
    if match.groupdict().get(group) is None:
        return None
    start, end = match.span(group)
    return source.stripped(base + start, base + end, " \t,，")


def date(source: Source, start: int, end: int) -> tuple[int, int] | None:
    """(year, month) of a ``DD Mon YYYY`` date in ``source.text[start:end]``."""
    match = DATE.search(source.text, start, end)
    if not match:
        return None
    return int(match.group("year")), MONTHS.index(match.group("mon").lower()[:3]) + 1


