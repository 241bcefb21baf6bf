"""A link with no target (`[x]()`) or only `#` goes nowhere: a placeholder that was never filled in.
A badge wrapped in an empty link (`[![Conference](badge)]()`) is the list's idiom when the list's badges
of that kind (same alt text) mostly do it: the badge shows, nothing is missing.

Doc: rules/AL162-empty-link.md
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from itertools import pairwise

from awesomelint.document import Document, Link
from awesomelint.finding import Problem
from awesomelint.profiles import OURS
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL162", name="empty-link", summary="Links have a target.", profiles=OURS)

IDIOM = 2  # empty badge links of one kind from which the empty link is the list's habit, not a slip


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    badges = _badges(doc)
    empty, filled = Counter[str](), Counter[str]()
    for link, alt in badges.items():
        (empty if link.url.strip() in ("", "#") else filled)[alt] += 1
    for link in doc.links:
        url = link.url.strip()
        if url not in ("", "#"):
            continue
        kind = badges.get(link)
        if kind is not None and empty[kind] >= IDIOM and empty[kind] > filled[kind]:
            continue  # every badge of this kind is written so: decoration, not a missing target
        what = "image" if link.kind == "image" else "link"
        target = "no target" if not url else "only `#` as its target"
        yield Problem(link.line, link.column, f"{what} {link.text!r} has {target}", link.end_line, link.end_column)


def _badges(doc: Document) -> dict[Link, str]:
    """Links whose only content is one image (`[![alt](src)](url)`), with the image's alt text: the kind of badge."""
    out: dict[Link, str] = {}
    for link, image in pairwise(doc.links):
        if (link.kind == "inline" and not link.text.strip() and image.kind == "image" and image.in_image_link
                and (image.line, image.column) == (link.line, link.column + 1)
                and doc.line_text(image.end_line)[image.end_column - 1:image.end_column] == "]"):
            out[link] = image.text.strip().lower()
    return out
