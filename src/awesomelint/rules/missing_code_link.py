"""A paper entry has no code link. Off by default (many papers have no code); turn it on with
``missing-code-link = "info"``. Doc: rules/AL215-missing-code-link.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers import papers
from awesomelint.papers.rulekit import problem
from awesomelint.profiles import OPT_IN
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL215",
    name="missing-code-link",
    summary="Each paper entry links its code.",
    severity=Severity.INFO,
    profiles=OPT_IN,
)


def check(doc: Document, options: object) -> Iterator[Problem]:
    for paper in papers(doc):
        if paper.title is None or not paper.looks_like_paper or paper.labelled("code"):
            continue
        start = paper.source.start_of(paper.title)
        yield problem(paper.source, start, start + len(paper.title.text),
                      f"'{paper.title.text[:60]}' has no code link")
