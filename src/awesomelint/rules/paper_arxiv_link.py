"""arXiv links in one canonical form: https, no pinned version (``v1``), the configured abs or pdf
page. Doc: rules/AL213-arxiv-link-form.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Fix, Problem, Severity
from awesomelint.papers.rulekit import url_edit
from awesomelint.papers.urls import canonical_arxiv
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL213",
    name="arxiv-link-form",
    summary="arXiv links use https, no version pin and the configured abs or pdf form.",
    severity=Severity.WARNING,
    fixable=True,
    profiles=PAPERS,
)


@dataclass(frozen=True, slots=True)
class Options:
    form: Literal["abs", "pdf", "any"] = "abs"  # the page arXiv links go to; "any" keeps either
    keep_version: bool = False  # allow pinned versions such as 2306.05817v1


def check(doc: Document, options: Options) -> Iterator[Problem]:
    for link in doc.links:
        if link.kind == "image" or link.context == "heading":
            continue
        # a link labelled "pdf" goes to the PDF: the configured form does not apply to it
        form = "any" if link.text.strip().strip("[]").strip().lower() == "pdf" else options.form
        found = canonical_arxiv(link.url, form)
        if found is None:
            continue
        url, changes = found
        if options.keep_version:
            changes = [c for c in changes if not c.startswith("drop the pinned")]
            version = link.url.rstrip("/").removesuffix(".pdf").rsplit("v", 1)
            if len(version) == 2 and version[1].isdigit() and "v" + version[1] in link.url:
                url = url.removesuffix(".pdf") + "v" + version[1] + (".pdf" if url.endswith(".pdf") else "")
        if not changes or url == link.url:
            continue
        edit = url_edit(doc, link, url)
        # https and no pinned version reach the same paper; abs <-> pdf changes where a click lands
        safe = not any(change.startswith("link the") for change in changes)
        yield Problem(link.line, link.column, f"arXiv link {link.url}: {', '.join(changes)} ({url})",
                      link.end_line, link.end_column, fix=Fix((edit,), f"link {url}", safe=safe) if edit else None)
