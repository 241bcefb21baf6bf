"""A paper's year is impossible: in the future, an arXiv preprint dated before its own identifier, or
a month past 12.
Doc: rules/AL207-implausible-year.md
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.options import Range
from awesomelint.papers import papers
from awesomelint.papers.rulekit import problem
from awesomelint.papers.urls import arxiv_year
from awesomelint.papers.venues import catalog
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta
from awesomelint.urlkey import arxiv_id

META = RuleMeta(
    id="AL207",
    name="implausible-year",
    summary="A paper's year is not in the future and not before its arXiv identifier.",
    severity=Severity.ERROR,
    profiles=PAPERS,
)



@dataclass(frozen=True, slots=True)
class Options:
    max_year: Annotated[int, Range(1900, 2999, also=(0,))] = 0  # the latest plausible year; 0 means the current year


def check(doc: Document, options: Options) -> Iterator[Problem]:
    latest = options.max_year or datetime.datetime.now(datetime.UTC).year
    for paper in papers(doc):
        vy = paper.venue_year
        if vy is None:
            continue
        source = paper.source
        start = source.start_of(vy.year_part)
        end = start + len(vy.year_part.text)
        if vy.year > latest:
            yield problem(source, start, end, f"year {vy.year} is in the future (latest plausible: {latest})")
            continue
        if vy.month is not None and not 1 <= vy.month <= 12:
            yield problem(source, start, end, f"'{vy.whole.text}': {vy.month} is not a month")
        if vy.venue is None or not any(m.venue.name == "arXiv" for m in catalog().mentions(vy.venue.text)):
            continue  # a published paper may reach arXiv after its venue: only preprints are checked
        ids = {i for link in paper.links if link.kind != "code" and (i := arxiv_id(link.url))}
        if len(ids) != 1:
            continue
        identifier = ids.pop()
        if arxiv_year(identifier) > vy.year:
            yield problem(source, start, end,
                          f"year {vy.year} is earlier than its arXiv identifier {identifier} "
                          f"({arxiv_year(identifier)})")
