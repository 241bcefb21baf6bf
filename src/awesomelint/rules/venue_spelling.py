"""Venues spelled right and one way: ``arXiv`` not ``arxiv``/``arvix``, ``RecSys`` not ``Recsys``,
``NeurIPS`` for papers from 2018 on, one alias per venue. Venue knowledge is data
(``papers/venues.toml``). Doc: rules/AL205-venue-spelling.md
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Annotated

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.options import FullMatch
from awesomelint.papers import Paper, papers
from awesomelint.papers.rulekit import edit, problem
from awesomelint.papers.venues import Mention, catalog
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL205",
    name="venue-spelling",
    summary="Venues are spelled the canonical way (or the configured one), one spelling per venue.",
    severity=Severity.WARNING,
    fixable=True,
    profiles=PAPERS,
)
WRONG = ("case", "typo", "near")


# a name the catalog can read in a venue string (papers.venues: words of letters, digits, & * ' -)
VENUE = FullMatch(r"[A-Za-z0-9&*'’-]+(?:[ \t]+[A-Za-z0-9&*'’-]+){0,11}",
                  "a venue name: up to 12 words of letters, digits, & * ' -", "NeurIPS",
                  ("", " NeurIPS", "ICML/2020", "NeurIPS!"))


@dataclass(frozen=True, slots=True)
class Options:
    # spellings to enforce, e.g. ["arxiv"]: a list's own choice, even a non-canonical one
    prefer: tuple[Annotated[str, VENUE], ...] = ()
    # canonical name -> more accepted spellings
    aliases: dict[Annotated[str, VENUE], list[Annotated[str, VENUE]]] = field(default_factory=dict)
    follow_list: bool = False  # accept the list's dominant spelling of a venue even when it is not canonical
    # with follow-list: venues that keep their official spelling
    strict: tuple[Annotated[str, VENUE], ...] = ("RecSys", "NeurIPS")


def _uses(doc: Document, options: Options) -> list[tuple[Paper, int, Mention]]:
    venues = catalog(options.aliases)
    found = []
    for paper in papers(doc):
        vy = paper.venue_year
        if vy is None:
            continue
        for part in (vy.venue, vy.tail):
            if part is None:
                continue
            base = paper.source.start_of(part)
            found += [(paper, base, mention) for mention in venues.mentions(part.text)]
    return found


def check(doc: Document, options: Options) -> Iterator[Problem]:
    uses = _uses(doc, options)
    counts: Counter[tuple[str, str]] = Counter((m.venue.name, m.written) for *_, m in uses)
    venues = catalog(options.aliases)
    preferred = {venues.lookup(word): word for word in options.prefer}
    accepted: Counter[tuple[str, str]] = Counter(
        {key: n for key, n in counts.items() if (venues.read(key[1]) or (None, ""))[1] in ("ok", "alias")})
    for paper, base, mention in uses:
        name, written = mention.venue.name, mention.written
        target, why = _target(mention, paper, accepted, preferred.get(name), options, counts)
        if target is None or target == written:
            continue
        start, end = base + mention.start, base + mention.end
        yield problem(paper.source, start, end, f"venue '{written}': write '{target}' ({why})",
                      [edit(paper.source, start, end, target)], f"write '{target}'", safe=False)


def _target(mention: Mention, paper: Paper, accepted: Counter[tuple[str, str]], preferred: str | None,
            options: Options, counts: Counter[tuple[str, str]]) -> tuple[str | None, str]:
    venue, written = mention.venue, mention.written
    if preferred is not None:
        return preferred, "the configured spelling"
    if mention.status == "former":
        if paper.year is not None and mention.renamed is not None and paper.year >= mention.renamed:
            return venue.name, f"{written} was renamed {venue.name} in {mention.renamed}"
        return None, ""
    if mention.status in WRONG:
        if options.follow_list and venue.name not in options.strict:
            dominant = max(((n, w == venue.name, w) for (c, w), n in counts.items() if c == venue.name))[2]
            if dominant != written:
                return dominant, f"{counts[(venue.name, dominant)]} entries write '{dominant}'"
            return None, ""
        kind = {"case": "the venue's own spelling", "typo": "a known misspelling",
                "near": "one letter off the venue's name"}[mention.status]
        return mention.target, kind
    if mention.status == "alias" and _short(written):  # CoRR among arXivs: the list's usual alias
        spellings = {w: n for (c, w), n in accepted.items() if c == venue.name and _short(w)}
        dominant, most = max(spellings.items(), key=lambda item: (item[1], item[0] == venue.name))
        if dominant != written and most >= 3 * spellings[written]:
            return dominant, f"{most} entries write '{dominant}'"
    return None, ""


def _short(spelling: str) -> bool:
    """A one-word alias (CoRR, SIGKDD), not a full or joint name (EMNLP-IJCNLP, ESEC/FSE)."""
    return len(spelling.split()) == 1 and not any(c in spelling for c in "-/")
