"""The bridge between a lint run and the resolver: every paper entry of the documents whose profile
is ``papers`` becomes one query, all of them resolved together, and each document gets its
``PaperFacts`` (``ctx.papers`` for the papers network rules)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from awesomelint.document import Document
from awesomelint.papers import papers
from awesomelint.papers.identifiers import identifiers
from awesomelint.papers.record import PaperCheck, PaperFacts, entry_key

from .client import Client
from .resolve import Query, Stats, resolve
from .settings import PaperSettings


@dataclass(frozen=True, slots=True)
class Checked:
    facts: dict[str, PaperFacts]  # by document path (as_posix)
    stats: Stats


def check_documents(docs: Sequence[Document], settings: PaperSettings, *, client: Client | None = None,
                    in_scope: Callable[[Document, int], bool] | None = None) -> Checked:
    """Resolve the paper entries of ``docs`` (those ``in_scope`` only, in PR-diff mode)."""
    plan: list[tuple[Document, tuple[int, int], str | None, tuple[str, ...], str | None, str | None]] = []
    for doc in docs:
        for paper in papers(doc):
            if not paper.looks_like_paper or (in_scope is not None and not in_scope(doc, paper.line)):
                continue
            found = identifiers(paper)
            strongest = next((i for i in found if i.resolvable), None)
            title = paper.title.text if paper.title else None
            plan.append((doc, entry_key(paper), title, tuple(i.key for i in found),
                         strongest.key if strongest else None, strongest.link.url if strongest else None))
    answers, stats = resolve([Query(p[4], p[2]) for p in plan], settings, client=client)
    checks: dict[str, dict[tuple[int, int], PaperCheck]] = {doc.path.as_posix(): {} for doc in docs}
    for (doc, key, title, ids, _, url), answer in zip(plan, answers, strict=True):
        resolved_by = None
        if answer.key is not None and answer.verdict == "found":
            resolved_by = "title" if answer.key.startswith("title:") else answer.key
        checks[doc.path.as_posix()][key] = PaperCheck(
            key[0], key[1], title, ids, resolved_by, answer.record, answer.verdict,  # type: ignore[arg-type]
            url if answer.key is not None and not answer.key.startswith("title:") else None, answer.error)
    return Checked({path: PaperFacts(found, settings.strict) for path, found in checks.items()}, stats)
