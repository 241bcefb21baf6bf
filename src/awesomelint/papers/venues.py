"""Venue knowledge, read from ``venues.toml`` (data, shipped in the wheel): the canonical spelling
of each venue, accepted aliases, former names with the year of the change (``NIPS`` → ``NeurIPS``
from 2018), known typos, and workshop/findings/track forms.

``Catalog.mentions`` finds the venues named in a venue string and says, for each, whether it is
written in an accepted spelling, in the wrong letter case, as a known typo or one edit away from a
known name, or under a former name.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Literal

Status = Literal["ok", "alias", "case", "typo", "near", "former", "workshop"]
_PHRASE = re.compile(r"[\w&*'’\-]+(?:[ \t]+[\w&*'’\-]+)*")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&*'’\-]*[A-Za-z0-9&*]|[A-Za-z0-9]")
_SPACE = re.compile(r"\s")
_JOINED = re.compile(r"[-'’]")
_PARTS = re.compile(r"[^-'’]+")
CACHE_LIMIT = 50_000  # answers kept per catalog (a long library session stays bounded)
MAX_PHRASE = 12  # words in the longest venue name looked up ("Nature Machine Intelligence")
MIN_NEAR = 5  # shortest written name compared by edit distance (ICMLA, ESWC, IJCB are venues of their own)
MIN_NEAR_TARGET = 6  # shortest known name a misspelling is matched to


@dataclass(frozen=True, slots=True)
class Venue:
    name: str
    full: str
    field: str
    kind: str
    also: tuple[str, ...] = ()
    former: tuple[tuple[str, int], ...] = ()  # (old name, year the current name took over)
    typos: tuple[str, ...] = ()
    workshop: bool = False
    word: bool = False  # an ordinary word too ("Nature", "FAST"): letter case not checked
    names: tuple[str, ...] = ()  # other full names as records spell them ("Neural Information Processing Systems")


@dataclass(frozen=True, slots=True)
class Mention:
    """A venue named in a string: ``text[start:end]`` is ``written``, meaning ``venue``."""

    start: int
    end: int
    written: str
    venue: Venue
    status: Status
    renamed: int | None = None  # for status "former": the year the current name took over
    meant: str = ""  # for status "near": the known spelling it is one edit from

    @property
    def target(self) -> str:
        """The spelling to write instead: the venue's name, or the alias a misspelling is close to."""
        return self.meant or self.venue.name


def _fold(text: str) -> str:
    return text.casefold().replace("’", "'")


