"""One venue, one spelling: ``arXiv``/``arxiv``/``Arxiv``/``CoRR``, ``RecSys``/``Recsys``, ``NIPS`` after
2018 ... through a configurable alias table. Doc: rules/AL205-venue-spelling.md
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers import papers
from awesomelint.papers.rulekit import edit, problem
from awesomelint.papers.venues import NEURIPS_SINCE, STRICT, table, words
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL205",
    name="venue-spelling",
    summary="Each venue is spelled one way throughout the list.",
    severity=Severity.WARNING,
    fixable=True,
    profiles=PAPERS,
)


@dataclass(frozen=True, slots=True)
class Options:
    prefer: tuple[str, ...] = ()  # spellings to enforce, e.g. ["arXiv"]; else the list's dominant one
    aliases: dict[str, list[str]] = field(default_factory=dict)  # canonical name -> more aliases
    strict: tuple[str, ...] = STRICT  # venues whose official spelling is the only right one


def check(doc: Document, options: Options) -> Iterator[Problem]:
    venues = table(options.aliases, options.strict)
    uses = []
    for paper in papers(doc):
        venue = paper.venue
        if venue is None or paper.year is None:
            continue
        base = paper.source.start_of(venue)
        for start, end, word in words(venue.text):
            canonical = venues.lookup(word)
            if canonical is not None:
                uses.append((paper, base + start, base + end, word, canonical))
    counts: Counter[tuple[str, str]] = Counter((canonical, word) for *_, word, canonical in uses)
    preferred = {venues.lookup(word): word for word in options.prefer}
    for paper, start, end, word, canonical in uses:
        old_name = canonical == "NeurIPS" and word == "NIPS"
        if old_name and (paper.year or 0) < NEURIPS_SINCE:
            continue
        target = preferred.get(canonical)
        if target is None:
            fine = [(n, w == canonical, w) for (c, w), n in counts.items() if c == canonical and venues.fine(c, w)]
            target = max(fine)[2] if fine else canonical
        if word == target:
            continue
        if old_name:
            why = f"NIPS was renamed NeurIPS in {NEURIPS_SINCE}"
        elif target in options.prefer:
            why = "the configured spelling"
        else:
            n = counts[(canonical, target)]
            why = f"{n} entries write '{target}'" if n else "the official name"
        yield problem(paper.source, start, end, f"venue '{word}': write '{target}' ({why})",
                      [edit(paper.source, start, end, target)], f"write '{target}'", safe=False)
