"""The table of contents lists every section, in order, with the heading's text (or a shortening of it)
and its GitHub anchor, at most two levels deep, and nothing else. Doc: rules/AL135-table-of-contents.md"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import unquote

from awesomelint.awesome.toc import (
    LICENSE,
    NOT_IN_TOC,
    UNLISTED,
    UNLISTED_EXACT,
    AnchorLink,
    Contents,
    contents,
    normalized_title,
)
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
    presets={"awesome-lint": {"license_optional": False, "contribution_aliases": False}},
)


@dataclass(frozen=True, slots=True)
class Options:
    # a License section may be left out of the contents (lists commonly do); false: it must be listed
    # like any section (awesome-lint)
    license_optional: bool = True
    # 'Contribute' / 'Contribution(s)' are the contribution section like 'Contributing' (not listed);
    # false: only 'Contributing' is (awesome-lint)
    contribution_aliases: bool = True

_SHORTCODE = re.compile(r":[a-z0-9_+-]+:")
_TOC_TARGET = re.compile(r"\]\(#([^)\s]+)\)")
_PAGE_ANCHORS = frozenset({"", "top", "readme"})  # GitHub's own anchors on every rendered file


def _listed(sections: Sequence[Section], unlisted: frozenset[str]) -> list[Section]:
    return [s for s in sections if normalized_title(s.title) not in unlisted]


def _link(entry: Entry) -> Link | None:
    return next((k for k in entry.links if k.kind in ("inline", "reference")), None)


def _clean(anchor: str) -> str:
    """Anchors compared as GitHub does: case-insensitively, without emoji variation selectors."""
    return anchor.replace("\ufe0f", "").casefold()


def _fragment(url: str) -> str | None:
    return _clean(unquote(url.split("#", 1)[1])).removeprefix("user-content-") if "#" in url else None


def _words(text: str) -> list[str]:
    """The words a reader sees, case kept ('Websocket' is not 'WebSocket'); emoji and punctuation dropped."""
    text = _SHORTCODE.sub(" ", html.unescape(text))
    return "".join(c if unicodedata.category(c)[0] in "LN" else " " for c in text).split()


def _shortens(label: str, heading: str) -> bool:
    """The label is the heading's text or a shortening of it: some of its words, in order, each possibly
    cut short ('macOS 10.9 Mavericks' for 'macOS 10.9 Mavericks Setup', 'Template' for 'Templates').
    The other way round, a label may add words to its heading ('2023 Venues' for '2023')."""
    want, have = _words(label), _words(heading)
    at = 0
    for word in want:
        while at < len(have) and not have[at].startswith(word):
            at += 1
        if at == len(have):
            return False
        at += 1
    return bool(want)


def _compact(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


@dataclass(frozen=True, slots=True)
class _Ctx:
    doc: Document
    by_anchor: dict[str, Heading]
    linked: frozenset[str]  # every anchor the contents link to, at any depth
    toc: Heading | None
    unlisted: frozenset[str]  # sections the contents need not list


def _parent(doc: Document, heading: Heading) -> Section | None:
    for top in doc.sections:
        for section in top.walk():
            if any(child.heading is heading for child in section.children):
                return section
    return None


def _misplaced(ctx: _Ctx, text: str, heading: Heading, depth: int) -> str:
    """One finding for an item listed at the wrong place: where its section is, not 'add it' as well."""
    parent = _parent(ctx.doc, heading)
    section = f"'{'#' * heading.level} {' '.join(heading.text.split())}'"
    head = f"ToC item {text!r} is at the wrong level for its heading: {section}"
    if parent is None or parent.level == 1:
        return f"{head} is a top-level section; list it at the top level of the contents"
    if parent.heading is ctx.toc:
        return f"{head} sits under the contents heading; make it a '##' section"
    if depth == 0:
        return f"{head} is a section of {parent.title!r}; nest it under {parent.title!r} or leave it out"
    return f"{head} is a section of {parent.title!r}; move it under {parent.title!r}"


def _level(ctx: _Ctx, items: Sequence[Entry], expected: list[Section], depth: int) -> Iterator[Problem]:
    by_text = {" ".join(s.title.split()): i for i, s in enumerate(expected)}
    wanted = {s.heading.line: i for i, s in enumerate(expected)}
    used: dict[int, Entry] = {}
    broken: list[Link] = []
    last = -1
    for item in items:
        link = _link(item)
        if link is None:
            yield Problem(item.line, item.column,
                          f"ToC item {item.plain.strip()!r} has no link: write '- [Section](#section)'")
            continue
        text = link.text.strip()
        fragment = _fragment(link.url)
        heading = ctx.by_anchor.get(fragment) if fragment is not None else None
        pos = (link.line, link.column, link.end_line, link.end_column)
        if heading is None:
            broken.append(link)
            continue
        index = wanted.get(heading.line)
        by_name = by_text.get(" ".join(text.split()))
        if index is None and by_name is not None and by_name not in used:
            anchor = _clean(expected[by_name].anchor)
            yield Problem(*pos[:2], f"ToC item {text!r} links to {link.url!r}, the anchor of the heading at "
                          f"line {heading.line}; its section's anchor is '#{anchor}'", *pos[2:])
            index = by_name
        elif index is None:
            title = normalized_title(heading.text)
            if title in ctx.unlisted - NOT_IN_TOC:
                continue  # License and Related Lists may be listed or not
            if title in NOT_IN_TOC:
                yield Problem(*pos[:2], f"the ToC lists {heading.text!r}: leave Contributing, Footnotes and "
                              "Related Lists out of the table of contents", *pos[2:])
            else:
                yield Problem(*pos[:2], _misplaced(ctx, text, heading, depth), *pos[2:])
            continue
        if index in used:
            yield Problem(*pos[:2], f"ToC item {text!r} repeats the item at line {used[index].line}", *pos[2:])
            continue
        used[index] = item
        if not (_shortens(text, heading.text) or _shortens(heading.text, text)):
            yield Problem(*pos[:2], f"ToC item {text!r} does not match its heading {heading.text!r}", *pos[2:])
        if index < last:
            yield Problem(*pos[:2], f"ToC item {text!r} is out of order: list the sections in the order "
                          "of the headings", *pos[2:])
        last = max(last, index)
        section = expected[index]
        subitems = [c for c in item.children if c.kind == "list_item"]
        part = section.level == 1  # a '# Part' listed with its '##' sections under it: one level up
        if subitems and depth >= 1 and not part:
            yield Problem(item.line, item.column, f"ToC item {text!r} has a nested list: the ToC nests more "
                          "than two levels; list only '##' sections and, at most, their '###' sections")
        elif subitems:
            yield from _level(ctx, subitems, _listed(section.children, ctx.unlisted), depth if part else depth + 1)
    missing = [i for i, s in enumerate(expected) if i not in used and _clean(s.anchor) not in ctx.linked]
    for link in broken:
        text = link.text.strip()
        pos = (link.line, link.column, link.end_line, link.end_column)
        match = next((i for i in missing if _names(link, expected[i])), None)
        message = f"ToC item {text!r} links to {link.url!r}, which is no heading's anchor"
        if match is not None:
            missing.remove(match)
            message += f": its section {expected[match].title!r} is '#{_clean(expected[match].anchor)}'"
        yield Problem(pos[0], pos[1], message, *pos[2:])
    for index in missing:
        section = expected[index]
        before = [used[i] for i in sorted(used) if i < index]
        near = before[-1] if before else (items[0] if items else None)
        line, column = (near.line, near.column) if near else (1, 1)
        yield Problem(line, column, f"the ToC has no item for {section.title!r}: add "
                      f"'- [{_label(section)}](#{_clean(section.anchor)})'")


def _names(link: Link, section: Section) -> bool:
    """A broken item meant for this section: the same words, or the same letters (a respelt anchor)."""
    text, fragment = link.text, link.url.split("#", 1)[-1]
    return (_compact(text) == _compact(section.title) or _compact(fragment) == _compact(section.anchor)
            or _shortens(text, section.title) or _shortens(section.title, text))


def _label(section: Section) -> str:
    return _escape(" ".join(section.title.split()))


def _points_to(entry: Entry, heading: Heading) -> bool:
    link = _link(entry)
    return link is not None and _fragment(link.url) == _clean(heading.anchor)


def _unwrapped(doc: Document, items: Sequence[Entry], toc: Heading | None) -> list[Entry]:
    """Generated ToCs often nest everything under one item for the title and list the ToC itself
    ("- [Awesome Go](#awesome-go)" then "  - [Contents](#contents)"): read the sections under it."""
    flat: list[Entry] = []
    for item in items:
        children = [c for c in item.children if c.kind == "list_item"]
        if doc.title is not None and children and _points_to(item, doc.title):
            flat += children
        else:
            flat.append(item)
    return [i for i in flat if toc is None or not _points_to(i, toc)]


def _depth(items: Sequence[Entry]) -> int:
    return 1 + max((_depth([c for c in i.children if c.kind == "list_item"]) for i in items), default=0) \
        if items else 0


def _regenerated(doc: Document, items: Sequence[Entry], top: list[Section], ctx: _Ctx) -> Fix:
    """The contents rebuilt from the headings, as deep as the list's own contents nest, with the
    optional sections (License, Related Lists) only where the list already lists them."""
    first = items[0]
    marker = first.marker if first.marker in ("-", "*", "+") else "-"
    nested = next((c for i in items for c in i.children if c.kind == "list_item"), None)
    parent = next((i for i in items for c in i.children if c is nested), None)
    unit = " " * (nested.column - parent.column) if nested is not None and parent is not None else "  "
    depth = _depth(_unwrapped(doc, items, None))
    lines: list[str] = []

    def emit(sections: Sequence[Section], level: int) -> None:
        for section in sections:
            title = normalized_title(section.title)
            if title in NOT_IN_TOC or (title in ctx.unlisted and _clean(section.anchor) not in ctx.linked):
                continue
            lines.append(f"{unit * level}{marker} [{_label(section)}](#{_clean(section.anchor)})")
            if level + 1 < depth + (section.level == 1):
                emit(section.children, level + 1)

    emit(top, 0)
    end_line = max(e.end_line for i in items for e in i.walk())
    edit = Edit(first.line, first.column, end_line, len(doc.line_text(end_line)) + 1,
                "\n".join(" " * (first.column - 1) + line for line in lines).lstrip(" ") if lines else "")
    # unsafe: it rewrites the maintainer's ToC (formatting, wording) even when it keeps every item
    return Fix((edit,), "regenerate the table of contents from the headings", safe=False)


def _keeps_working_items(doc: Document, items: Sequence[Entry], fix: Fix) -> bool:
    """A regenerated ToC may drop what the guidelines keep out of a ToC (Contributing), but not an item
    that links to a real section: leaving out sections the maintainer listed would drop content."""
    real = {_clean(h.anchor) for h in doc.rendered_headings
            if h.level >= 2 and normalized_title(h.text) not in NOT_IN_TOC}
    kept = {_clean(unquote(m)) for edit in fix.edits for m in _TOC_TARGET.findall(edit.replacement)}
    listed = {_fragment(link.url) for item in items for e in item.walk() if (link := _link(e)) is not None}
    return not ({a for a in listed if a in real} - kept)


def _unchanged(doc: Document, fix: Fix) -> bool:
    """The regenerated list is the list as written (a finding the rewrite cannot remove, such as depth)."""
    edit = fix.edits[0]
    lines = doc.lines[edit.line - 1:edit.end_line]
    written = "\n".join(lines)[edit.column - 1:len("\n".join(lines)) - (len(lines[-1]) - edit.end_column + 1)]
    return written == edit.replacement


def _escape(text: str) -> str:
    return text.replace("[", "\\[").replace("]", "\\]")


def _flat_levels(ctx: _Ctx, items: Sequence[Entry]) -> tuple[int, int] | None:
    """The heading levels a flat contents list covers when most of its items link deeper than '##'
    (he-y's '### 2023 Venues', trimstray's '#### CLI Tools'); None for the usual '##' contents."""
    if any(c.kind == "list_item" for i in items for c in i.children):
        return None
    levels = [h.level for i in items if (k := _link(i)) is not None
              and (h := ctx.by_anchor.get(_fragment(k.url) or "")) is not None]
    if not levels or sum(level > 2 for level in levels) * 2 <= len(levels):
        return None
    return min(levels), max(levels)


def _anchor_map(doc: Document) -> dict[str, Heading]:
    found: dict[str, Heading] = {}
    for heading in doc.rendered_headings:
        found.setdefault(_clean(heading.anchor), heading)
        if heading.html_id:
            found.setdefault(_clean(heading.html_id), heading)
    return found


def _written_links(found: Contents) -> list[AnchorLink]:
    """Every in-page link of the contents, Markdown items and HTML alike, in order."""
    links = [AnchorLink(k.text, k.url[1:], k.line, k.column, k.end_line, k.end_column)
             for item in found.items for e in item.walk() if (k := _link(e)) is not None and k.url.startswith("#")]
    return sorted([*links, *found.others], key=lambda k: (k.line, k.column))


def check(doc: Document, options: Options) -> Iterator[Problem]:
    found = contents(doc)
    if found is None:
        return
    toc = found.heading
    if toc is not None:
        before = [h for h in doc.headings if h.line < toc.line]
        if len(before) > 1:
            yield Problem(toc.line, toc.column, "the table of contents must be the first section, right after "
                          "the main heading and the description", toc.end_line, toc.end_column)
        elif not before and not any(b.type == "block_html" and b.line < toc.line for b in doc.blocks):
            yield Problem(toc.line, toc.column, "the table of contents comes before the list's main heading: "
                          "start with '# Awesome Topic'", toc.end_line, toc.end_column)
    written = _written_links(found)
    ctx = _Ctx(doc, _anchor_map(doc), frozenset(f for k in written if (f := _fragment("#" + k.fragment))), toc,
               (UNLISTED if options.contribution_aliases else UNLISTED_EXACT)
               | (LICENSE if options.license_optional else frozenset()))
    top: list[Section] = []
    for section in doc.sections:
        if section.heading.line <= found.line:
            continue
        if section.level == 1 and _clean(section.anchor) not in ctx.linked:
            top += [c for c in section.children if c.level == 2]  # '# Part' headings not listed: their sections
        elif section.level <= 2:
            top.append(section)
    expected = _listed(top, ctx.unlisted)
    if not expected:
        if toc is not None:
            yield Problem(toc.line, toc.column, "the table of contents has no sections to list: add '## Section' "
                          "headings after it", toc.end_line, toc.end_column)
        return
    if found.others:  # written in HTML or as sub-headings: each link must reach a heading; no rewrite
        for k in written:
            fragment = _fragment("#" + k.fragment) or ""
            if fragment not in ctx.by_anchor and fragment not in _PAGE_ANCHORS:
                yield Problem(k.line, k.column, f"ToC item {k.text!r} links to '#{k.fragment}', which is no "
                              "heading's anchor", k.end_line, k.end_column)
        return
    items = [e for e in found.items if e.line < expected[0].heading.line]
    if not items:
        if toc is not None:
            yield Problem(toc.line, toc.column, "the table of contents has no list: add '- [Section](#section)' "
                          "items under it", toc.end_line, toc.end_column)
        return
    listed = _unwrapped(doc, items, toc)
    deeper = _flat_levels(ctx, listed)
    if deeper is not None:  # a flat list of '###' (or deeper) sections: the list's own choice of level
        top = [s for part in doc.sections for s in part.walk()
               if s.heading.line > found.line and deeper[0] <= s.level <= deeper[1]]
        expected = _listed(top, ctx.unlisted)
    problems = list(_level(ctx, listed, expected, 0))
    if problems:
        problems.sort(key=lambda p: (p.line, p.column))
        fix: Fix | None = _regenerated(doc, items, top, ctx)
        if fix is not None and (not _keeps_working_items(doc, items, fix) or _unchanged(doc, fix)):
            fix = None
        first, *rest = problems
        yield Problem(first.line, first.column, first.message, first.end_line, first.end_column, fix=fix)
        yield from rest
