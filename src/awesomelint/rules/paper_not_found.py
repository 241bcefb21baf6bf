"""No scholarly source knows the arXiv id, DOI or ACL id an entry links (--check-papers): a typo in
the identifier, or a link to the wrong place. Never reported for an entry looked up by title alone.
Doc: rules/AL245-paper-not-found.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers.checks import at_link, checked, resolving_link
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL245",
    name="paper-not-found",
    summary="The identifier an entry links is known to the scholarly sources.",
    severity=Severity.INFO,
    network=True,
    online="papers",
    profiles=frozenset({"papers"}),
)


def check(doc: Document, options: NoOptions, ctx: RuleContext) -> Iterator[Problem]:
    for paper, check in checked(doc, ctx):
        link = resolving_link(paper, check)
        if check.verdict != "not-found" or link is None:
            continue
        yield at_link(link, f"no scholarly source knows {check.lookup or link.url}")
