"""The same paper listed in two places with a different year or venue: one copy is stale or mistyped.
A preprint, a workshop paper and the published version, or a conference paper and its journal
extension, are true records of their own and are left alone unless both copies link the same record.
Doc: rules/AL219-same-paper-different-venue-year.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers import Paper, papers
from awesomelint.papers.identifiers import identifiers
from awesomelint.papers.identity import identity_keys, same_paper
from awesomelint.papers.rulekit import in_link, problem, scope
from awesomelint.papers.venues import catalog
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL219",
    name="same-paper-different-venue-year",
    summary="A paper listed in two places gives the same venue and year in both.",
    severity=Severity.WARNING,
    profiles=PAPERS,
)
_WORKSHOP = re.compile(r"\bworkshops?\b", re.IGNORECASE)
_FINDINGS = re.compile(r"\bfindings\b", re.IGNORECASE)
_AFTER = re.compile(r"[^.\[\]|\n]{0,40}")
_VERSIONS = ("arxiv", "s2")  # identifiers shared by a preprint and its published version
_NAME = re.compile(r"[^\W\d_]{3,}")
_NOT_NAMES = frozenset({"and", "et", "al", "others"})


@dataclass(frozen=True, slots=True)
class Facts:
    """What an entry says about where and when: the year, the venue as read and as catalogued."""

    year: int | None
    venue: str | None
    names: frozenset[str]  # canonical venue names; empty for a venue the catalog does not know
    kinds: frozenset[str]  # conference, journal, preprint
    workshop: bool  # a workshop of the named venue (usually not archival: a preprint of sorts)
    findings: bool  # the findings volume of the named venue
    by_heading: bool  # the year is the one of a heading above the entry ("### 2023")

    def shown(self) -> str:
        if self.by_heading and self.year is not None:
            return f"{self.venue or ''} under the heading {self.year}".strip()
        return " ".join(str(v) for v in (self.venue, self.year) if v is not None)


def facts(paper: Paper) -> Facts | None:
    """The year and venue a reader sees, or None when they are another entry's (a citation link)."""
    vy = paper.venue_year
    if vy is not None and in_link(paper, vy.year_part):
        return None
    venue = paper.reading_venue
    track = venue or ""
    if venue is not None and vy is not None and vy.venue is not None:
        # "ICLR 2022 Workshop (Oral).": the words after the year up to the sentence's end name the track
        after = _AFTER.match(paper.source.text, paper.source.start_of(vy.whole) + len(vy.whole.text))
        track += f" {vy.tail.text if vy.tail else ''} {after.group() if after else ''}"
    mentions = catalog().mentions(venue) if venue else []
    return Facts(paper.reading_year, venue, frozenset(m.venue.name for m in mentions),
                 frozenset(m.venue.kind for m in mentions),
                 bool(_WORKSHOP.search(track) or any(m.status == "workshop" for m in mentions)),
                 bool(_FINDINGS.search(track)), paper.year is None and paper.date_year is None)


def differ(a: Facts, b: Facts, one_record: bool) -> bool:
    """Whether two readings of one paper contradict each other. Venues are compared when the catalog
    knows both, years when the venues agree or neither is given. Unless both copies link one record
    (a DOI, an ACL Anthology or OpenReview id), two kinds of record (preprint, workshop, conference,
    journal) are two versions, not a contradiction."""
    years = a.year is not None and b.year is not None and a.year != b.year
    if a.venue is None and b.venue is None:
        return years
    if not a.names or not b.names:
        return False  # a venue the catalog cannot read ("Proc. Int. Symp. ...", "openai")
    if not one_record and (a.kinds != b.kinds or a.workshop != b.workshop):
        return False  # a preprint or workshop paper beside its published version, a journal extension
    return a.names != b.names or a.workshop != b.workshop or a.findings != b.findings or years


def _authors(paper: Paper) -> frozenset[str]:
    text = paper.authors.text if paper.authors is not None else ""
    return frozenset(w.casefold() for w in _NAME.findall(text)) - _NOT_NAMES


def _ids(paper: Paper) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for ident in identifiers(paper):
        found.setdefault(ident.kind, set()).add(ident.value)
    return found


def _one_work(first: Paper, later: Paper, key: str) -> bool:
    """Two entries matched by title alone are two works when their authors share no name or their
    identifiers of one kind differ ("What are Diffusion Models?" as a blog post and as a video; two
    OpenReview submissions of one title)."""
    if not same_paper(first, later, key):
        return False
    if key.startswith("title:"):
        names, other = _authors(first), _authors(later)
        if names and other and not names & other:
            return False
        ids, others = _ids(first), _ids(later)
        if any(not ids[kind] & others[kind] for kind in ids.keys() & others.keys()):
            return False
    return True


def _one_record(first: Paper, later: Paper) -> bool:
    """Both copies link the same publication record (not only the same preprint)."""
    ids, others = _ids(first), _ids(later)
    return any(ids[kind] & others[kind] for kind in ids.keys() & others.keys() if kind not in _VERSIONS)


def check(doc: Document, options: object) -> Iterator[Problem]:
    first: dict[str, Paper] = {}
    for paper in papers(doc):
        if paper.title is None:
            continue
        match: tuple[Paper, str] | None = None
        for key, why in identity_keys(paper):
            seen = first.setdefault(key, paper)
            if match is None and seen is not paper and _one_work(seen, paper, key):
                match = seen, why
        if match is not None and scope(doc, match[0]) != scope(doc, paper):  # one section: AL211's duplicate
            yield from _compare(match[0], paper, match[1])


def _compare(seen: Paper, paper: Paper, why: str) -> Iterator[Problem]:
    a, b = facts(seen), facts(paper)
    if a is None or b is None or not differ(a, b, _one_record(seen, paper)):
        return
    vy = paper.venue_year
    part = vy.whole if vy is not None and (b.venue is None or vy.venue is not None) else paper.title
    assert part is not None
    start = paper.source.start_of(part)
    years = a.year is not None and b.year is not None and a.year != b.year
    venues = a.names != b.names or a.workshop != b.workshop or a.findings != b.findings
    what = "venue and year" if years and venues else "year" if years else "venue"
    verb = "differ" if years and venues else "differs"
    yield problem(paper.source, start, start + len(part.text),
                  f"{what} '{b.shown()}' {verb} from line {seen.line} ('{a.shown()}'), the same paper ({why[9:]})")
