"""Every line of a quoted paragraph starts with `>`; a "lazy" line without it looks like it is
outside the quote but is not.

Doc: rules/AL018-lazy-blockquote.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.markdown import plural, regions, replace
from awesomelint.profiles import HYGIENE
from awesomelint.rule import NoOptions, RuleMeta

# Text that, once it follows `>`, would start a new block (a list, heading, fence, HTML, setext
# underline or rule) instead of continuing the quoted paragraph: adding the marker would change it.
_BLOCK_START = re.compile(r"[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$)|#{1,6}(?:[ \t]|$)|>|```|~~~|<|[=-]+[ \t]*$"
                          r"|(?:[*_-][ \t]*){3,}$")

META = RuleMeta(id="AL018", name="lazy-blockquote", summary="Each line of a quote starts with `>`.",
                severity=Severity.WARNING, fixable=True, aliases=("no-blockquote-without-marker",), profiles=HYGIENE)


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for region in regions(doc, ("paragraph", "block_text")):
        first_line, first_column = region.anchors[0]
        depth = doc.line_text(first_line)[:first_column - 1].count(">")
        if not depth:
            continue
        for line, column in region.anchors[1:]:
            have = doc.line_text(line)[:column - 1].count(">")
            if have >= depth:
                continue
            missing = depth - have
            text = doc.line_text(line)[column - 1:]
            fixable = have == 0 and not _BLOCK_START.match(text)
            fix = replace(line, 1, column, "> " * depth, "add `>`") if fixable else None
            yield Problem(line, column, f"Unexpected {plural(have, 'block quote marker')} before paragraph line, "
                          f"expected {plural(depth, 'marker')}, add {plural(missing, 'marker')}", fix=fix)
