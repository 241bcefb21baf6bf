"""What the scholarly record says about a paper entry: plain data that ``--check-papers`` produces
(``awesomelint.scholar``) and the papers network rules read from the rule context.

Kept here, beside the entry parser, so that rules never import the package that makes requests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from awesomelint.papers.model import Paper

Verdict = Literal["found", "not-found", "unknown", "skipped"]
NOT_PEER_REVIEWED = ("arxiv", "corr", "biorxiv", "medrxiv", "ssrn", "research square", "techrxiv", "preprints",
                     "openreview", "zenodo", "hal")


@dataclass(frozen=True, slots=True)
class PaperRecord:
    """One paper as the sources know it, merged; ``titles``/``venues``/``years`` keep every variant
    (arXiv versions, each source's spelling, online and print years) so comparisons can be lenient."""

    title: str | None = None
    venue: str | None = None  # the venue's short name when one is known ("KDD"), else as given
    year: int | None = None  # publication year (of the venue version when there is one)
    doi: str | None = None
    arxiv: str | None = None
    titles: tuple[str, ...] = ()
    venues: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    arxiv_year: int | None = None  # the year of the first arXiv version
    peer_reviewed: bool = False  # a conference or journal version exists
    withdrawn: bool = False
    retracted: bool = False
    sources: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {"title": self.title, "venue": self.venue, "year": self.year, "doi": self.doi, "arxiv": self.arxiv}


@dataclass(frozen=True, slots=True)
class PaperCheck:
    """The outcome for one entry: the identifiers it carries, the one that resolved it, the record."""

    line: int
    column: int
    title: str | None
    ids: tuple[str, ...]  # "arxiv:2001.04253", "doi:10.1145/…", "acl:2020.acl-main.1", "openreview:…"
    resolved_by: str | None  # one of ``ids``, "title", or None
    record: PaperRecord | None
    verdict: Verdict
    link_url: str | None = None  # the link whose identifier resolved the entry
    error: str | None = None  # why the verdict is "unknown"
    lookup: str | None = None  # the identifier asked for ("arxiv:…"), or "title:…"

    @property
    def key(self) -> tuple[int, int]:
        return self.line, self.column


def entry_key(paper: Paper) -> tuple[int, int]:
    """The key a ``PaperCheck`` is filed under: where the entry's text starts."""
    line, column, _ = paper.source.segments[0]
    return line, column


def is_preprint_venue(name: str) -> bool:
    folded = name.casefold()
    return any(word in folded for word in NOT_PEER_REVIEWED)


@dataclass(frozen=True, slots=True)
class PaperFacts:
    """``--check-papers``' outcome for one document: a ``PaperCheck`` per checked entry."""

    checks: Mapping[tuple[int, int], PaperCheck]
    strict: bool = False  # --strict-papers

    def for_paper(self, paper: Paper) -> PaperCheck | None:
        """The entry's check, found by where the entry starts and confirmed by its title: after a fix
        pass moved lines (a joined entry, a removed blank line), an entry is found by its title."""
        title = paper.title.text if paper.title else None
        check = self.checks.get(entry_key(paper))
        if check is not None and check.title == title:
            return check
        if title is None:
            return None
        same = [c for c in self.checks.values() if c.title == title]
        return same[0] if len(same) == 1 else None
