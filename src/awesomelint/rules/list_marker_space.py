"""``-[Name](url)`` is not a list item: the marker needs a space after it, ``- [Name](url)``.
Doc: rules/AL130-list-marker-space.md"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL130",
    name="list-marker-space",
    summary="A space follows the list marker: '- [Name](url)', not '-[Name](url)'.",
    fixable=True,
    aliases=("awesome-list-item",),
    profiles=STYLE,
)
# Only '-': '*[text](url)*' is emphasis, and '+[' is rare enough not to guess.
_MISSING = re.compile(r"^([ \t]*(?:>[ \t]?)*[ \t]*)-\[[^\]]*\]\([^)]*\)")


def check(doc: Document, options: object) -> Iterator[Problem]:
    for number, text in enumerate(doc.lines, start=1):
        if number in doc.code_lines or number in doc.html_lines:
            continue
        m = _MISSING.match(text)
        if m is None:
            continue
        previous = doc.line_text(number - 1).strip().lstrip(">").strip()
        if previous and not previous.startswith("#"):
            continue  # a continuation line of the paragraph above, not a would-be item
        column = len(m.group(1)) + 1
        yield Problem(number, column, "'-' is not followed by a space, so this is not a list item: write "
                      "'- [Name](…)'", number, column + 1,
                      fix=Fix((Edit(number, column + 1, number, column + 1, " "),), "add the space"))
