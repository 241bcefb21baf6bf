"""A record's spelled-out venue read as the venue catalog's name, so that "Annual International ACM
SIGIR Conference on Research and Development in Information Retrieval" reads as SIGIR.

Everything comes from the catalog (``venues.toml``): the one-word names and aliases, and the full
names (``full`` without its parenthesised note and leading publisher words, three words or more, and
the ``names`` a record may use instead). A record's venue string names a known venue when it
contains a name as a word (any case) or a full name as the whole name, or when it is a full name of
any length and nothing else ("Nature Communications 14").
"""

from __future__ import annotations

import re
from functools import lru_cache

from awesomelint.papers.venues import Venue, catalog

_PUBLISHERS = frozenset({"ieee", "cvf", "acm", "usenix", "siam", "ifip", "rsj", "ras", "sigda", "sigplan", "sigsoft",
                         "the"})
MIN_FULL_WORDS = 3  # "Pattern Recognition", "Machine Learning": shorter full names are ordinary phrases


def _usable(venue: Venue) -> bool:
    return " " not in venue.name and not venue.word and venue.name != "ACM MM"


# one-word names from the venue catalog; names that are ordinary words are left out
ACRONYMS: tuple[str, ...] = tuple(v.name for v in catalog().venues if _usable(v))
ALIASES: dict[str, tuple[str, ...]] = {
    v.name: tuple(a for a in (*v.also, *(old for old, _ in v.former)) if " " not in a and "-" not in a)
    for v in catalog().venues if _usable(v)}
_KNOWN = {name.lower(): name for name in ACRONYMS}
for _canonical, _aliases in ALIASES.items():
    for _alias in _aliases:
        _KNOWN[_alias.lower()] = _canonical


def _fold(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.replace("&", " and ").casefold()))


def _phrases(venue: Venue) -> tuple[str, ...]:
    """The folded full names a record may write for ``venue``."""
    found = [_fold(name) for name in venue.names]
    found += [_fold(alias) for alias in venue.also if len(alias.split()) >= 2]
    if venue.kind != "preprint":
        words = _fold(re.sub(r"\([^)]*\)", " ", venue.full)).split()
        found.append(" ".join(words))
        while words and words[0] in _PUBLISHERS:
            words.pop(0)
        found.append(" ".join(words))
    return tuple(dict.fromkeys(p for p in found if p and (len(p.split()) >= MIN_FULL_WORDS or p in
                                                             map(_fold, (*venue.names, *venue.also)))))


@lru_cache(maxsize=1)
def whole_names() -> dict[str, str]:
    """Folded full name -> canonical name, for a text that is the full name and nothing else: a
    record's "Nature Communications" or "Pattern Recognition" (too ordinary to look for inside text)."""
    found: dict[str, str] = {}
    for venue in catalog().venues:
        for name in (venue.full, re.sub(r"\([^)]*\)", " ", venue.full), *venue.names):
            found.setdefault(_fold(name), venue.name)
    return found


@lru_cache(maxsize=1)
def full_names() -> dict[str, tuple[str, ...]]:
    """Canonical name -> the folded full names that name it, for every catalog venue that has one."""
    return {v.name: phrases for v in catalog().venues if (phrases := _phrases(v))}


def names_in(text: str) -> set[str]:
    """The known venues ``text`` names, canonical names (``arXiv`` included when it says so). A name
    inside a longer known full name is the longer one's: "Pattern Recognition" in "... Vision and
    Pattern Recognition", "ACL" in "North American Chapter of the ACL", "AAAI" and "Media" in
    "International AAAI Conference on Web and Social Media" (ICWSM)."""
    folded = _fold(text)
    whole = whole_names().get(" ".join(w for w in folded.split() if not w.isdigit()))
    if whole is not None:
        return {whole}
    spans = [(start, end, name) for name, phrases in full_names().items() for phrase in phrases
             for start, end in _names(phrase, folded)]
    spans = [(a, b, name) for a, b, name in spans
             if not any(c <= a and b <= d and (c, d) != (a, b) for c, d, _ in spans)]
    found = {name for *_, name in spans}
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", folded)]
    for start, end, word in words:
        if any(a <= start and end <= b for a, b, _ in spans):
            continue
        if word in _KNOWN and word != "mm":
            found.add(_KNOWN[word])
        elif word == "mm" and "acm" in folded.split():
            found.add("ACM MM")
        elif word == "nips":
            found.add("NeurIPS")
    return found


# words that may follow a full name without making it another venue's ("... Data Mining Workshops")
_AFTER_NAME = frozenset({"workshop", "workshops", "companion", "proceedings", "findings", "volume", "vol", "part"})


def _names(phrase: str, folded: str) -> list[tuple[int, int]]:
    """Where ``folded`` contains ``phrase`` as the whole name: "International Conference on Machine
    Learning and Applications" (ICMLA) or "... on Computer Vision Theory and Applications" (VISAPP) does
    not name ICML or ICCV. After the phrase may come nothing, a number, a known name or a word of
    ``_AFTER_NAME``; any other word goes on into a longer name."""
    found = []
    for match in re.finditer(rf"(?:^| ){re.escape(phrase)}(?= |$)", folded):
        rest = folded[match.end():].split()
        if not rest or rest[0].isdigit() or rest[0] in _KNOWN or rest[0] in _AFTER_NAME:
            found.append((match.start(), match.end()))
    return found


def short_name(texts: tuple[str, ...] | list[str]) -> str | None:
    """The name of the first text that names exactly one known, non-arXiv venue; a text that is
    itself a known acronym ("SIGIR", an alternate name) wins over one that spells the venue out."""
    bare = [t for t in texts if t.strip().lower() in _KNOWN and _KNOWN[t.strip().lower()] != "arXiv"]
    for text in [*bare, *texts]:
        names = names_in(text) - {"arXiv"}
        if len(names) == 1:
            return names.pop()
    return None
