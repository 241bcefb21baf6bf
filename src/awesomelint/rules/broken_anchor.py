"""A ``#fragment`` link to a heading or anchor that the document does not have (offline: no network)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.profiles import OURS
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL111",
    name="broken-anchor",
    summary="In-page links must point at a heading or anchor that exists.",
    severity=Severity.ERROR,
    aliases=("no-dead-anchors",),
    profiles=OURS,  # awesome-lint has no such check
)
# Anchors GitHub's page gives every rendered Markdown file, whatever its headings: ``#readme`` is the
# element that holds the rendered file (the usual "back to top" target), ``#top`` the page's top.
PAGE_ANCHORS = frozenset({"", "top", "readme"})
_HTML_ID = re.compile(r"""<[A-Za-z][^>]*?\s(?:id|name)\s*=\s*["']?([^"'\s>]+)""")


def anchors(doc: Document) -> set[str]:
    """Heading slugs (as GitHub makes them, HTML headings included) and HTML ``id``/``name`` attributes, case-folded."""
    found = {h.anchor.casefold() for h in doc.rendered_headings}
    found.update(m.group(1).casefold() for m in _HTML_ID.finditer(doc.text))
    return found


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    known: set[str] | None = None
    for link in doc.links:
        if not link.url.startswith("#") or link.url[1:].casefold() in PAGE_ANCHORS:
            continue
        if known is None:
            known = anchors(doc)
        name = unquote(link.url[1:]).casefold()
        if name.removeprefix("user-content-") not in known:
            yield Problem(link.line, link.column, f"no heading or anchor '{link.url}' in this document",
                          link.end_line, link.end_column)
