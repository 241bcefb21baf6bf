"""Two or more spaces inside a paper entry's text (not indentation, not a hard break).
Doc: rules/AL202-entry-double-space.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers import papers
from awesomelint.papers.rulekit import edit, masked, problem, prose_papers
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL202",
    name="entry-double-space",
    summary="Words and links in an entry are separated by one space.",
    severity=Severity.WARNING,
    fixable=True,
    profiles=PAPERS,
)
_RUN = re.compile(r"(?<=[^\s])[ \t]{2,}(?=[^\s])(?!\\(?:\n|$))")  # not before a `\` hard break
_BESIDE_PIPE = re.compile(r"(?<=[^\s])[ \t]+(?=\|)|(?<=\|)[ \t]+(?=[^\s])")
LAYOUT = 0.1  # wider spacing on this share of the spaces beside `|` separators is the list's layout


def _pipe_layout(texts: list[str]) -> bool:
    """The list pads its `|` separators by hand: `| **[CVPR' 20]** |  [pdf]` in a fifth of its entries
    (hoya012) is its layout, while 7 in 487 (awesome-NeRF) are slips."""
    runs = [len(m.group()) for text in texts for m in _BESIDE_PIPE.finditer(text)]
    return bool(runs) and sum(n > 1 for n in runs) >= LAYOUT * len(runs)


def check(doc: Document, options: object) -> Iterator[Problem]:
    entries = [(paper, masked(paper)) for paper in prose_papers(doc, papers(doc))]
    padded = _pipe_layout([text for _, text in entries])
    for paper, text in entries:
        source = paper.source
        for match in _RUN.finditer(text):
            start, end = match.span()
            if padded and "|" in (text[start - 1], text[end : end + 1]):
                continue
            yield problem(source, start, end, f"{end - start} spaces in a row",
                          [edit(source, start, end, " ")], "use one space")
