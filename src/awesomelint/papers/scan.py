"""The fallback reader: when an entry's written form gave no venue or no year, scan its text (links,
URLs and the title left out) for a known venue and a year, as a reader would: ``| **[CVPR' 19]** |``,
``(**ICCV**)``, ``SIGIR 24``, ``2019-ICML``, a venue badge ``Conference-CVPR'21``, a date badge
``abs-2025.05``. Found parts keep their exact source positions.
"""

from __future__ import annotations

import re

from awesomelint.document import Link
from awesomelint.papers.dates import YEAR, YEAR_TOKEN, full_year
from awesomelint.papers.model import VenueYear
from awesomelint.papers.source import Part, Source
from awesomelint.papers.venues import Mention, catalog

_AFTER = re.compile(rf"[ \t]*(?:['’‘][ \t]?(?P<yy>\d\d)(?!\d)|[ \t,-]*(?P<year>{YEAR})(?!\d)"
                    r"|[ \t]+(?P<bare>\d\d)(?![\d.]))")
_BEFORE = re.compile(rf"(?P<year>{YEAR})[ \t]*[-/ ][ \t]*$")
_BADGE_DATE = re.compile(rf"(?<![\d])(?P<year>{YEAR})(?:[.\-/](?P<month>\d{{1,2}}))?(?![\d])")
_MASKED = "\x00"
_WORD = re.compile(r"[ \t]+([A-Za-z&]+)")
_TAG = re.compile(r"\[(?P<venue>[A-Z][\w&.\- ]{0,60}?)(?P<sep>['’‘][ \t]?)(?P<yy>\d\d)\]")
USABLE = ("ok", "alias", "case", "typo", "near", "former", "workshop")


def _year_after(text: str, mention: Mention) -> tuple[int, int, int] | None:
    """(year, start, end) of a year written right after a venue: ``CVPR 2019``, ``CVPR' 19``, ``SIGIR 24``."""
    at = mention.end
    qualifiers = catalog().qualifiers
    for _ in range(3):  # "CVPR Workshop' 18", "ACL Findings 2023"
        word = _WORD.match(text, at)
        if word is None or word.group(1).casefold() not in qualifiers:
            break
        at = word.end()
    match = _AFTER.match(text, at)
    if not match:
        return None
    for group in ("year", "yy", "bare"):
        if match.group(group):
            value = int(match.group(group))
            return (value if group == "year" else full_year(value)), *match.span(group)
    return None


def scan(source: Source, masked: str, skip: list[tuple[int, int]], want_venue: bool,
         want_year: bool) -> tuple[Part | None, VenueYear | None]:
    """(a venue Part, a VenueYear) found in ``masked`` (the entry's text with links blanked) outside
    the ``skip`` spans (title, authors)."""

    def outside(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in skip)

    mentions = [m for m in catalog().mentions(masked) if m.status in USABLE and outside(m.start, m.end)
                and _MASKED not in m.written and m.status != "near" and not m.venue.word]
    # "(CVPR)" after a spelled-out name is what the entry cites: a parenthesised acronym comes first
    mentions.sort(key=lambda m: (not (masked[m.start - 1 : m.start] == "(" and masked[m.end : m.end + 1] == ")"),
                                 m.start))
    for mention in mentions:
        after = _year_after(masked, mention)
        if after is not None and outside(after[1], after[2]):
            year, start, end = after
            first = mention.start
            while first > 1 and masked[first - 1] in "/-":  # "COLING/ACL 2006", "EMNLP-CONLL 2007"
                word = re.search(r"[A-Za-z]+$", masked[:first - 1])
                if word is None:
                    break
                first = word.start()
            named = source.part(first, mention.end)
            return named, VenueYear(source.part(first, end), named, year, source.part(start, end),
                                    separator=masked[mention.end:start], where="scan")
        before = _BEFORE.search(masked, 0, mention.start)
        if before is not None and outside(before.start(), mention.start):
            named = source.part(mention.start, mention.end)
            year_part = source.part(*before.span("year"))
            return named, VenueYear(source.part(before.start(), mention.end), named, int(before.group("year")),
                                    year_part, year_first=True, where="scan")
    if not mentions:  # "**[ESANN' 15]**", "[Thesis' 10]": an unknown venue with a short year, in brackets
        tag = _TAG.search(masked)
        if tag is not None and outside(tag.start(), tag.end()):
            named = source.part(*tag.span("venue"))
            yy = int(tag.group("yy"))
            return named, VenueYear(source.part(tag.start("venue"), tag.end("yy")), named,
                                    full_year(yy), source.part(*tag.span("yy")),
                                    separator=tag.group("sep"), where="scan")
    venue: Part | None = source.part(mentions[0].start, mentions[0].end) if mentions and want_venue else None
    if not want_year:
        return venue, None
    years = [m for m in YEAR_TOKEN.finditer(masked) if outside(m.start(), m.end())]
    if not years:
        return venue, None
    match = years[-1]
    part = source.part(*match.span())
    return venue, VenueYear(part, None, int(match.group()), part, where="scan")


def badge_facts(source: Source, badges: list[Link]) -> tuple[Part | None, VenueYear | None]:
    """A venue and a year read from shields.io badges: ``badge/Conference-CVPR'21-blue``,
    ``badge/CVPR-2024-blue``, ``badge/abs-2025.05-red``."""
    for badge in badges:
        if "shields.io/badge/" not in badge.url:
            continue
        start = source.offset(badge.line, badge.column)
        end = source.offset(badge.end_line, badge.end_column)
        if start is None or end is None:
            continue
        at = source.text.find("shields.io/badge/", start, end)
        if at < 0:
            continue
        body_start = at + len("shields.io/badge/")
        body_end = min([i for i in (source.text.find(c, body_start, end) for c in "?)\" ") if i >= 0] + [end])
        body = source.text[body_start:body_end].replace("_", " ").replace("%20", " ").replace("%27", "'")
        if len(body) != body_end - body_start:
            continue  # an encoding changed lengths: positions would be wrong
        words = body.replace("-", " ")
        mentions = [m for m in catalog().mentions(words) if m.status in ("ok", "alias", "case", "workshop")
                    and m.venue.name != "arXiv"]
        for mention in mentions:
            venue = source.part(body_start + mention.start, body_start + mention.end)
            after = _year_after(words, mention)
            if after is not None:
                year, a, b = after
                return venue, VenueYear(source.part(body_start + mention.start, body_start + b), venue, year,
                                        source.part(body_start + a, body_start + b), where="badge")
        date = _BADGE_DATE.search(body)
        if date is not None and (mentions or body.lower().startswith(("abs", "arxiv", "date", "pub", "year"))):
            found = source.part(body_start + mentions[0].start, body_start + mentions[0].end) if mentions else None
            year_part = source.part(body_start + date.start("year"), body_start + date.end("year"))
            month = int(date.group("month")) if date.group("month") else None
            return found, VenueYear(source.part(body_start + date.start(), body_start + date.end()), found,
                                    int(date.group("year")), year_part, month if month and month <= 12 else None,
                                    where="badge")
    return None, None
