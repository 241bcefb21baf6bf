"""A labelled link whose target is not a URL, ``[[paper]](Some Title)``: Markdown does not read it
as a link, so it renders as bracketed text. Doc: rules/AL217-label-target-not-url.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers.labels import is_label_word
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL217",
    name="label-target-not-url",
    summary="A labelled link ([[paper]](…)) has a URL as its target, not text.",
    severity=Severity.ERROR,
    fixable=False,
    profiles=PAPERS,
)
# "[[paper]](Some Title)", "[paper](A Study of X)": a label, then parentheses holding words, not a URL
_LABELLED = re.compile(r"(?<![!\]])\[(?P<outer>\[)?(?P<label>[^\[\]\n]{1,30})\](?(outer)\]|)\((?P<target>[^()\n]*)\)")
_URL_WITH_TITLE = re.compile(r"""^\s*<?\S+>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$""")


def check(doc: Document, options: object) -> Iterator[Problem]:
    for number, text in enumerate(doc.lines, start=1):
        if number in doc.code_lines or "](" not in text:
            continue
        for match in _LABELLED.finditer(text):
            target = match.group("target")
            if not is_label_word(match.group("label")) or _URL_WITH_TITLE.match(target) or not target.strip():
                continue  # a link, a link with a title, or an empty target (AL162 reports it)
            yield Problem(number, match.start() + 1,
                          f"'{match.group()}' is not a link: its target '{target}' is not a URL, so it renders "
                          "as text", number, match.end() + 1)
