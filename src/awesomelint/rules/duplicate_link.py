"""The same resource is linked twice as an entry's main link, or one URL carries two titles.

Doc: rules/AL003-duplicate-link.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from awesomelint.document import Document, Link
from awesomelint.finding import Problem
from awesomelint.rule import RuleMeta
from awesomelint.urlkey import identity_key

META = RuleMeta(
    id="AL003",
    name="duplicate-link",
    summary="Each resource is listed once.",
    aliases=("double-link",),
)


@dataclass(frozen=True, slots=True)
class Options:
    main_links_only: bool = True  # compare only entries' main links (description links may repeat)
    allow_in_sections: bool = False  # an item may appear once in each of several sections
    ignore: tuple[str, ...] = ()  # URLs (compared by identity) that may repeat, e.g. the list's homepage


def _candidates(doc: Document, options: Options) -> list[Link]:
    if options.main_links_only:
        return [e.main_link for e in doc.entries if e.main_link is not None]
    return [link for link in doc.links if link.kind != "image" and link.context != "heading"]


def check(doc: Document, options: Options) -> Iterator[Problem]:
    ignored = {identity_key(u) for u in options.ignore}
    first: dict[tuple[str, str], Link] = {}
    for link in _candidates(doc, options):
        if not link.url or link.url.startswith("#"):
            continue
        key = identity_key(link.url)
        if key in ignored:
            continue
        scope = ""
        if options.allow_in_sections:
            section = doc.section_of(link.line)
            scope = section.anchor if section else ""
        seen = first.get((key, scope))
        if seen is None:
            first[(key, scope)] = link
            continue
        same = "" if seen.url == link.url else f" (as {seen.url})"
        titles = ""
        if seen.text.strip().lower() != link.text.strip().lower():
            titles = f"; listed as {seen.text!r} there and {link.text!r} here"
        yield Problem(link.line, link.column,
                      f"duplicate link {link.url}: already at line {seen.line}{same}{titles}",
                      link.end_line, link.end_column)
