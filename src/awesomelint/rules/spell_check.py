"""Well-known names are spelled the canonical way: ``Node.js`` not ``nodejs``, ``GitHub`` not
``Github``, ``macOS`` not ``OSX``. Code, URLs, HTML and identifiers (``awesome-docker``, ``@github``,
``github/docs``) are left alone. Doc: rules/AL134-spell-check.md"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Annotated

from awesomelint.awesome.prose import prose_lines, segments
from awesomelint.awesome.spelling import RULES
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.memo import per_document
from awesomelint.options import NonBlank
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL134",
    name="spell-check",
    summary="Well-known names are spelled the canonical way.",
    severity=Severity.WARNING,
    aliases=("awesome-spell-check",),
    profiles=STYLE,
    presets={"awesome-lint": {"list_style": False}},
)
# A match touching one of these is part of an identifier or path, not the name: awesome-docker,
# node.js-based, awesome_package, @github, #github, github/docs.
LEFT_JOINERS = frozenset("-_.@#\\")
RIGHT_JOINERS = frozenset("-_./\\")
# Spellings the projects use themselves, though awesome-lint's list wants another.
# "blockchain" is an ordinary noun, not a product.
ALSO_RIGHT = {"Webpack": frozenset({"webpack"}), "Blockchain": frozenset({"blockchain"})}


@dataclass(frozen=True, slots=True)
class Options:
    # spellings that are fine in this list, exactly as written, e.g. ["Github"]
    allow: tuple[Annotated[str, NonBlank()], ...] = ()
    # a lower-case spelling the list uses as a link's whole text ([pytorch](…)) is its style for the
    # name, not a misspelling; false: awesome-lint's reading (preset)
    list_style: bool = True


def _source(pattern: str) -> str:
    return rf"\b{re.escape(pattern)}\b" if pattern.isalnum() else pattern


@cache
def _compiled(index: int) -> tuple[str, tuple[re.Pattern[str], ...]]:
    """Rule ``index``'s canonical spelling and patterns, compiled the first time a text could match it."""
    value, patterns = RULES[index]
    return value, tuple(re.compile(_source(p), re.IGNORECASE | re.ASCII) for p in patterns)


def _needle(source: str) -> str:
    """The longest literal text every match of the pattern contains, in lower case ("" if none)."""
    import re._parser as sre  # type: ignore[import-not-found]  # the stdlib reads the pattern: no guessing

    try:
        items = list(sre.parse(source, re.IGNORECASE | re.ASCII))
    except re.error:
        return ""
    runs, run = [""], ""  # the items in turn are all required; alternatives, repeats, classes end a run
    while items:
        op, value = items.pop(0)
        if op is sre.SUBPATTERN:
            items[:0] = list(value[3])  # a group's items are required in turn too
        elif op is sre.LITERAL:
            run += chr(value)
        else:
            runs.append(run)
            run = ""
    return max([*runs, run], key=len).lower()


@lru_cache(maxsize=1)
def _needles() -> tuple[tuple[str, int], ...]:
    """(literal, rule index) for each pattern: a rule none of whose literals is in a text (lower-cased)
    cannot match it, so most rules are never tried (one substring test per pattern)."""
    return tuple((p.lower() if p.isalnum() else _needle(_source(p)), index)  # a word is its own literal
                 for index, (_, patterns) in enumerate(RULES) for p in patterns)


def _joined(text: str, start: int, end: int) -> bool:
    """Part of an identifier or path: awesome-docker, node.js-based, awesome_package, @github, #github,
    github/docs (an owner). 'MySQL/Postgres' still counts, and a sentence's final period does not join."""
    before, after = text[start - 1:start], text[end:end + 1]
    if after == "." and not text[end + 1:end + 2].isalnum():
        after = ""
    inside = before.isalpha() or after.isalpha()  # OSX in OSXCollector: a longer name
    return before in LEFT_JOINERS or after in RIGHT_JOINERS or inside


def _false_friend(value: str, text: str, start: int, word: str) -> bool:
    """Known false positives: 'Agroforestry Net 2' is a name, not .NET (awesome-lint #218)."""
    if value == ".NET" and word == "Net":
        previous = text[:start].split()
        return bool(previous) and previous[-1][:1].isupper()
    return False


def misspellings(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, as written, canonical) for each rule's first wrong spelling in ``text``."""
    lowered = text.lower()
    candidates = sorted({index for needle, index in _needles() if needle in lowered})
    for value, patterns in (_compiled(i) for i in candidates):
        for pattern in patterns:
            hit = None
            for m in pattern.finditer(text):
                group = "w" if "w" in pattern.groupindex else 0
                start, end = m.span(group)
                word = m.group(group)
                if word == value or word in ALSO_RIGHT.get(value, ()):
                    continue
                if _joined(text, start, end):
                    continue
                if _false_friend(value, text, start, word):
                    continue
                hit = (start, word, value)
                break
            if hit:
                yield hit
                break


@per_document
def _lower_labels(doc: Document) -> frozenset[str]:
    """Names the list itself writes in lower case as a link's whole text: [[pytorch](…)], [git](…)."""
    return frozenset(link.text.strip() for link in doc.links
                     if link.text.strip() and link.text.strip() == link.text.strip().lower())


def check(doc: Document, options: Options) -> Iterator[Problem]:
    allowed = set(options.allow)
    if options.list_style:
        allowed |= _lower_labels(doc)
    for number, masked in prose_lines(doc):
        found = []
        for offset, segment in segments(masked):
            found += [(offset + start, word, value) for start, word, value in misspellings(segment)
                      if word not in allowed]
        for column, word, value in sorted(found):
            yield Problem(number, column + 1, f"{word!r} is written {value!r} (if it means the technology)",
                          number, column + 1 + len(word))
