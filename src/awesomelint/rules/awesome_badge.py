"""The awesome badge sits next to the main heading, unmodified. Doc: rules/AL122-awesome-badge.md"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from awesomelint.awesome.detect import html_header
from awesomelint.document import Document, Link
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
    presets={"awesome-lint": {"nearby": False}},
)
OFFICIAL = "https://awesome.re/badge.svg"
BADGE = f"[![Awesome]({OFFICIAL})](https://awesome.re)"
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


@dataclass(frozen=True, slots=True)
class Options:
    # nearby: a badge on the lines just under the heading counts, and an unofficial awesome badge there
    # (awesome in its alt text or URL, or linking to awesome.re) is replaced, not doubled; false: the
    # heading line only (awesome-lint, preset)
    nearby: bool = True


_NEAR = 6  # lines under the main heading where a badge still belongs to it


def _nearby(doc: Document, after: int) -> list[Link]:
    """Awesome badge images within a few lines under the main heading."""
    targets = [k for k in doc.links if k.kind != "image" and _TARGET.match(k.url)]
    found = []
    for image in doc.links:
        if image.kind != "image" or not after < image.line <= after + _NEAR:
            continue
        wrapped = any((k.line, k.column) <= (image.line, image.column) and
                      (image.end_line, image.end_column) <= (k.end_line, k.end_column) for k in targets)
        url = image.url.lower()
        if wrapped or "sindresorhus/awesome" in url or "awesome.re" in url or image.text.strip().lower() == "awesome":
            found.append(image)
    return found


def _unofficial(doc: Document, image: Link) -> Problem:
    """An unofficial awesome badge, with a fix that swaps its image for the official one."""
    source = doc.line_text(image.line)[image.column - 1:image.end_column - 1] if image.line == image.end_line else ""
    at = source.find("(" + image.url)
    fix = None
    if at >= 0:
        start = image.column + at + 1
        fix = Fix((Edit(image.line, start, image.line, start + len(image.url), OFFICIAL),), "use the official badge")
    return Problem(image.line, image.column, f"the awesome badge image {image.url!r} is not an official badge: use "
                   f"{OFFICIAL} (or badge-flat.svg, badge-flat2.svg)", image.end_line, image.end_column, fix=fix)


def check(doc: Document, options: Options) -> Iterator[Problem]:
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
    if options.nearby:
        badges = _nearby(doc, heading.end_line)
        if any(_SOURCE.match(b.url) for b in badges):
            return  # the official badge on the lines under the heading, where the guidelines' example puts it
        if badges:
            yield _unofficial(doc, badges[0])
            return
    fix = None
    if heading.level == 1 and heading.style == "atx" and heading.line == heading.end_line:
        text = doc.line_text(heading.line)
        end = len(re.sub(r"(?:\s+#+)?\s*$", "", text)) + 1
        fix = Fix((Edit(heading.line, end, heading.line, end, " " + BADGE),), "add the awesome badge")
    yield Problem(heading.line, heading.column,
                  f"missing awesome badge next to the main heading: add {BADGE} at its end",
                  heading.end_line, heading.end_column, fix=fix)
