"""A paper entry gives no year where the list dates its entries. Doc: rules/AL216-missing-year.md"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.options import AtLeast, Share
from awesomelint.papers import Paper, papers
from awesomelint.papers.dates import YEAR_TOKEN
from awesomelint.papers.rulekit import masked, problem
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL216",
    name="missing-year",
    summary="Every paper entry gives its year when the list dates its entries.",
    severity=Severity.WARNING,
    profiles=PAPERS,
)
_SHORT_YEAR = re.compile(r"['’‘][ \t]?\d\d\b|\b[A-Z][A-Za-z]+ \d\d\b")  # ICLR'24, Workshop' 20, EMNLP 18
MIN_TITLE_WORDS = 3  # "AgentGym" in a news item names a project, not a paper entry


@dataclass(frozen=True, slots=True)
class Options:
    min_share: Annotated[float, Share()] = 0.9  # the share of dated paper entries from which the list counts as dated
    min_entries: Annotated[int, AtLeast(1)] = 10


def _paper(paper: Paper) -> bool:
    return (paper.title is not None and len(paper.title.text.split()) >= MIN_TITLE_WORDS
            and paper.looks_like_paper)


def check(doc: Document, options: Options) -> Iterator[Problem]:
    entries = [p for p in papers(doc) if _paper(p)]
    dated = [p for p in entries if p.order_key is not None or p.context_year is not None]
    if len(entries) < options.min_entries or len(dated) < options.min_share * len(entries):
        return
    # where the list cites its papers with authors, an entry with neither authors nor a venue is not a
    # citation (a camera's fact sheet, a tool): it owes no year
    cited = sum(p.authors is not None for p in entries) >= options.min_share * len(entries)
    for paper in entries:
        if paper.order_key is not None or paper.context_year is not None or paper.title is None:
            continue
        if cited and paper.authors is None and paper.venue is None:
            continue
        text = masked(paper, whole_links=True)
        if YEAR_TOKEN.search(text) or _SHORT_YEAR.search(text):
            continue  # a year is written, in a form the parser does not read: not missing
        start = paper.source.start_of(paper.title)
        yield problem(paper.source, start, start + len(paper.title.text),
                      f"'{paper.title.text[:60]}' gives no year; {len(dated)} of the list's "
                      f"{len(entries)} paper entries do")
