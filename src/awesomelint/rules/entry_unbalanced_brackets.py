"""An entry has an unmatched parenthesis or bracket, e.g. a stray ``)`` after a link.
Doc: rules/AL203-entry-unbalanced-brackets.md
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
    id="AL203",
    name="entry-unbalanced-brackets",
    summary="Parentheses and brackets in an entry are balanced.",
    severity=Severity.ERROR,
    fixable=True,
    profiles=PAPERS,
)
_PAIRS = {")": "(", "]": "["}
_BRACKET = re.compile(r"[()\[\]]")


def check(doc: Document, options: object) -> Iterator[Problem]:
    for paper in prose_papers(doc, papers(doc)):
        text = masked(paper, whole_links=True)
        source = paper.source
        link_ends = {link.end for link in paper.links}
        stack: list[tuple[str, int]] = []
        stray: list[int] = []
        for match in _BRACKET.finditer(text):  # every other character is passed over
            index, char = match.start(), match.group()
            if index > 0 and text[index - 1] == "\\":
                continue
            if char in "([":
                stack.append((char, index))
            elif char in _PAIRS:
                if stack and stack[-1][0] == _PAIRS[char]:
                    stack.pop()
                else:
                    stray.append(index)
        for index in stray:
            char = text[index]
            after_link = index in link_ends and char == ")" and "(" not in source.text[:index].split("](")[-1]
            edits = [edit(source, index, index + 1, "")] if after_link else []
            where = " right after a link" if index in link_ends else ""
            yield problem(source, index, index + 1, f"unmatched '{char}'{where}", edits, f"remove the stray '{char}'",
                          safe=False)
        for char, index in stack:
            yield problem(source, index, index + 1, f"unclosed '{char}'")
