"""Links of an entry run into each other (``[[paper]](a)[[code]](b)``) or into the title
(``Yelp[[link]](u)``) where the list otherwise separates them. Doc: rules/AL204-missing-link-separator.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.options import Share
from awesomelint.papers import Paper, papers
from awesomelint.papers.rulekit import edit, problem, prose_papers
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL204",
    name="missing-link-separator",
    summary="Links in an entry are separated from each other and from the text, as the list does elsewhere.",
    severity=Severity.WARNING,
    fixable=True,
    profiles=PAPERS,
)


MAX_SEPARATOR = 4  # "", " ", ", ", " | ", " / "


@dataclass(frozen=True, slots=True)
class Options:
    # the share of a kind of gap (link after link, link after text) the list must write separated for a
    # glued one to be a deviation: a two-to-one majority (archersama separates 12 link pairs, glues 6);
    # below it (Yochengliu's 7 separated to 6 glued) the list has no convention to deviate from
    dominant_share: Annotated[float, Share()] = 0.65


def _gaps(paper: Paper) -> Iterator[tuple[int, bool, bool]]:
    """(offset of a link, joined?, after a link?) for each label link that follows text or a link."""
    labels = [link for link in paper.links if link.kind not in ("title", "mention")]
    text = paper.source.text
    for index, link in enumerate(labels):
        if index > 0 and labels[index - 1].end <= link.start:
            # only a link right after a link (glued, or a space, ", ", " | " between) is a choice of
            # separator; "[[CVPR](u)] Title. [[code](u)]" has the title between, and votes for nothing
            between = text[labels[index - 1].end:link.start]
            if len(between) <= MAX_SEPARATOR and not any(c.isalnum() for c in between):
                yield link.start, not between, True
        elif index == 0 and link.start > 0 and (text[link.start - 1].isalnum() or text[link.start - 1] == " "):
            yield link.start, text[link.start - 1].isalnum(), False


def check(doc: Document, options: Options) -> Iterator[Problem]:
    entries = prose_papers(doc, papers(doc))
    counts = {(True, True): 0, (True, False): 0, (False, True): 0, (False, False): 0}
    for paper in entries:
        for _, joined, after_link in _gaps(paper):
            counts[(after_link, joined)] += 1
    for paper in entries:
        for start, joined, after_link in _gaps(paper):
            separated, glued = counts[(after_link, False)], counts[(after_link, True)]
            if not joined or separated < options.dominant_share * (separated + glued):
                continue
            what = "the previous link" if after_link else "the text before it"
            yield problem(paper.source, start, start + 1, f"no space between this link and {what}",
                          [edit(paper.source, start, start, " ")], "add a space")
