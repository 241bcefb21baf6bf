"""The identifiers a paper entry's links carry: arXiv ids, DOIs, ACL Anthology ids, Semantic
Scholar ids, and the OpenReview/CVF/PMLR/NeurIPS pages that name a paper without a resolvable id.

``RESOLVABLE`` kinds can be looked up directly (batch endpoints take them); the others are listed
for the record and the entry is then resolved by its title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from awesomelint.papers.model import Paper, PaperLink
from awesomelint.papers.urls import doi, host, paper_id

RESOLVABLE = ("arxiv", "doi", "acl", "s2")
_ARXIV_MIRROR = re.compile(
    r"^https?://(?:www\.)?(?:huggingface\.co/papers|alphaxiv\.org/(?:abs|overview)|ar5iv\.(?:labs\.)?arxiv\.org/abs"
    r"|arxiv\.org/(?:abs|pdf|html))/(\d{4}\.\d{4,5})(?:v\d+)?(?:\.pdf)?/?(?:[?#].*)?$", re.IGNORECASE)
_ACL = re.compile(r"^/(?:anthology/)?(\d{4}\.[a-z\d-]+\.\d+|[A-Z]\d{2}-\d{4})(?:\.pdf)?/?$")
_S2 = re.compile(r"^/paper/(?:[^/]+/)?([0-9a-f]{40})/?$")
_CVF = re.compile(r"^/content(?:_|/)?([A-Za-z]+)_?(\d{4})(?:_\w+)?/(?:html|papers)/(?:[^/]+/)?"
                  r"([^/]+?)_paper\.(?:html|pdf)$", re.IGNORECASE)
_PMLR = re.compile(r"^/(v\d+)/([\w-]+?)(?:/\1-\2)?\.(?:html|pdf)$")
_NEURIPS = re.compile(r"^/paper(?:_files/paper)?/(\d{4})/(?:hash|file)/([0-9a-f]{32})", re.IGNORECASE)
_PAPER_KINDS = ("paper", "title")


@dataclass(frozen=True, slots=True)
class Identifier:
    kind: str  # arxiv, doi, acl, s2, openreview, cvf, pmlr, neurips
    value: str
    link: PaperLink

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.value}"

    @property
    def resolvable(self) -> bool:
        return self.kind in RESOLVABLE


def identifier(url: str) -> tuple[str, str] | None:
    """(kind, value) of the paper a URL names, or None."""
    key = paper_id(url)
    if key.startswith("arxiv:"):
        return "arxiv", key[6:]
    mirror = _ARXIV_MIRROR.match(url.strip())
    if mirror:
        return "arxiv", mirror.group(1)
    found = doi(url)
    if found:
        return "doi", found
    name = host(url)
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    path = parts.path
    if name in ("aclanthology.org", "aclweb.org") and (m := _ACL.match(path.replace("/anthology/", "/"))):
        return "acl", m.group(1)
    if name == "semanticscholar.org" and (m := _S2.match(path)):
        return "s2", m.group(1)
    if name == "openreview.net" and path.rstrip("/") in ("/forum", "/pdf"):
        ident = parse_qs(parts.query).get("id", [""])[0]
        return ("openreview", ident) if ident else None
    if name == "openaccess.thecvf.com" and (m := _CVF.match(path)):
        return "cvf", f"{m.group(1).upper()}{m.group(2)}/{m.group(3)}"
    if name == "proceedings.mlr.press" and (m := _PMLR.match(path)):
        return "pmlr", f"{m.group(1)}/{m.group(2)}"
    if name in ("proceedings.neurips.cc", "papers.nips.cc") and (m := _NEURIPS.match(path)):
        return "neurips", f"{m.group(1)}/{m.group(2).lower()}"
    return None


def identifiers(paper: Paper) -> list[Identifier]:
    """Every identifier of the entry, strongest first: the paper link's before other links', and
    resolvable kinds (in ``RESOLVABLE`` order) before the rest. Code links never count."""
    found: list[Identifier] = []
    seen: set[str] = set()
    for link in paper.links:
        if link.kind == "code":
            continue
        got = identifier(link.url)
        if got and f"{got[0]}:{got[1]}" not in seen:
            seen.add(f"{got[0]}:{got[1]}")
            found.append(Identifier(got[0], got[1], link))
    order = {kind: i for i, kind in enumerate((*RESOLVABLE, "openreview", "cvf", "pmlr", "neurips"))}
    return sorted(found, key=lambda i: (i.link.kind not in _PAPER_KINDS, order[i.kind]))


def paper_link_identifier(paper: Paper) -> Identifier | None:
    """The resolvable identifier of the entry's own paper link (``[paper]`` label or linked title)."""
    return next((i for i in identifiers(paper) if i.resolvable and i.link.kind in _PAPER_KINDS), None)


# the link kinds that name the paper itself (not its code, slides or project page)
PAPER_KINDS = ("paper", "link", "title")


def paper_keys(paper: Paper) -> list[tuple[str, str]]:
    """(key, url) of each link naming the paper itself: paper, generic and title links."""
    return [(paper_id(link.url), link.url) for link in paper.links
            if link.kind in PAPER_KINDS and link.url.lower().startswith(("http://", "https://", "doi:"))]
