"""The table of contents lists every section, in order, with the heading's text and its GitHub anchor,
at most two levels deep, and nothing else. Doc: rules/AL135-table-of-contents.md"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from urllib.parse import unquote

from awesomelint.awesome.toc import NOT_IN_TOC, UNLISTED, normalized_title, toc_entries, toc_heading
from awesomelint.document import Document, Entry, Heading, Link, Section
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL135", severity=Severity.WARNING,
    name="table-of-contents",
    summary="The ToC matches the section headings.",
    fixable=True,
    aliases=("awesome-toc",),
    profiles=STYLE,
)


_TOC_TARGET = re.compile(r"\]\(#([^)\s]+)\)")


def _listed(sections: Sequence[Section]) -> list[Section]:
    return [s for s in sections if normalized_title(s.title) not in UNLISTED]


def _link(entry: Entry) -> Link | None:
    return next((k for k in entry.links if k.kind in ("inline", "reference")), None)


def _clean(anchor: str) -> str:
    """Anchors compared as GitHub does: case-insensitively, without emoji variation selectors."""
    return anchor.replace("\ufe0f", "").casefold()


def _fragment(url: str) -> str | None:
    return _clean(unquote(url.split("#", 1)[1])) if "#" in url else None


def _level(doc: Document, items: Sequence[Entry], expected: list[Section], depth: int) -> Iterator[Problem]:
    by_anchor = {_clean(h.anchor): h for h in doc.headings}
    by_text = {" ".join(s.title.split()): i for i, s in enumerate(expected)}
    wanted = {s.heading.line: i for i, s in enumerate(expected)}
    used: dict[int, Entry] = {}
    last = -1
    for item in items:
        link = _link(item)
        where = (item.line, item.column)
        if link is None:
            yield Problem(*where, f"ToC item {item.plain.strip()!r} has no link: write '- [Section](#section)'")
            continue
        text = link.text.strip()
        fragment = _fragment(link.url)
        heading = by_anchor.get(fragment) if fragment is not None else None
        pos = (link.line, link.column, link.end_line, link.end_column)
        if fragment is None or heading is None:
            yield Problem(pos[0], pos[1], f"ToC item {text!r} links to {link.url!r}, which is no heading's "
                          "anchor", *pos[2:])
            continue
        index = wanted.get(heading.line)
        by_name = by_text.get(" ".join(text.split()))
        if index is None and by_name is not None and by_name not in used:
            anchor = _clean(expected[by_name].anchor)
            yield Problem(*pos[:2], f"ToC item {text!r} links to {link.url!r}, the anchor of the heading at "
                          f"line {heading.line}; its section's anchor is '#{anchor}'", *pos[2:])
            index = by_name
        elif index is None:
            if normalized_title(heading.text) in UNLISTED - NOT_IN_TOC:
                continue  # Related Lists may be listed or not
            if normalized_title(heading.text) in NOT_IN_TOC:
                yield Problem(*pos[:2], f"the ToC lists {heading.text!r}: leave Contributing, Footnotes and "
                              "Related Lists out of the table of contents", *pos[2:])
            else:
                yield Problem(*pos[:2], f"ToC item {text!r} is at the wrong level for its heading "
                              f"(level {heading.level})", *pos[2:])
            continue
        if index in used:
            yield Problem(*pos[:2], f"ToC item {text!r} repeats the item at line {used[index].line}", *pos[2:])
            continue
        used[index] = item
        if " ".join(text.split()) != " ".join(heading.text.split()):
            yield Problem(*pos[:2], f"ToC item {text!r} does not match its heading {heading.text!r}", *pos[2:])
        if index < last:
            yield Problem(*pos[:2], f"ToC item {text!r} is out of order: list the sections in the order "
                          "of the headings", *pos[2:])
        last = max(last, index)
        section = expected[index]
        subitems = [c for c in item.children if c.kind == "list_item"]
        if subitems and depth >= 1:
            yield Problem(item.line, item.column, f"ToC item {text!r} has a nested list: the ToC nests more "
                          "than two levels; list only '##' sections and, at most, their '###' sections")
        elif subitems:
            yield from _level(doc, subitems, _listed(section.children), depth + 1)
    for index, section in enumerate(expected):
        if index in used:
            continue
        before = [used[i] for i in sorted(used) if i < index]
        near = before[-1] if before else (items[0] if items else None)
        line, column = (near.line, near.column) if near else (1, 1)
        yield Problem(line, column, f"the ToC has no item for {section.title!r}: add "
                      f"'- [{section.title}](#{_clean(section.anchor)})'")


def _points_to(doc: Document, entry: Entry, heading: Heading) -> bool:
    link = _link(entry)
    return link is not None and _fragment(link.url) == _clean(heading.anchor)


def _unwrapped(doc: Document, items: list[Entry], toc: Heading) -> list[Entry]:
    """Generated ToCs often nest everything under one item for the title and list the ToC itself
    ("- [Awesome Go](#awesome-go)" then "  - [Contents](#contents)"): read the sections under it."""
    flat: list[Entry] = []
    for item in items:
        children = [c for c in item.children if c.kind == "list_item"]
        if doc.title is not None and children and _points_to(doc, item, doc.title):
            flat += children
        else:
            flat.append(item)
    return [i for i in flat if not _points_to(doc, i, toc)]


def _regenerated(doc: Document, items: list[Entry], expected: list[Section]) -> Fix:
    first = items[0]
    marker = first.marker if first.marker in ("-", "*", "+") else "-"
    nested = any(c.kind == "list_item" for i in items for c in i.children)
    lines = []
    for section in expected:
        lines.append(f"{marker} [{_escape(section.title)}](#{_clean(section.anchor)})")
        if nested:
            lines += [f"  {marker} [{_escape(c.title)}](#{_clean(c.anchor)})" for c in _listed(section.children)]
    end_line = max(e.end_line for i in items for e in i.walk())
    edit = Edit(first.line, first.column, end_line, len(doc.line_text(end_line)) + 1,
                "\n".join(" " * (first.column - 1) + line for line in lines).lstrip(" ") if lines else "")
    # unsafe: it rewrites the maintainer's ToC (formatting, wording) even when it keeps every item
    return Fix((edit,), "regenerate the table of contents from the headings", safe=False)


def _keeps_working_items(doc: Document, items: list[Entry], fix: Fix) -> bool:
    """A regenerated ToC may drop what the guidelines keep out of a ToC (Contributing, a third level),
    but not an item that links to a '##' or '###' heading: leaving out sections the maintainer listed
    (say '###' sections whose '##' parent is the ToC itself) would drop content."""
    real = {_clean(h.anchor) for h in doc.headings
            if h.level in (2, 3) and normalized_title(h.text) not in UNLISTED}  # what a ToC may list
    kept = {_clean(unquote(m)) for edit in fix.edits for m in _TOC_TARGET.findall(edit.replacement)}
    listed = {_fragment(link.url) for item in items for e in item.walk() if (link := _link(e)) is not None}
    return not ({a for a in listed if a in real} - kept)


def _escape(text: str) -> str:
    return text.replace("[", "\\[").replace("]", "\\]")


def check(doc: Document, options: object) -> Iterator[Problem]:
    toc = toc_heading(doc)
    if toc is None:
        return
    before = [h for h in doc.headings if h.line < toc.line]
    if len(before) > 1:
        yield Problem(toc.line, toc.column, "the table of contents must be the first section, right after "
                      "the main heading and the description", toc.end_line, toc.end_column)
    elif not before and not any(b.type == "block_html" and b.line < toc.line for b in doc.blocks):
        yield Problem(toc.line, toc.column, "the table of contents comes before the list's main heading: "
                      "start with '# Awesome Topic'", toc.end_line, toc.end_column)
    expected = _listed([s for s in doc.sections if s.level == 2 and s.heading.line > toc.line])
    if not expected:
        yield Problem(toc.line, toc.column, "the table of contents has no sections to list: add '## Section' "
                      "headings after it", toc.end_line, toc.end_column)
        return
    items = [e for e in toc_entries(doc) if e.line < expected[0].heading.line]
    if not items:
        yield Problem(toc.line, toc.column, "the table of contents has no list: add '- [Section](#section)' "
                      "items under it", toc.end_line, toc.end_column)
        return
    problems = list(_level(doc, _unwrapped(doc, items, toc), expected, 0))
    if problems:
        fix: Fix | None = _regenerated(doc, items, expected)
        if fix is not None and not _keeps_working_items(doc, items, fix):
            fix = None
        first, *rest = problems
        yield Problem(first.line, first.column, first.message, first.end_line, first.end_column, fix=fix)
        yield from rest
