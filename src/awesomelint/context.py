"""What a rule may know beyond the document: facts the engine gathered for this run.

Rules that need it declare ``check(doc, options, ctx)``; the engine passes a ``RuleContext``. It
replaces the untyped ``Document.extras`` channel: every fact has a name and a type here.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from awesomelint.document import Document, Link

if TYPE_CHECKING:
    from awesomelint.directives import BadDirective
    from awesomelint.linkresult import LinkResult
    from awesomelint.papers.record import PaperFacts


@dataclass(frozen=True, slots=True)
class LinkFacts:
    """The link checker's verdicts for one document, keyed by URL as written."""

    results: Mapping[str, LinkResult] = field(default_factory=dict)
    strict: bool = False  # --strict-links or [links] strict: unknown and timeout fail too

    def with_results(self, doc: Document) -> Iterator[tuple[Link, LinkResult]]:
        """Every link of ``doc`` (in order, code blocks excluded by the parser) that has a result."""
        if not self.results:
            return
        for link in doc.links:
            result = self.results.get(link.url)
            if result is not None:
                yield link, result


@dataclass(frozen=True, slots=True)
class RuleContext:
    """Facts about the run, not the text: known rule names, directive errors, link verdicts."""

    rule_names: frozenset[str] = frozenset()  # every id, name and alias, lower-cased
    bad_directives: tuple[BadDirective, ...] = ()
    links: LinkFacts | None = None  # None unless links were checked
    papers: PaperFacts | None = None  # None unless papers were checked (--check-papers)
