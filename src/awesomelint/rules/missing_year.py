"""A paper entry gives no year where the list dates its entries. Doc: rules/AL216-missing-year.md"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.options import AtLeast, Share
from awesomelint.papers import Paper, papers
from awesomelint.papers.dates import YEAR_TOKEN
from awesomelint.papers.rulekit import masked, problem, scope
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
MIN_GROUP = 3  # a table or section this large that dates none of its entries does not date them


@dataclass(frozen=True, slots=True)
class Options:
    min_share: Annotated[float, Share()] = 0.9  # the share of dated paper entries from which the list counts as dated
    min_entries: Annotated[int, AtLeast(1)] = 10


def _paper(paper: Paper) -> bool:
    return (paper.title is not None and len(paper.title.text.split()) >= MIN_TITLE_WORDS
            and paper.looks_like_paper)


def _undated_groups(doc: Document, entries: list[Paper]) -> set[str]:
    """Tables and sections of at least MIN_GROUP paper entries none of which gives a year: a framework
    comparison table (Platform / Papers / Affiliations) is no table of dated papers, whatever the share
    of dated entries in the rest of the list."""
    groups: dict[str, list[Paper]] = defaultdict(list)
    for paper in entries:
        groups[scope(doc, paper)].append(paper)
    return {key for key, group in groups.items() if len(group) >= MIN_GROUP
            and all(p.order_key is None and p.context_year is None for p in group)}


def check(doc: Document, options: Options) -> Iterator[Problem]:
    entries = [p for p in papers(doc) if _paper(p)]
    undated = _undated_groups(doc, entries)
    entries = [p for p in entries if scope(doc, p) not in undated]  # the list's share leaves them out too
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
        text = " ".join([masked(paper, whole_links=True), *(link.label.text for link in paper.links)])
        if YEAR_TOKEN.search(text) or _SHORT_YEAR.search(text):
            continue  # a year is written ("[[NeurIPS-SpicyFL'20](u)]"), in a form the parser does not read
        start = paper.source.start_of(paper.title)
        yield problem(paper.source, start, start + len(paper.title.text),
                      f"'{paper.title.text[:60]}' gives no year; {len(dated)} of the list's "
                      f"{len(entries)} paper entries do")
