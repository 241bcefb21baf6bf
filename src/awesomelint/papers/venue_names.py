"""Full names of the venues in the papers venue table, so that a record's "Annual International ACM
SIGIR Conference on Research and Development in Information Retrieval" reads as SIGIR.

A record's venue string names a known venue when it contains the acronym as a word (any case) or
one of its full-name phrases; ``short_name`` gives that acronym.
"""

from __future__ import annotations

import re

from awesomelint.papers.venues import catalog

# one-word names from the venue catalog (venues.toml); names that are ordinary words are left out
ACRONYMS: tuple[str, ...] = tuple(v.name for v in catalog().venues
                                  if " " not in v.name and not v.word and v.name != "ACM MM")
ALIASES: dict[str, tuple[str, ...]] = {
    v.name: tuple(a for a in (*v.also, *(old for old, _ in v.former)) if " " not in a and "-" not in a)
    for v in catalog().venues if " " not in v.name and not v.word and v.name != "ACM MM"}

FULL_NAMES: dict[str, tuple[str, ...]] = {
    "NeurIPS": ("neural information processing systems",),
    "ICLR": ("international conference on learning representations",),
    "ICML": ("international conference on machine learning",),
    "KDD": ("knowledge discovery and data mining",),
    "WWW": ("the web conference", "world wide web conference", "proceedings of the acm web conference"),
    "SIGIR": ("research and development in information retrieval",),
    "CIKM": ("information and knowledge management",),
    "WSDM": ("web search and data mining",),
    "RecSys": ("conference on recommender systems",),
    "AAAI": ("aaai conference on artificial intelligence",),
    "IJCAI": ("international joint conference on artificial intelligence",),
    "ACL": ("annual meeting of the association for computational linguistics",),
    "EMNLP": ("empirical methods in natural language processing",),
    "NAACL": ("north american chapter of the association for computational linguistics",),
    "CVPR": ("computer vision and pattern recognition",),
    "ICCV": ("international conference on computer vision",),
    "ECCV": ("european conference on computer vision",),
    "TKDE": ("transactions on knowledge and data engineering",),
    "TOIS": ("transactions on information systems",),
    "TPAMI": ("transactions on pattern analysis and machine intelligence",),
    "TNNLS": ("transactions on neural networks and learning systems",),
    "JMLR": ("journal of machine learning research",),
    "TACL": ("transactions of the association for computational linguistics",),
    "ICDE": ("international conference on data engineering",),
    "ICDM": ("ieee international conference on data mining",),
    "SDM": ("siam international conference on data mining",),
    "MM": ("acm multimedia", "acm international conference on multimedia"),
}
_KNOWN = {name.lower(): name for name in (*ACRONYMS, *ALIASES, *FULL_NAMES)}
for _canonical, _aliases in ALIASES.items():
    for _alias in _aliases:
        _KNOWN[_alias.lower()] = _canonical


def names_in(text: str) -> set[str]:
    """The known venues ``text`` names, canonical acronyms (``arXiv`` included when it says so)."""
    folded = " ".join(re.findall(r"[a-z0-9]+", text.replace("&", " and ").casefold()))
    found = {_KNOWN[w] for w in folded.split() if w in _KNOWN and (w != "mm" or "acm" in folded)}
    found |= {name for name, phrases in FULL_NAMES.items() if any(_names(p, folded) for p in phrases)}
    if "nips" in folded.split():
        found.add("NeurIPS")
    return found


# words that may follow a full name without making it another venue's ("... Data Mining Workshops")
_AFTER_NAME = frozenset({"workshop", "workshops", "companion", "proceedings", "findings", "volume", "vol", "part"})


def _names(phrase: str, folded: str) -> bool:
    """Whether ``folded`` contains ``phrase`` as the whole name: "International Conference on Machine
    Learning and Applications" (ICMLA) or "... on Computer Vision Theory and Applications" (VISAPP) does
    not name ICML or ICCV. After the phrase may come nothing, a number, a known acronym or a word of
    ``_AFTER_NAME``; any other word goes on into a longer name."""
    for match in re.finditer(rf"(?:^| ){re.escape(phrase)}(?= |$)", folded):
        rest = folded[match.end():].split()
        if not rest or rest[0].isdigit() or rest[0] in _KNOWN or rest[0] in _AFTER_NAME:
            return True
    return False


def short_name(texts: tuple[str, ...] | list[str]) -> str | None:
    """The acronym of the first text that names exactly one known, non-arXiv venue; a text that is
    itself a known acronym ("SIGIR", an alternate name) wins over one that spells the venue out."""
    bare = [t for t in texts if t.strip().lower() in _KNOWN and _KNOWN[t.strip().lower()] != "arXiv"]
    for text in [*bare, *texts]:
        names = names_in(text) - {"arXiv"}
        if len(names) == 1:
            return names.pop()
    return None
