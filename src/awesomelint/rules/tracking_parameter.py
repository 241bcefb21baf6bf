"""A URL carries tracking parameters (``utm_*``, ``casa_token``, ``fbclid`` ...): personal or
campaign data that does not belong in a list. Doc: rules/AL214-tracking-parameter.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.document import Document
from awesomelint.finding import Fix, Problem, Severity
from awesomelint.options import FullMatch
from awesomelint.papers.rulekit import url_edit
from awesomelint.papers.urls import without_tracking
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL214",
    name="tracking-parameter",
    summary="URLs carry no tracking parameters.",
    severity=Severity.WARNING,
    fixable=True,
    profiles=PAPERS,
)


PARAMETER = FullMatch(r"[^\s=&#?]+", "a query parameter name such as 'sxsrf'", "sxsrf", ("", "utm source", "a=b"))


@dataclass(frozen=True, slots=True)
class Options:
    # more parameter names to remove, besides utm_*, fbclid ...
    extra: tuple[Annotated[str, PARAMETER], ...] = ("sxsrf",)


def check(doc: Document, options: Options) -> Iterator[Problem]:
    extra = frozenset(name.lower() for name in options.extra)
    for link in doc.links:
        if link.kind == "image":
            continue
        url, names = without_tracking(link.url, extra)
        if not names:
            continue
        edit = url_edit(doc, link, url)
        yield Problem(link.line, link.column, f"tracking parameter(s) {', '.join(names)} in {link.url[:80]}",
                      link.end_line, link.end_column, fix=Fix((edit,), "remove " + ", ".join(names)) if edit else None)
