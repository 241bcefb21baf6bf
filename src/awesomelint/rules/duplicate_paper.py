"""The same paper is listed twice: by arXiv id (any URL form), DOI, link or folded title.
Doc: rules/AL211-duplicate-paper.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers import Paper, papers
from awesomelint.papers.identifiers import paper_keys
from awesomelint.papers.identity import identity_keys, same_paper
from awesomelint.papers.rulekit import problem, scope
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL211",
    name="duplicate-paper",
    summary="Each paper is listed once.",
    severity=Severity.ERROR,
    profiles=PAPERS,
)


@dataclass(frozen=True, slots=True)
class Options:
    allow_in_sections: bool = True  # one paper may appear once in each section (and table) of a taxonomy


def _note(doc: Document, paper: Paper) -> bool:
    """A nested item that cites no paper (no year, venue, authors, arXiv id or DOI): a note such as
    "Prototype, commercially n.a." or a "Product specifications" link under two products is not a
    paper listed twice."""
    nested = paper.kind == "list_item" and doc.line_text(paper.line)[:1] in (" ", "\t")
    return nested and not (paper.year is not None or paper.venue is not None or paper.authors is not None
                           or any(key.startswith(("arxiv:", "doi:")) for key, _ in paper_keys(paper)))


def check(doc: Document, options: Options) -> Iterator[Problem]:
    first: dict[tuple[str, str], Paper] = {}
    for paper in papers(doc):
        if paper.title is None or _note(doc, paper):
            continue
        group = scope(doc, paper) if options.allow_in_sections else ""
        reported = False
        for key, why in identity_keys(paper):
            seen = first.setdefault((group, key), paper)
            if seen is paper or reported:
                continue
            if not same_paper(seen, paper, key):
                continue  # one link under two titles (AL210 reports it), "ViViD" and "ViViD++"
            reported = True
            title = paper.title
            yield problem(paper.source, paper.source.start_of(title), paper.source.start_of(title) + len(title.text),
                          f"'{title.text[:60]}' is already listed at line {seen.line} ({why})")
