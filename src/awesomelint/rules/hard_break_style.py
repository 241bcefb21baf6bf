"""A trailing-space hard line break is exactly two spaces; more are invisible noise.

Doc: rules/AL013-hard-break-style.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem
from awesomelint.markup.markdown import plural, regions, replace
from awesomelint.profiles import HYGIENE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL013", name="hard-break-style", summary="Hard breaks use exactly two spaces.",
                fixable=True, aliases=("hard-break-spaces",), profiles=HYGIENE)


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for region in regions(doc, ("paragraph", "block_text")):
        for line, _ in region.anchors[:-1]:
            text = doc.line_text(line)
            body = text.rstrip(" ")
            spaces = len(text) - len(body)
            if spaces > 2 and body.strip():
                start = len(body) + 1
                yield Problem(line, start, f"Unexpected {plural(spaces, 'space')} for hard break, "
                              "expected `2` spaces", fix=replace(line, start, len(text) + 1, "  ", "two spaces"))
