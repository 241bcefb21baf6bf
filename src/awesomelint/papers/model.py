"""What the papers entry parser extracts: a ``Paper`` per entry, every part with its source span."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Link
from awesomelint.papers.source import Part, Source

# "title": the link carrying the entry's title; "mention": any other unlabelled link in the text
LabelKind = Literal["paper", "code", "project", "link", "other", "title", "mention"]
LabelStyle = Literal["double", "wrapped", "single", "title"]  # [[x]](u), [[x](u)], [x](u), [Title](u)


@dataclass(frozen=True, slots=True)
class PaperLink:
    link: Link
    kind: LabelKind
    style: LabelStyle
    label: Part  # the label (or title) text as written, without brackets
    start: int  # offsets in the entry source of the whole construct, wrapping brackets included
    end: int

    @property
    def url(self) -> str:
        return self.link.url


@dataclass(frozen=True, slots=True)
class VenueYear:
    """``VENUE YYYY`` in any of its written forms; ``whole`` spans venue, separator and year."""

    whole: Part
    venue: Part | None
    year: int
    year_part: Part
    month: int | None = None
    separator: str = " "  # between venue and year as written: " ", "-", ", ", "'", "" ...
    month_separator: str = ""  # "/", ".", "-" when a month follows the year
    tail: Part | None = None  # venue words after the year: "NeurIPS 2021 Workshop ICBINB"
    year_first: bool = False  # "[2004 TOIS]"
    # "scan": found by scanning the entry for a known venue and a year (no written form to compare)
    where: Literal["suffix", "prefix", "cell", "date", "scan", "badge"] = "suffix"


@dataclass(frozen=True, slots=True)
class Paper:
    kind: Literal["list_item", "table_row", "paragraph"]
    source: Source
    title: Part | None
    authors: Part | None
    venue_year: VenueYear | None
    links: tuple[PaperLink, ...]
    badges: tuple[Link, ...]
    date_year: int | None = None  # a separate date such as "24 Sep 2022" (ordering key when present)
    date_month: int | None = None
    # what the entry's place gives it: a "### 2023" or "#### IJCAI" heading above it (not in its text)
    context_year: int | None = None
    context_venue: str | None = None
    venue_only: Part | None = None  # a venue written without a year: "(**ICCV**)", "[[CVPR](u)] Title"

    @property
    def line(self) -> int:
        return self.source.line

    @property
    def year(self) -> int | None:
        return self.venue_year.year if self.venue_year else None

    @property
    def venue(self) -> Part | None:
        if self.venue_year is not None and self.venue_year.venue is not None:
            return self.venue_year.venue
        return self.venue_only

    @property
    def reading_year(self) -> int | None:
        """The year a reader sees: written in the entry, or given by a year heading above it."""
        return self.year if self.year is not None else self.date_year or self.context_year

    @property
    def reading_venue(self) -> str | None:
        """The venue a reader sees: written in the entry, or given by a venue heading above it."""
        return self.venue.text if self.venue is not None else self.context_venue

    @property
    def order_key(self) -> tuple[int, int] | None:
        if self.date_year is not None:
            return self.date_year, self.date_month or 0
        if self.venue_year is not None:
            return self.venue_year.year, self.venue_year.month or 0
        return None

    def labelled(self, *kinds: LabelKind) -> list[PaperLink]:
        return [link for link in self.links if link.kind in kinds]

    @property
    def looks_like_paper(self) -> bool:
        """A title plus a venue or year (its own, or its heading's) and a link, a paper label, a title
        linking a paper (arXiv, DOI, a publisher's or proceedings page), or authors and a year."""
        if self.title is None:
            return False
        dated = self.venue_year is not None or self.venue_only is not None
        if (dated or self.context_year is not None or self.context_venue is not None) and self.links:
            return True
        if self.labelled("paper"):
            return True
        if self.authors is not None and self.reading_year is not None:
            return True
        from awesomelint.papers.urls import is_paper_page, paper_id
        from awesomelint.papers.venues import catalog

        if self.venue is not None and self.reading_year is not None and catalog().mentions(self.venue.text):
            return True  # "Title. Li, Yuncheng et al. ICCV 2017" with no link at all
        if re.search(r"\barXiv:\d{4}\.\d{4,5}", self.source.text, re.IGNORECASE):
            return True

        first = next((link for link in self.links if link.kind == "title"), None)  # the title's own link
        return first is not None and (paper_id(first.url).startswith(("arxiv:", "doi:")) or is_paper_page(first.url))
