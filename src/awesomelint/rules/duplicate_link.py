"""The same entry is listed twice in one section (by default): two items in one list with the same main
link, or one URL carries two titles. A nested item is compared with its siblings (a product page under two
products, a crate under two categories are cross-listings); the sub-links of an entry (a list item that
links, or a ``<details>`` block whose summary links a project) repeat only under the same label (one
assignment file for two roles is not a duplicate); two items that head different sub-items are two
groups under one name (a company with its backend and its frontend tasks).

Doc: rules/AL003-duplicate-link.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Literal

from awesomelint.document import Document, Entry, Link
from awesomelint.finding import Problem
from awesomelint.markup.groups import details_entry, parent
from awesomelint.options import Token
from awesomelint.rule import RuleMeta
from awesomelint.urlkey import identity_key

META = RuleMeta(
    id="AL003",
    name="duplicate-link",
    summary="Each resource is listed once.",
    aliases=("double-link",),
    # awesome-lint compares every link outside entry descriptions, inline links only, anchors and
    # empty URLs included, and reports every member of a group.
    presets={"awesome-lint": {"scope": "outside-descriptions", "report": "all", "anchors": True,
                              "allow_in_sections": False}},
)


@dataclass(frozen=True, slots=True)
class Options:
    # main: entries' main links; outside-descriptions: also links outside entries (intro, ToC);
    # all: every link, descriptions included
    scope: Literal["main", "outside-descriptions", "all"] = "main"
    report: Literal["repeats", "all"] = "repeats"  # all: the first occurrence is reported too
    anchors: bool = False  # also compare '#anchor' links and empty URLs
    # an item may appear once in each of several sections (listing a library under 'Frameworks' and
    # 'Image Processing' is common; duplicate-across-sections reports twins that disagree), once in each
    # <details> group, and as a sub-link of several entries; false: strict
    allow_in_sections: bool = True
    # URLs (compared by identity) that may repeat, e.g. the list's homepage
    ignore: tuple[Annotated[str, Token()], ...] = ()


def _candidates(doc: Document, options: Options) -> list[tuple[Link, Entry | None]]:
    mains: list[tuple[Link, Entry | None]] = [(e.main_link, e) for e in doc.entries if e.main_link is not None]
    if options.scope == "main":
        return mains
    if options.scope == "all":
        return [(link, None) for link in doc.links if link.kind != "image" and link.context != "heading"]
    outside = [(link, None) for link in doc.links
               if link.kind in ("inline", "autolink") and link.context != "entry"]
    return sorted([*outside, *((m, e) for m, e in mains if m.kind != "reference")],
                  key=lambda k: (k[0].line, k[0].column))


def _scope(doc: Document, link: Link, entry: Entry | None) -> str | None:
    """Where a repeat of ``link`` counts as the same entry twice; None: it stands for an entry counted already."""
    section = doc.section_of(link.line)
    where = str(section.line) if section else ""
    if entry is None:
        return where
    up = parent(doc, entry)
    if up is not None:
        if not up.links:
            return f"{where}/{up.line}:{up.column}"  # under a category label: its siblings
        if up.main_link is not None and identity_key(up.main_link.url) == identity_key(link.url):
            return None  # the entry's own page again ('Buy' it here)
        return f"{where}/{up.line}:{up.column}/{link.text.strip().lower()}"  # an entry's sub-link
    block = details_entry(doc, link.line)
    if block is None or identity_key(block[1]) == identity_key(link.url):
        return where  # an entry, or the repository link that stands for its <details> entry
    return f"{where}/details:{block[0]}/{link.text.strip().lower()}"


def _heads(entry: Entry | None) -> frozenset[str]:
    """The resources an item's sub-items link: an item that heads sub-items is known by them too."""
    if entry is None:
        return frozenset()
    return frozenset(identity_key(link.url) for child in entry.children for link in child.links)


def _same(a: tuple[Link, Entry | None], b: tuple[Link, Entry | None]) -> bool:
    heads_a, heads_b = _heads(a[1]), _heads(b[1])
    return not (heads_a and heads_b and heads_a != heads_b)


def check(doc: Document, options: Options) -> Iterator[Problem]:
    ignored = {identity_key(u) for u in options.ignore}
    groups: dict[tuple[str, str], list[tuple[Link, Entry | None]]] = {}
    for link, entry in _candidates(doc, options):
        if not options.anchors and (not link.url or link.url.startswith("#")):
            continue
        key = identity_key(link.url)
        if key in ignored:
            continue
        scope = _scope(doc, link, entry) if options.allow_in_sections else ""
        if scope is not None:
            groups.setdefault((key, scope), []).append((link, entry))
    problems: list[Problem] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        if options.report == "all":
            first = group[0][0]
            others = ", ".join(str(g.line) for g, _ in group[1:])
            problems.append(Problem(first.line, first.column, f"duplicate link {first.url}: also at line(s) {others}",
                                    first.end_line, first.end_column))
        for index, (link, entry) in enumerate(group[1:], start=1):
            earlier = [g for g in group[:index] if not options.allow_in_sections or _same(g, (link, entry))]
            if not earlier:
                continue
            first = earlier[0][0]
            same = "" if first.url == link.url else f" (as {first.url})"
            titles = ""
            if first.text.strip().lower() != link.text.strip().lower():
                titles = f"; listed as {first.text!r} there and {link.text!r} here"
            problems.append(Problem(link.line, link.column,
                                    f"duplicate link {link.url}: already at line {first.line}{same}{titles}",
                                    link.end_line, link.end_column))
    yield from sorted(problems, key=lambda p: (p.line, p.column))
