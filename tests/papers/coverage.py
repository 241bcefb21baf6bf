"""How much of each paper list the entry parser reads: per list, the share of paper entries with a
title, with a venue (of those whose text names a known venue) and with a year (of those whose text
gives one). What a list "gives" is judged from the entry's text, not from the parser's answer: a
year token or a ``'YY`` after a venue outside URLs, a year heading above, a known venue name.

Run ``python -m tests.papers.coverage`` for the table (the issue 10 target is 90 % on every list).
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from awesomelint.document import Document
from awesomelint.papers import Paper, papers
from awesomelint.papers.context import year_heading
from awesomelint.papers.dates import YEAR_TOKEN
from awesomelint.papers.rulekit import masked
from awesomelint.papers.venues import catalog
from awesomelint.parse.parser import parse
from tests.conftest import SHARED

_SHORT = re.compile(r"[A-Za-z)\]]['’‘] ?\d\d\b")
_PAPER_URL = re.compile(r"arxiv\.org|doi\.org|/doi/|openreview\.net|aclanthology|\.pdf\b|proceedings|ieeexplore"
                        r"|dl\.acm\.org|papers\.nips|neurips\.cc|cvf\.com|springer|sciencedirect|semanticscholar"
                        r"|researchgate|mlr\.press|aaai\.org|ijcai\.org|biorxiv|nature\.com|science\.org",
                        re.IGNORECASE)


def paper_lists() -> list[str]:
    """Every paper list of both corpora, as paths relative to ../shared."""
    out = []
    wide = SHARED / "corpus-wide" / "MANIFEST.tsv"
    if wide.is_file():
        out += ["corpus-wide/" + row["repo"].replace("/", "__") + ".md"
                for row in csv.DictReader(wide.open(encoding="utf-8"), delimiter="\t") if row["kind"] == "papers"]
    core = SHARED / "corpus" / "MANIFEST.tsv"
    if core.is_file():
        out += ["corpus/" + row["file"]
                for row in csv.DictReader(core.open(encoding="utf-8"), delimiter="\t") if row["kind"] == "papers"]
    return out


def load(name: str) -> Document:
    path = SHARED / name
    return parse(path.read_text(encoding="utf-8"), Path(name))


def is_paper_entry(paper: Paper) -> bool:
    """An entry that cites a paper, judged from its links and text, not from what the parser found."""
    if any(_PAPER_URL.search(link.url) for link in paper.links if link.kind not in ("code",)):
        return True
    if any(link.kind == "paper" for link in paper.links):
        return True
    text = masked(paper)
    return bool(YEAR_TOKEN.search(text) and catalog().mentions(text))


def gives_year(doc: Document, paper: Paper) -> bool:
    text = masked(paper)
    if paper.title is not None:  # "ISCSLP 2026 Challenge: ..." is a title, not a date
        start = paper.source.start_of(paper.title)
        text = text[:start] + " " * len(paper.title.text) + text[start + len(paper.title.text) :]
    badges = " ".join(b.url for b in paper.badges).replace("%27", "'")
    return bool(YEAR_TOKEN.search(text) or _SHORT.search(text) or YEAR_TOKEN.search(badges)
                or year_heading(doc, paper.line) is not None)


def gives_venue(paper: Paper) -> bool:
    text = masked(paper)
    title = paper.title.text if paper.title else ""
    badges = " ".join(b.url for b in paper.badges)
    return bool([m for m in catalog().mentions(text.replace(title, " ") + " " + badges.replace("-", " "))
                 if m.status != "near"])


@dataclass
class Coverage:
    name: str
    entries: int = 0
    titles: int = 0
    venues_given: int = 0
    venues: int = 0
    years_given: int = 0
    years: int = 0

    @staticmethod
    def share(found: int, given: int) -> float:
        return found / given if given else 1.0

    @property
    def worst(self) -> float:
        return min(self.share(self.titles, self.entries), self.share(self.venues, self.venues_given),
                   self.share(self.years, self.years_given))


def coverage(name: str) -> Coverage:
    doc = load(name)
    result = Coverage(name)
    for paper in papers(doc):
        if not is_paper_entry(paper):
            continue
        result.entries += 1
        result.titles += paper.title is not None and bool(paper.title.text.strip())
        if gives_venue(paper) or paper.context_venue:
            result.venues_given += 1
            result.venues += paper.reading_venue is not None
        if gives_year(doc, paper):
            result.years_given += 1
            result.years += paper.reading_year is not None
    return result


def misses(name: str, what: str) -> list[tuple[int, str]]:
    """(line, text) of entries whose ``what`` (title, venue, year) was given but not found."""
    doc = load(name)
    out = []
    for paper in papers(doc):
        if not is_paper_entry(paper):
            continue
        missing = {"title": paper.title is None,
                   "venue": gives_venue(paper) and paper.reading_venue is None,
                   "year": gives_year(doc, paper) and paper.reading_year is None}[what]
        if missing:
            out.append((paper.line, paper.source.text.replace("\n", " ⏎ ")[:200]))
    return out


def main() -> None:
    if len(sys.argv) > 2:
        for line, text in misses(sys.argv[1], sys.argv[2]):
            print(f"{line:6} {text}")
        return
    print(f"{'list':62} {'entries':>7} {'title':>6} {'venue':>13} {'year':>13}")
    for name in paper_lists():
        c = coverage(name)
        venue, year = c.share(c.venues, c.venues_given), c.share(c.years, c.years_given)
        print(f"{name:62} {c.entries:7} {c.share(c.titles, c.entries):6.1%} "
              f"{venue:6.1%}/{c.venues_given:<6} {year:6.1%}/{c.years_given:<6}")


if __name__ == "__main__":
    main()
