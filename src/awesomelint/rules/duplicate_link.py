"""The same resource is linked twice as an entry's main link in one section (by default), or one URL
carries two titles.

Doc: rules/AL003-duplicate-link.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Literal

from awesomelint.document import Document, Link
from awesomelint.finding import Problem
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
    # 'Image Processing' is common; duplicate-across-sections reports twins that disagree); false: strict
    allow_in_sections: bool = True
    # URLs (compared by identity) that may repeat, e.g. the list's homepage
    ignore: tuple[Annotated[str, Token()], ...] = ()


def _candidates(doc: Document, options: Options) -> list[Link]:
    mains = [e.main_link for e in doc.entries if e.main_link is not None]
    if options.scope == "main":
        return mains
    if options.scope == "all":
        return [link for link in doc.links if link.kind != "image" and link.context != "heading"]
    outside = [link for link in doc.links
               if link.kind in ("inline", "autolink") and link.context != "entry"]
    return sorted([*outside, *(m for m in mains if m.kind != "reference")], key=lambda k: (k.line, k.column))


def check(doc: Document, options: Options) -> Iterator[Problem]:
    ignored = {identity_key(u) for u in options.ignore}
    groups: dict[tuple[str, str], list[Link]] = {}
    for link in _candidates(doc, options):
        if not options.anchors and (not link.url or link.url.startswith("#")):
            continue
        key = identity_key(link.url)
        if key in ignored:
            continue
        scope = ""
        if options.allow_in_sections:
            section = doc.section_of(link.line)
            scope = str(section.line) if section else ""
        groups.setdefault((key, scope), []).append(link)
    problems: list[Problem] = []
    for group in groups.values():
        if len(group) < 2:
            continue
        first = group[0]
        if options.report == "all":
            others = ", ".join(str(g.line) for g in group[1:])
            problems.append(Problem(first.line, first.column, f"duplicate link {first.url}: also at line(s) {others}",
                                    first.end_line, first.end_column))
        for link in group[1:]:
            same = "" if first.url == link.url else f" (as {first.url})"
            titles = ""
            if first.text.strip().lower() != link.text.strip().lower():
                titles = f"; listed as {first.text!r} there and {link.text!r} here"
            problems.append(Problem(link.line, link.column,
                                    f"duplicate link {link.url}: already at line {first.line}{same}{titles}",
                                    link.end_line, link.end_column))
    yield from sorted(problems, key=lambda p: (p.line, p.column))
