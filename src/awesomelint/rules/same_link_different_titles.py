"""One paper link under two different titles: almost always a copy-paste error (the second entry
links the first one's paper). Doc: rules/AL210-same-link-different-titles.md
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers import Paper, PaperLink, papers
from awesomelint.papers.identifiers import PAPER_KINDS
from awesomelint.papers.rulekit import fold_title, problem
from awesomelint.papers.urls import paper_id
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL210",
    name="same-link-different-titles",
    summary="A paper link is not shared by two entries with different titles.",
    severity=Severity.ERROR,
    profiles=PAPERS,
)
MIN_WORDS = 3


def check(doc: Document, options: object) -> Iterator[Problem]:
    uses: dict[str, list[tuple[Paper, PaperLink]]] = defaultdict(list)
    for paper in papers(doc):
        if paper.title is None or len(paper.title.text.split()) < MIN_WORDS:
            continue  # a short name ("DeepSeek-V2") may well link its model's paper
        if any(link.url.startswith("#") for link in paper.links):
            continue  # "dataset X, associated to the paper [Wang et al.](#Wang22icra). [PDF](…)": that paper's link
        for link in paper.links:
            if link.kind not in PAPER_KINDS or not link.url.lower().startswith(("http://", "https://")):
                continue
            key = paper_id(link.url)
            if link.kind == "title" and not key.startswith(("arxiv:", "doi:")):
                continue  # a title linking a homepage is not a paper link
            if all(p is not paper for p, _ in uses[key]):
                uses[key].append((paper, link))
    for entries in uses.values():
        titles = Counter(fold_title(p.title.text) for p, _ in entries if p.title)
        if len(titles) < 2:
            continue
        (top, n), (_, m) = titles.most_common(2)
        majority = top if n > m else fold_title(entries[0][0].title.text) if entries[0][0].title else top
        first = next(p for p, _ in entries if p.title and fold_title(p.title.text) == majority)
        for paper, link in entries:
            if paper.title and fold_title(paper.title.text) != majority:
                yield problem(paper.source, link.start, link.end,
                              f"{link.url} is also the link of line {first.line} "
                              f"('{(first.title.text if first.title else '')[:60]}'), a different title")
