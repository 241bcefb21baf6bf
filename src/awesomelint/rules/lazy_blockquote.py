"""Every line of a quoted paragraph starts with `>`; a "lazy" line without it looks like it is
outside the quote but is not.

Doc: rules/AL018-lazy-blockquote.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.markdown import plural, regions, replace
from awesomelint.profiles import HYGIENE
from awesomelint.rule import NoOptions, RuleMeta

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
            fix = replace(line, 1, column, "> " * depth, "add `>`") if have == 0 else None
            yield Problem(line, column, f"Unexpected {plural(have, 'block quote marker')} before paragraph line, "
                          f"expected {plural(depth, 'marker')}, add {plural(missing, 'marker')}", fix=fix)
