"""arXiv links in one canonical form: https, and the abs or pdf page the list links (or the configured
one); a pinned version (``v1``) is deliberate and stays unless configured. Doc: rules/AL213-arxiv-link-form.md
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Literal

from awesomelint.document import Document, Link
from awesomelint.finding import Fix, Problem, Severity
from awesomelint.options import Share
from awesomelint.papers.rulekit import url_edit
from awesomelint.papers.urls import arxiv_form, canonical_arxiv
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL213",
    name="arxiv-link-form",
    summary="arXiv links use https, no version pin and the list's (or the configured) abs or pdf form.",
    severity=Severity.WARNING,
    fixable=True,
    profiles=PAPERS,
)


@dataclass(frozen=True, slots=True)
class Options:
    # the page arXiv links go to: "consistent" = the list's majority (a tie keeps either), "any" keeps either
    form: Literal["consistent", "abs", "pdf", "any"] = "consistent"
    keep_version: bool = True  # a pinned version (2306.05817v1) cites the text the list read: it stays
    # with form = "consistent": the share of the list's abs/pdf links one form needs to be the list's
    # form; below it (uzh-rpg's 184 pdf to 81 abs) both forms are used throughout, and neither is reported
    dominant_share: Annotated[float, Share()] = 0.8


def _checked(doc: Document) -> list[Link]:
    return [link for link in doc.links if link.kind != "image" and link.context != "heading"]


def _pdf_label(link: Link) -> bool:
    return link.text.strip().strip("[]").strip().lower() == "pdf"


def majority_form(links: list[Link], share: float = 0.5) -> str:
    """The abs or pdf form more than ``share`` of the list's arXiv links use (at least ``share`` when
    it is above one half); "any" on a tie, below the share or with none."""
    counts: Counter[str] = Counter()
    for link in links:
        form = arxiv_form(link.url)
        if form in ("abs", "pdf") and not _pdf_label(link):
            counts[form] += 1
    ranked = [*counts.most_common(2), ("any", 0), ("any", 0)]
    if ranked[0][1] == ranked[1][1] or ranked[0][1] < share * sum(counts.values()):
        return "any"
    return ranked[0][0]


def check(doc: Document, options: Options) -> Iterator[Problem]:
    links = _checked(doc)
    chosen = majority_form(links, options.dominant_share) if options.form == "consistent" else options.form
    for link in links:
        # a link labelled "pdf" goes to the PDF: the list's form does not apply to it
        form = "any" if _pdf_label(link) else chosen
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
