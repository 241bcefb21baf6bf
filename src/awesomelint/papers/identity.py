"""When two entries are the same paper: the same arXiv id (any URL form), DOI or paper link under the
same title, or the same title folded for comparison (four words or more). Shared by the duplicate and
consistency rules, so that they agree on what one paper is."""

from __future__ import annotations

import re

from awesomelint.papers.identifiers import paper_keys
from awesomelint.papers.model import Paper
from awesomelint.papers.rulekit import fold_title

MIN_TITLE_WORDS = 4  # shorter titles ("Netflix", "Yelp") are names, not enough to call two entries one
_VARIANT = re.compile(r"[+#]+")  # "ViViD" and "ViViD++" are two datasets: the folded title drops the marks


def identity_keys(paper: Paper) -> list[tuple[str, str]]:
    """(key, why) for each thing that names the paper: its links' ids, then its folded title."""
    keys = [(key, "the same " + ("arXiv id " + key[6:] if key.startswith("arxiv:") else
                                 "DOI " + key[4:] if key.startswith("doi:") else "link"))
            for key, _ in paper_keys(paper)]
    if paper.title is not None and len(fold_title(paper.title.text).split()) >= MIN_TITLE_WORDS:
        keys.append(("title:" + fold_title(paper.title.text), "the same title"))
    return keys


def same_paper(first: Paper, later: Paper, key: str) -> bool:
    """Whether a shared ``key`` makes two entries one paper: a title key always, a link only under the
    same title (one link under two titles is a copy-paste slip, not one paper); titles that differ in
    ``+`` or ``#`` marks only name two works."""
    if first.title is None or later.title is None:
        return False
    if _VARIANT.findall(first.title.text) != _VARIANT.findall(later.title.text):
        return False
    return key.startswith("title:") or fold_title(first.title.text) == fold_title(later.title.text)
