"""Links of an entry run into each other (``[[paper]](a)[[code]](b)``) or into the title
(``Yelp[[link]](u)``) where the list otherwise separates them. Doc: rules/AL204-missing-link-separator.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
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


def _gaps(paper: Paper) -> Iterator[tuple[int, bool, bool]]:
    """(offset of a link, joined?, after a link?) for each label link that follows text or a link."""
    labels = [link for link in paper.links if link.kind not in ("title", "mention")]
    text = paper.source.text
    for index, link in enumerate(labels):
        if index > 0 and labels[index - 1].end <= link.start:
            yield link.start, labels[index - 1].end == link.start, True
        elif index == 0 and link.start > 0 and (text[link.start - 1].isalnum() or text[link.start - 1] == " "):
            yield link.start, text[link.start - 1].isalnum(), False


def check(doc: Document, options: object) -> Iterator[Problem]:
    entries = prose_papers(doc, papers(doc))
    counts = {(True, True): 0, (True, False): 0, (False, True): 0, (False, False): 0}
    for paper in entries:
        for _, joined, after_link in _gaps(paper):
            counts[(after_link, joined)] += 1
    for paper in entries:
        for start, joined, after_link in _gaps(paper):
            if not joined or counts[(after_link, False)] <= counts[(after_link, True)]:
                continue
            what = "the previous link" if after_link else "the text before it"
            yield problem(paper.source, start, start + 1, f"no space between this link and {what}",
                          [edit(paper.source, start, start, " ")], "add a space")
