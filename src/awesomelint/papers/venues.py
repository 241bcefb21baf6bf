"""The venue alias table: which written names mean the same venue, and which spellings are wrong.

``arXiv ≡ arxiv ≡ Arxiv ≡ ArXiv ≡ CoRR``, ``RecSys ≡ Recsys``, ``NeurIPS ≡ NIPS`` (the old name is
right for papers before 2018), ``WWW ≡ TheWebConf``; acronyms of common venues in any letter case.
A list may pick any spelling of a venue (its dominant one wins) except for strict venues, whose
official spelling is the only right one (``Recsys`` is always a misspelling).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

ALIASES: dict[str, tuple[str, ...]] = {
    "arXiv": ("CoRR",),
    "RecSys": (),
    "NeurIPS": ("NIPS",),
    "WWW": ("TheWebConf", "WebConf"),
}
STRICT = ("RecSys", "NeurIPS")  # other spellings of these are wrong, however common in a list
ACRONYMS = (
    "SIGIR", "KDD", "CIKM", "WSDM", "AAAI", "IJCAI", "ICLR", "ICML", "ACL", "EMNLP", "NAACL", "EACL", "COLING",
    "CVPR", "ICCV", "ECCV", "ICDE", "ICDM", "SDM", "TKDE", "TOIS", "TKDD", "TPAMI", "TNNLS", "JMLR", "TACL",
    "ECIR", "AISTATS", "UAI", "ICASSP", "INTERSPEECH", "SIGMOD", "VLDB",
)
NEURIPS_SINCE = 2018
_WORD = re.compile(r"[A-Za-z][A-Za-z]*")


@dataclass(frozen=True, slots=True)
class Table:
    canonical: Mapping[str, str]  # lower-case spelling -> canonical name
    strict: frozenset[str]  # canonical names whose other spellings are always wrong

    def lookup(self, word: str) -> str | None:
        return self.canonical.get(word.lower())

    def fine(self, canonical: str, written: str) -> bool:
        """A spelling that may be the list's choice: any alias, unless the venue is strict."""
        return written == canonical or canonical not in self.strict


def table(extra: Mapping[str, Sequence[str]], strict: Sequence[str] = STRICT) -> Table:
    names: dict[str, str] = {}
    for canonical in ACRONYMS:
        names[canonical.lower()] = canonical
    for canonical, aliases in [*ALIASES.items(), *extra.items()]:
        names[canonical.lower()] = canonical
        for alias in aliases:
            names[alias.lower()] = canonical
    return Table(names, frozenset(strict))


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each alphabetic word of a venue string: ``PGAI@CIKM`` has two."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
