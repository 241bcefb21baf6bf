"""A link with no target (`[x]()`) or only `#` goes nowhere: a placeholder that was never filled in.

Doc: rules/AL162-empty-link.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem
from awesomelint.profiles import OURS
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL162", name="empty-link", summary="Links have a target.", profiles=OURS)


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for link in doc.links:
        url = link.url.strip()
        if url in ("", "#"):
            what = "image" if link.kind == "image" else "link"
            target = "no target" if not url else "only `#` as its target"
            yield Problem(link.line, link.column, f"{what} {link.text!r} has {target}",
                          link.end_line, link.end_column)
