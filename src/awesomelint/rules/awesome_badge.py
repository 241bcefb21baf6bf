"""The awesome badge sits next to the main heading, unmodified. Doc: rules/AL122-awesome-badge.md"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.awesome.detect import html_header
from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem
from awesomelint.profiles import SUBMISSION
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL122",
    name="awesome-badge",
    summary="The awesome badge is next to the main heading.",
    fixable=True,
    aliases=("awesome-badge",),
    profiles=SUBMISSION,
)
BADGE = "[![Awesome](https://awesome.re/badge.svg)](https://awesome.re)"
_TARGET = re.compile(r"^https?://(?:www\.)?(?:awesome\.re|github\.com/sindresorhus/awesome)/?(?:#readme)?$",
                     re.IGNORECASE)
_SOURCE = re.compile(r"^https://awesome\.re/badge(?:-flat2?)?\.svg$")
_ANY_BADGE = re.compile(r"awesome\.re/badge|sindresorhus/awesome/[^)\s\"']*badge", re.IGNORECASE)


def _html_header_badge(doc: Document) -> Iterator[Problem]:
    first = doc.blocks[0]
    # A centered header may carry the badge inside it or in the lines right after it.
    last = min(len(doc.lines), first.end_line + 4)
    if any(_ANY_BADGE.search(doc.line_text(n)) for n in range(first.line, last + 1)):
        return
    yield Problem(first.line, first.column, "missing awesome badge: put " + BADGE +
                  " in the centered header, under the logo")


def check(doc: Document, options: object) -> Iterator[Problem]:
    first = doc.blocks[0] if doc.blocks else None
    if first is None:
        return
    if first.type == "block_html":
        if html_header(doc):
            yield from _html_header_badge(doc)
        return
    if first.type != "heading" or not doc.headings:
        return
    heading = doc.headings[0]
    if heading.level == 1:
        targets = [k for k in heading.links if k.kind != "image" and _TARGET.match(k.url)]
        images = [k for k in heading.links if k.kind == "image" and k.in_image_link]
        for target in targets:
            inside = [i for i in images if (target.line, target.column) <= (i.line, i.column)
                      and (i.end_line, i.end_column) <= (target.end_line, target.end_column)]
            bad = [i for i in inside if not _SOURCE.match(i.url)]
            if bad:
                yield Problem(bad[0].line, bad[0].column,
                              f"the awesome badge image {bad[0].url!r} is not an official badge: use "
                              "https://awesome.re/badge.svg (or badge-flat.svg, badge-flat2.svg)",
                              bad[0].end_line, bad[0].end_column)
                return
            if inside:
                return
    fix = None
    if heading.level == 1 and heading.style == "atx" and heading.line == heading.end_line:
        text = doc.line_text(heading.line)
        end = len(re.sub(r"(?:\s+#+)?\s*$", "", text)) + 1
        fix = Fix((Edit(heading.line, end, heading.line, end, " " + BADGE),), "add the awesome badge")
    yield Problem(heading.line, heading.column,
                  f"missing awesome badge next to the main heading: add {BADGE} at its end",
                  heading.end_line, heading.end_column, fix=fix)
