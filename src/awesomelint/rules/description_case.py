"""A description starts with a capital letter, unless its first word is a name written in lower case
(``npm``), code, a link, a symbol (``@user``, ``/path``), a number or a script without case.
Doc: rules/AL127-description-case.md"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.awesome.grammar import SEPARATOR
from awesomelint.awesome.items import item_of, position
from awesomelint.awesome.toc import checked_entries
from awesomelint.document import Document, Entry
from awesomelint.finding import Problem, Severity
from awesomelint.memo import per_document
from awesomelint.options import Token
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL127", severity=Severity.WARNING,
    name="description-case",
    summary="Descriptions start with a capital letter.",
    aliases=("awesome-list-item",),
    profiles=STYLE,
    presets={"awesome-lint": {"names": False}},
)
# Names that are written in lower case on purpose. Words with a capital inside (iOS, macOS, jQuery,
# eBPF) pass anyway.
LOWERCASE_NAMES = ("npm", "npx", "pnpm", "pip", "pipx", "webpack", "esbuild", "curl", "wget", "jq",
                   "gcc", "zsh", "bash", "vim", "sed", "awk", "cron", "systemd", "rustc", "cargo",
                   "cd", "ls", "ssh", "scp", "sudo", "tmux", "grep", "rsync", "htop", "git")


@dataclass(frozen=True, slots=True)
class Options:
    # more first words that may stay lower case, e.g. ["lodash", "htmx"]
    allow: tuple[Annotated[str, Token()], ...] = ()
    # a first word the list writes as a name elsewhere (an entry's link text, a code span) is a name:
    # '[autojump](…) - cd command that learns'; false: awesome-lint's reading (preset)
    names: bool = True


def _has_case(char: str) -> bool:
    """Latin, Greek and Cyrillic: the scripts whose descriptions awesome-lint capitalises."""
    return unicodedata.name(char, "").startswith(("LATIN", "GREEK", "CYRILLIC"))


# ' - ' or a wrong separator that entry-separator reports ('–', ':', no-break spaces …): the casing is
# checked either way, so that one run shows every problem of the entry.
_SEPARATOR = re.compile(r"[ \t\u00a0]*[-\u2013\u2014:][ \t\u00a0]")
_SHORTCODE = re.compile(r":[a-z0-9_+-]+:")
_WORD = re.compile(r"[^\s\-;./']+")


@per_document
def _names(doc: Document) -> frozenset[str]:
    """Words the list writes as names: entries' link texts and code spans (`cd`, `esrun`)."""
    words: set[str] = set()
    for entry in doc.entries:
        for node in entry.inlines:
            if node.type in ("code", "link") and len(node.text.split()) <= 2:
                words.update(w for w in node.text.split() if w == w.lower())  # written in lower case
    return frozenset(words)


def check(doc: Document, options: Options) -> Iterator[Problem]:
    allowed = set(LOWERCASE_NAMES) | set(options.allow)
    if options.names:
        allowed |= _names(doc)
    for entry in checked_entries(doc):
        item = item_of(doc, entry)
        if item.main_link is None or not item.description:
            continue
        lead = item.nodes[0]
        own = SEPARATOR.match(entry.text, lead.end) if lead.type == "link" and lead.start < item.main_link.start \
            and lead.children != ("image",) else None
        if own is not None:
            # awesome-lint's main link (the first one before ' - ') lies inside the description that
            # follows the entry's own link and separator ('[App](…): Browse https://x - examples')
            if entry.text[own.end():own.end() + 1].isalpha():
                yield from _first_word(doc, entry, entry.text[own.end():], own.end(), lead.text, allowed)
            continue
        first = item.description[0]
        separator = _SEPARATOR.match(first.text) if first.type == "text" else None
        if separator is None:
            continue  # no separator at all: entry-separator reports it
        rest = first.text[separator.end():]
        if not rest.strip():
            if len(item.description) == 1:
                line, column = position(doc, entry, first.start)
                yield Problem(line, column, "the description after ' - ' is empty: describe the resource "
                              "or drop the ' - '")
            continue  # the description starts with code, a link, emphasis ...
        stripped = rest.lstrip()
        offset = first.start + separator.end() + (len(rest) - len(stripped))
        yield from _first_word(doc, entry, stripped, offset, item.main_link.text, allowed)


def _first_word(doc: Document, entry: Entry, text: str, offset: int, name: str,
                allowed: set[str]) -> Iterator[Problem]:
    """The description ``text`` (at ``offset`` in the entry) starts with a lower-case word that is not a name."""
    if _SHORTCODE.match(text) or text[0] in "/@#$~&%\"'(“‘«[*_`<":
        return  # an emoji shortcode (:package:), a symbol, code, a link, emphasis …
    m = _WORD.match(text)
    if m is None:
        return
    word = m.group().rstrip(",:;!?)")
    letters = re.sub(r"\W+", "", word)
    if not letters or any(c.isdigit() for c in letters) or not letters.islower():
        return
    if word in allowed or letters in allowed or not _has_case(letters[0]):
        return
    own_name = name.strip()
    if own_name and text.startswith(own_name) and not text[len(own_name):len(own_name) + 1].isalnum():
        return  # the entry's own name, as the list writes it: 'twig-lint is a lint tool'
    line, column = position(doc, entry, offset)
    yield Problem(line, column, f"the description starts with lower-case {word!r}: start it with a "
                  f"capital letter ({word[0].upper() + word[1:]!r}), or allow the word with the "
                  "option 'allow' if it is a name", line, column + len(word))
