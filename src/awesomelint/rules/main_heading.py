"""An awesome list has exactly one main heading, of level 1, at the top (an HTML header with an
``<h1>`` or a centered image counts). Doc: rules/AL120-main-heading.md"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from awesomelint.awesome.detect import html_header
from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL120", severity=Severity.WARNING,
    name="main-heading",
    summary="One main heading, of level 1, first in the file.",
    fixable=True,
    aliases=("awesome-heading",),
    profiles=STYLE,
    presets={"awesome-lint": {"parts": False}},
)
# A file with this many level-1 headings uses them for its parts (# Papers, # Datasets, # Tools): an
# outline, not a second title by mistake.
PARTS = 3


@dataclass(frozen=True, slots=True)
class Options:
    # parts: level-1 headings used for every part of the list (three or more) are its outline, and a
    # logo image opening the file is its header; false: awesome-lint's reading (preset)
    parts: bool = True


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MARKUP = re.compile(r"<[^>]+>|!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|[\[\]]")


def _logo(doc: Document) -> bool:
    """The file opens (after HTML comments) with a logo: an HTML block with an image or a heading tag,
    or a paragraph of images only."""
    for block in doc.blocks:
        source = _COMMENT.sub("", "\n".join(doc.lines[block.line - 1:block.end_line]))
        if not source.strip():
            continue  # a commented-out header
        if block.type == "block_html":
            return "<img" in source.lower() or bool(re.search(r"<h[1-6][\s>]", source, re.IGNORECASE))
        if block.type == "paragraph":
            return ("<img" in source.lower() or "![" in source) and not any(
                c.isalnum() for c in _MARKUP.sub("", source))
        return False
    return False


def _titled_logo(doc: Document) -> bool:
    """A logo (images, no heading tag) followed by a level-1 heading as the file's first heading: the
    heading is the list's name and the logo decorates it ('[![Logo](…)](…)' then '# Terminals Are Sexy')."""
    if doc.title is None:
        return False
    first = doc.blocks[0] if doc.blocks else None
    if first is not None and first.type == "block_html":
        source = "\n".join(doc.lines[first.line - 1:first.end_line])
        if re.search(r"<h[1-6][\s>]", _COMMENT.sub("", source), re.IGNORECASE):
            return False  # an HTML title, then a Markdown one: two titles
    return True


def check(doc: Document, options: Options) -> Iterator[Problem]:
    count = 1 if html_header(doc) or (options.parts and _logo(doc)) else 0
    if count and options.parts and _titled_logo(doc):
        count = 0
    first = doc.blocks[0] if doc.blocks else None
    level1 = [h for h in doc.headings if h.level == 1]
    if options.parts and len(level1) >= PARTS:
        level1 = level1[:1] if not count else []  # the outline's parts are not second titles
    if first is not None and first.type == "heading" and doc.headings and doc.headings[0].level > 1:
        heading = doc.headings[0]
        fix = None
        if heading.style == "atx" and not level1:
            fix = Fix((Edit(heading.line, heading.column, heading.line, heading.column + heading.level, "#"),),
                      "make it a level-1 heading")
        yield Problem(heading.line, heading.column,
                      f"the list's first heading is level {heading.level}: make the main heading "
                      f"'# {heading.text}' (level 1)", heading.end_line, heading.end_column, fix=fix)
        count += 1
    for heading in level1:
        count += 1
        if count > 1:
            yield Problem(heading.line, heading.column,
                          f"a second level-1 heading {heading.text!r}: the list has one main heading; "
                          "make this a section ('## …')", heading.end_line, heading.end_column)
    if count == 0:
        yield Problem(1, 1, "missing main heading: start the list with '# Awesome Topic'")
