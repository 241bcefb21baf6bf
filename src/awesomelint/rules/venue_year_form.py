"""Venue and year are written in one form: not ``CIKM-2020`` or ``arXiv, 2020`` among ``KDD 2022``s,
no lone ``WSDM 2018/08`` month, no year inside the venue. Doc: rules/AL206-venue-year-form.md
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from awesomelint.document import Document
from awesomelint.finding import Edit, Problem, Severity
from awesomelint.papers import Paper, VenueYear, papers
from awesomelint.papers.dates import YEAR_TOKEN
from awesomelint.papers.rulekit import edit, problem
from awesomelint.papers.source import Part
from awesomelint.papers.venues import catalog
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL206",
    name="venue-year-form",
    summary="Venue and year are written in the same form in every entry.",
    severity=Severity.WARNING,
    fixable=True,
    profiles=PAPERS,
)
MINORITY = 0.2  # a form used by at most this share of entries, while another has DOMINANT, is flagged
DOMINANT = 0.6
_APOSTROPHES = "'’‘"
# a qualifier after the year names a track, not a misplaced venue: "RecSys 2023 Short Paper", "ICLR 2024 Oral"
_TRACKS = (
    "short long full paper papers oral poster spotlight highlight findings demo demos demonstration industry"
    " industrial main track workshop workshops tutorial student position best award honorable mention"
    " datasets benchmarks d&b and & applied research resource reproducibility perspective extended abstract"
    " abstracts journal special issue volume vol")
TRACK_WORDS = frozenset(_TRACKS.split())
# "Acquired by Sony in 2019", "at CVPR 2022 and NAACL 2022": a year in a sentence, not venue metadata
_PROSE = re.compile(r"(?:^|\s)(?:in|at|on|by|since|from|until|during|and)\s*$")
# numbers that name a venue, not its volume or pages: an arXiv id, a year, an ordinal ("24th CVPR")
_NAMING_NUMBER = re.compile(rf"arXiv:\s*\d{{4}}\.\d{{4,5}}(?:v\d+)?|{YEAR_TOKEN.pattern}|\b\d+(?:st|nd|rd|th)\b",
                            re.IGNORECASE)
# volume, issue and pages after the year: "(2011), 245(3):236-244", "2018, 7, 304", "(2024): 472", "(2024), vol 1, pp."
_CITATION_AFTER = re.compile(r"\)?[ \t]*[,:][ \t]*(?:\d|vol\b|pp\b|no\b)", re.IGNORECASE)
_KNOWN = ("ok", "alias", "case", "workshop", "former")
_NAMES = {" ": "VENUE YYYY", ",": "VENUE, YYYY", "-": "VENUE-YYYY", "": "VENUEYYYY", "(": "VENUE (YYYY)"}


def track(tail: str) -> bool:
    """A tail made of track words only (``Short Paper``, ``Oral``, ``Findings``) is a track qualifier."""
    words = tail.replace("(", " ").replace(")", " ").replace(",", " ").lower().split()
    return bool(words) and all(word in TRACK_WORDS for word in words)


def _separator(vy: VenueYear) -> str:
    sep = vy.separator
    if any(c in _APOSTROPHES for c in sep):
        return sep
    return sep.strip() or (" " if sep else "")


def _minorities(values: list[str]) -> tuple[set[str], str]:
    counts = Counter(values)
    if not counts:
        return set(), ""
    top, top_count = counts.most_common(1)[0]
    if top_count < DOMINANT * len(values):
        return set(), top
    return {v for v, n in counts.items() if n <= MINORITY * len(values)}, top


def _judged(paper: Paper, vy: VenueYear) -> bool:
    """Whether the entry's grammar puts this venue-year where venue metadata goes. Not judged: text
    in a link (``[Slides MFI 2022](…)``, a URL), a sentence (``Acquired by Sony in 2019``), a journal
    citation with volume and pages (``Neural Networks (2012), 27:32-37``: the publisher's style), and
    a name the venue catalog does not know written with the year as its own name (``Telluride 2020``,
    ``IEEE Sensors 2020``), with the year in parentheses or in an authors-first citation
    (``Graca, R., *[Title](…)*, ESSERC, (2024)``: copied as its publisher writes it, not a form the
    list chose)."""
    assert vy.venue is not None
    start = paper.source.start_of(vy.whole)
    if any(c in vy.whole.text for c in "[]") or "://" in vy.whole.text or any(
            link.start <= start < link.end for link in paper.links):
        return False
    if _PROSE.search(vy.venue.text) or (vy.tail is not None and re.search(r"\d", vy.tail.text)):
        return False
    if re.search(r"\d", _NAMING_NUMBER.sub("", vy.venue.text)) or _CITATION_AFTER.match(
            paper.source.text, _end(paper, vy.whole)):
        return False
    if any(m.status in _KNOWN for m in catalog().mentions(vy.venue.text)):
        return True
    authors_first = paper.authors is not None and paper.title is not None and (
        paper.authors.line, paper.authors.column) < (paper.title.line, paper.title.column)
    return _separator(vy) not in ("", " ") and "(" not in vy.separator and not authors_first


def _dated(doc: Document) -> list[tuple[Paper, VenueYear]]:
    # "Mar. 2024" (separator "month") is a date written before the year, not a venue-year separator
    return [(p, p.venue_year) for p in papers(doc)
            if p.venue_year is not None and p.venue_year.where in ("suffix", "prefix") and p.venue_year.venue
            and p.venue_year.separator != "month" and _judged(p, p.venue_year)]


def check(doc: Document, options: object) -> Iterator[Problem]:
    entries = _dated(doc)
    for where in ("suffix", "prefix"):
        group = [(p, vy) for p, vy in entries if vy.where == where]
        yield from _separators(group, lambda s: not any(c in _APOSTROPHES for c in s), "venue and year")
        yield from _separators(group, lambda s: any(c in _APOSTROPHES for c in s), "the short year")
        months, _ = _minorities(["month" if vy.month else "year" for _, vy in group])
        for paper, vy in group:
            if vy.month and "month" in months:
                yield problem(paper.source, paper.source.start_of(vy.whole), _end(paper, vy.whole),
                              f"'{vy.whole.text}' gives a month; the list's other entries give only the year")
        tails, _ = _minorities(["tail" if vy.tail and not track(vy.tail.text) else "" for _, vy in group])
        for paper, vy in group:  # "NeurIPS'24 D&B" (a short year, then the track) is a usual form
            if vy.tail is not None and "tail" in tails and _separator(vy) in _NAMES and not track(vy.tail.text):
                yield _tail(paper, vy)


def _end(paper: Paper, part: Part) -> int:
    return paper.source.start_of(part) + len(part.text)


def _separators(group: list[tuple[Paper, VenueYear]], select: Callable[[str], bool], what: str) -> Iterator[Problem]:
    chosen = [(p, vy, _separator(vy)) for p, vy in group if select(_separator(vy))]
    odd, top = _minorities([sep for *_, sep in chosen])
    for paper, vy, sep in chosen:
        if sep not in odd:
            continue
        assert vy.venue is not None
        start, end = _end(paper, vy.venue), paper.source.start_of(vy.year_part)
        edits = []
        between = paper.source.text[start:end]
        # only the punctuation between venue and year is rewritten: a word or number there (a month,
        # a second venue) must never be moved or dropped
        if (top in (" ", *_APOSTROPHES) or (top and top[-1] in _APOSTROPHES)) and not any(
                c.isalnum() for c in between):
            edits = [_edit(paper, start, end, top)]
        shown = _NAMES.get(top, f"VENUE{top}YY")
        yield problem(paper.source, paper.source.start_of(vy.whole), _end(paper, vy.whole),
                      f"'{vy.whole.text}': the list writes {what} as '{shown}'", edits, f"write '{shown}'",
                      safe=False)


def _edit(paper: Paper, start: int, end: int, text: str) -> Edit:
    return edit(paper.source, start, end, text)


def _tail(paper: Paper, vy: VenueYear) -> Problem:
    """Reported without a fix: where the year belongs in a workshop's name is the editor's call."""
    assert vy.tail is not None and vy.venue is not None
    short = any(c in _APOSTROPHES for c in vy.separator)
    moved = f"{vy.venue.text} {vy.tail.text}{vy.separator if short else ' '}{vy.year_part.text}"
    start = paper.source.start_of(vy.whole)
    return problem(paper.source, start, _end(paper, vy.whole),
                   f"the year sits inside the venue '{vy.whole.text}'; the list's other entries end with "
                   f"the year ('{moved}')")
