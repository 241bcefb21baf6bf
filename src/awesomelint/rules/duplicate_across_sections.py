"""One resource listed in two sections under a different title or description: the twins drifted
apart, and one of them is probably outdated. Identical twins are a deliberate cross-listing.

Doc: rules/AL163-duplicate-across-sections.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.awesome.grammar import grammar_of
from awesomelint.document import Document, Entry, Link
from awesomelint.finding import Problem, Severity
from awesomelint.profiles import OURS
from awesomelint.rule import NoOptions, RuleMeta
from awesomelint.urlkey import identity_key

META = RuleMeta(id="AL163", name="duplicate-across-sections", severity=Severity.INFO,
                summary="An entry listed in two sections says the same in both.", profiles=OURS)


def _words(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().casefold()


def _description(doc: Document, entry: Entry) -> str:
    g = grammar_of(doc, entry)
    return _words(g.description) if g is not None else ""


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    first: dict[str, tuple[int, Entry, Link]] = {}  # identity -> (section line, entry, link)
    for entry in doc.entries:
        link = entry.main_link
        if link is None or not link.url or link.url.startswith("#"):
            continue
        section = doc.section_of(link.line)
        where = section.line if section else 0
        key = identity_key(link.url)
        if key not in first:
            first[key] = (where, entry, link)
            continue
        where0, entry0, link0 = first[key]
        if where0 == where:
            continue  # twins in one section are duplicate-link's (an error)
        differs = []
        if _words(link0.text) != _words(link.text):
            differs.append(f"titled {link0.text!r} there and {link.text!r} here")
        if _description(doc, entry0) != _description(doc, entry):
            differs.append("described differently")
        if differs:
            other = doc.section_of(link0.line)
            there = other.heading.text if other else "the top"
            yield Problem(link.line, link.column, f"{link.url} is also listed at line {link0.line} (section "
                          f"{there!r}), {' and '.join(differs)}: keep the two entries in step or drop one",
                          link.end_line, link.end_column)
