"""A paper check follows its entry when a fix pass moves lines, and never lands on another entry."""

from __future__ import annotations

from pathlib import Path

from awesomelint.papers import papers
from awesomelint.papers.record import PaperCheck, PaperFacts, entry_key
from awesomelint.parse.parser import parse

TEXT = """# Papers

- S3-Rec: Self-Supervised Learning for Sequential Recommendation
, CIKM-2020 , [[paper]](https://arxiv.org/abs/2008.07873)
- Towards Universal Sequence Representation Learning for Recommender Systems, arXiv 2022, [[paper]](https://arxiv.org/abs/2206.05941)
- Prompt Learning for News Recommendation, SIGIR 2023, [[paper]](https://arxiv.org/abs/2304.05263)
"""


def facts_for(text: str) -> PaperFacts:
    doc = parse(text, Path("README.md"))
    checks = {}
    for paper in papers(doc):
        key = entry_key(paper)
        title = paper.title.text if paper.title else None
        checks[key] = PaperCheck(key[0], key[1], title, (), None, None, "not-found")
    return PaperFacts(checks)


def test_a_check_follows_its_entry_after_lines_move() -> None:
    facts = facts_for(TEXT)
    moved = parse(TEXT.replace("Recommendation\n, CIKM-2020", "Recommendation, CIKM-2020"), Path("README.md"))
    found = {p.line: facts.for_paper(p) for p in papers(moved)}
    assert {line: c.title if c else None for line, c in found.items()} == {
        3: "S3-Rec: Self-Supervised Learning for Sequential Recommendation",
        4: "Towards Universal Sequence Representation Learning for Recommender Systems",
        5: "Prompt Learning for News Recommendation",
    }
    assert found[4] is not None and found[4].line == 5  # checked where it was before the join


def test_an_entry_that_is_not_the_checked_one_gets_no_check() -> None:
    facts = facts_for(TEXT)
    other = parse(TEXT.replace("Prompt Learning for News Recommendation", "Another Paper Entirely"), Path("x.md"))
    assert [facts.for_paper(p) is None for p in papers(other)] == [False, False, True]
