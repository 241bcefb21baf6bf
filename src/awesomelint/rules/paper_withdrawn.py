"""An entry cites a withdrawn arXiv paper or a retracted publication (--check-papers).
Doc: rules/AL244-paper-withdrawn.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers.checks import at_link, at_title, found, resolving_link
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL244",
    name="paper-withdrawn",
    summary="An entry does not cite a withdrawn preprint or a retracted paper.",
    severity=Severity.ERROR,
    network=True,
    online="papers",
    profiles=frozenset({"papers"}),
)


def check(doc: Document, options: NoOptions, ctx: RuleContext) -> Iterator[Problem]:
    for paper, check, record in found(doc, ctx):
        if record.retracted:
            message = "the paper has been retracted" + (f" (DOI {record.doi})" if record.doi else "")
        elif record.withdrawn:
            message = f"arXiv {record.arxiv} has been withdrawn by its authors"
        else:
            continue
        link = resolving_link(paper, check)
        yield at_link(link, message) if link is not None else at_title(paper, message)
