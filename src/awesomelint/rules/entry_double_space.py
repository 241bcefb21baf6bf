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


def check(doc: Document, options: object) -> Iterator[Problem]:
    for paper in prose_papers(doc, papers(doc)):
        source = paper.source
        for match in _RUN.finditer(masked(paper)):
            start, end = match.span()
            yield problem(source, start, end, f"{end - start} spaces in a row",
                          [edit(source, start, end, " ")], "use one space")
