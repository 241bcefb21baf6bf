"""The entry's paper link leads to a different paper than its title names (--check-papers): the
copy-paste slip of a list that reuses the previous entry's link.
Doc: rules/AL241-paper-link-mismatch.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers.checks import at_link, checked, is_this_paper, paper_link
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL241",
    name="paper-link-mismatch",
    summary="An entry's paper link leads to the paper its title names.",
    severity=Severity.ERROR,
    network=True,
    online="papers",
    profiles=frozenset({"papers"}),
)


def check(doc: Document, options: NoOptions, ctx: RuleContext) -> Iterator[Problem]:
    for paper, check in checked(doc, ctx):
        record = check.record
        link = paper_link(paper, check)
        if record is None or record.title is None or link is None or paper.title is None:
            continue
        if is_this_paper(paper, record):
            continue
        where = check.resolved_by or link.url
        yield at_link(link, f"the paper link leads to '{record.title}' ({where}), not to this entry's title")