class Catalog:
    def __init__(self, venues: Sequence[Venue], qualifiers: Sequence[str],
                 extra: Mapping[str, Sequence[str]] | None = None) -> None:
        self.venues = tuple(venues)
        self.qualifiers = frozenset(q.casefold() for q in qualifiers)
        self._exact: dict[str, tuple[Venue, Status, int | None]] = {}
        self._folded: dict[str, tuple[Venue, Status, int | None]] = {}
        # answers by the text asked about: a list repeats its venue strings, and the catalog never
        # changes once built (near() compares against every spelling, mentions() tries every phrase)
        self._near: dict[str, tuple[Venue, str] | None] = {}
        self._mentions: dict[str, tuple[Mention, ...]] = {}
        extra = extra or {}
        by_name = {v.name: v for v in self.venues}
        for venue in self.venues:
            self._add(venue.name, venue, "ok")
            self._add(venue.full, venue, "alias")
            for alias in (*venue.also, *extra.get(venue.name, ())):
                self._add(alias, venue, "alias")
            for old, year in venue.former:
                self._add(old, venue, "former", year)
            for typo in venue.typos:
                self._folded.setdefault(_fold(typo), (venue, "typo", None))
        for name, aliases in extra.items():
            if name not in by_name:
                venue = Venue(name, name, "other", "other", tuple(aliases))
                self._add(name, venue, "ok")
                for alias in aliases:
                    self._add(alias, venue, "alias")
        # first words of the known names: a phrase of several words is looked up only when its first
        # word starts a name, so _find does not try 12 phrase lengths at every word of a string
        self._heads = frozenset(key.split(None, 1)[0] for key in self._folded if key.split())
        # near(): the spellings a misspelling may be one edit from, by folded length
        self._by_length: dict[int, list[tuple[str, str, Venue]]] = {}
        for spelling, (venue, status, _) in self._exact.items():
            if status in ("ok", "alias") and len(spelling) >= MIN_NEAR_TARGET and " " not in spelling \
                    and not venue.word:
                folded = _fold(spelling)
                self._by_length.setdefault(len(folded), []).append((folded, spelling, venue))

    def _add(self, spelling: str, venue: Venue, status: Status, year: int | None = None) -> None:
        self._exact.setdefault(spelling, (venue, status, year))
        self._folded.setdefault(_fold(spelling), (venue, status, year))

    def spellings(self) -> frozenset[str]:
        return frozenset(self._folded)

    def get(self, name: str) -> Venue | None:
        found = self._exact.get(name) or self._folded.get(_fold(name))
        return found[0] if found else None

    def lookup(self, word: str) -> str | None:
        """The canonical name of a venue written in any spelling, or None."""
        found = self.get(word)
        return found.name if found else None

    def read(self, written: str) -> tuple[Venue, Status, int | None] | None:
        """What one written name means, without edit distance."""
        if written in self._exact:
            return self._exact[written]
        folded = self._folded.get(_fold(written))
        if folded is not None:
            venue, status, year = folded
            if status in ("ok", "alias") and len(written) < 4 and written.istitle():
                return None  # "Vis", "Tai": an abbreviation or a name, not the acronym VIS or TAI
            if status in ("ok", "alias") and venue.word:
                return venue, "ok", None
            return venue, ("typo" if status == "typo" else "former" if status == "former" else "case"), year
        if written.endswith("W") and len(written) > 2:  # CVPRW, ICCVW
            base = self._exact.get(written[:-1])
            if base is not None and base[0].workshop:
                return base[0], "workshop", None
        return None

    def near(self, written: str) -> tuple[Venue, str] | None:
        """The one venue (and its spelling) one edit (a transposition counts as one) from ``written``."""
        if written not in self._near:
            if len(self._near) > CACHE_LIMIT:
                self._near.clear()
            self._near[written] = self._nearest(written)
        return self._near[written]

    def _nearest(self, written: str) -> tuple[Venue, str] | None:
        if len(written) < MIN_NEAR or _fold(written) in self.qualifiers or not re.search(r"[A-Z]", written[1:]):
            return None
        folded = _fold(written)
        found = {venue.name: (venue, spelling) for size in (len(folded) - 1, len(folded), len(folded) + 1)
                 for known, spelling, venue in self._by_length.get(size, ()) if _one_edit(folded, known)}
        return next(iter(found.values())) if len(found) == 1 else None

    def mentions(self, text: str) -> list[Mention]:
        """Venues named in a venue string, longest names first, left to right."""
        if text not in self._mentions:
            if len(self._mentions) > CACHE_LIMIT:
                self._mentions.clear()
            self._mentions[text] = tuple(self._find(text))
        return list(self._mentions[text])

    def _find(self, text: str) -> list[Mention]:
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
        found: list[Mention] = []
        index = 0
        while index < len(tokens):
            longest = min(MAX_PHRASE, len(tokens) - index)
            space = _SPACE.search(text, tokens[index][0])
            gap = space.start() if space else len(text)  # a phrase reaching past it has this first word
            if _fold(text[tokens[index][0] : gap]) not in self._heads:
                longest = next((size for size in range(longest, 1, -1) if tokens[index + size - 1][1] <= gap), 1)
            for size in range(longest, 0, -1):
                start, end = tokens[index][0], tokens[index + size - 1][1]
                written = text[start:end].rstrip("'’")
                end = start + len(written)
                if size > 1 and not _PHRASE.fullmatch(written):
                    continue
                read = self.read(written)
                meant = ""
                if read is None and size == 1 and _JOINED.search(written):  # "2019-ICML", "ICCV'19"
                    parts = [(m.start() + start, m.end() + start) for m in _PARTS.finditer(written)]
                    tokens[index : index + 1] = parts
                    if len(parts) > 1:
                        break
                if read is None and size == 1:
                    near = self.near(written)
                    if near is not None:
                        read, meant = (near[0], "near", None), near[1]
                if read is not None:
                    found.append(Mention(start, end, written, read[0], read[1], read[2], meant))
                    index += size
                    break
            else:
                index += 1
        return found


def _one_edit(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[Venue, ...], tuple[str, ...]]:
    raw = tomllib.loads(files("awesomelint.papers").joinpath("venues.toml").read_text(encoding="utf-8"))
    venues = tuple(
        Venue(v["name"], v["full"], v["field"], v["kind"], tuple(v.get("also", ())),
              tuple((f["name"], int(f["renamed"])) for f in v.get("former", ())), tuple(v.get("typos", ())),
              bool(v.get("workshop", False)), bool(v.get("word", False)), tuple(v.get("names", ())))
        for v in raw["venue"])
    return venues, tuple(raw["forms"]["qualifiers"])


def catalog(extra: Mapping[str, Sequence[str]] | None = None) -> Catalog:
    """The shipped catalog, with a config's extra spellings (canonical -> spellings) added."""
    venues, qualifiers = _data()
    if not extra:
        return _default()
    return Catalog(venues, qualifiers, {k: tuple(v) for k, v in extra.items()})


@lru_cache(maxsize=1)
def _default() -> Catalog:
    venues, qualifiers = _data()
    return Catalog(venues, qualifiers)


def venue_names() -> frozenset[str]:
    """Every spelling the catalog knows, case folded: what makes a cell or a bracket a venue."""
    return _default().spellings()
