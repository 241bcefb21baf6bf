"""The main heading is in title case: ``# Awesome Node.js``, not ``# awesome-nodejs``.
Doc: rules/AL121-heading-title-case.md"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from awesomelint.document import Document, Heading
from awesomelint.finding import Problem, Severity
from awesomelint.profiles import SUBMISSION
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL121", severity=Severity.WARNING,
    name="heading-title-case",
    summary="The main heading is in title case.",
    aliases=("awesome-heading",),
    profiles=SUBMISSION,
    presets={"awesome-lint": {"main_only": False}},
)
SMALL_WORDS = frozenset((
    "a", "an", "and", "as", "at", "but", "by", "en", "for", "from", "if", "in", "into", "nor", "of", "on", "or",
    "over", "per", "the", "to", "v", "vs", "via", "with",
))
# Inline markup whose text title case does not apply to: links, images, code, HTML.
_IMAGE = re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])")
_SKIP = re.compile(r"\[(?:[^\]\\]|\\.)*\](?:\([^)]*\)|\[[^\]]*\])|`[^`]*`|<[^>]+>")


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group())


def _offenders(raw: str) -> list[tuple[int, str]]:
    """(offset, word) of each word that title case would capitalise."""
    masked = _SKIP.sub(_blank, _IMAGE.sub(_blank, raw))  # images first, then the links around them
    found = []
    for index, m in enumerate(re.finditer(r"\S+", masked)):
        word = m.group().strip("\"'“”‘’()[]{}*_~.,:;!?")
        if not word or not word[0].isalpha() or not word[0].islower():
            continue
        if any(c.isupper() for c in word):  # iOS, macOS, jQuery
            continue
        if index > 0 and word.lower() in SMALL_WORDS:
            continue
        found.append((m.start() + m.group().find(word), word))
    return found


def _examined(doc: Document) -> list[Heading]:
    first = doc.blocks[0] if doc.blocks else None
    heads = [h for h in doc.headings if h.level == 1]
    if first is not None and first.type == "heading" and doc.headings and doc.headings[0] not in heads:
        heads.insert(0, doc.headings[0])
    return heads


@dataclass(frozen=True, slots=True)
class Options:
    # main_only: the main heading only (level-1 part headings are not the title), and a word the list
    # writes in lower case as a name (esbuild, npm: an entry's link text or code) stays; false: awesome-lint
    main_only: bool = True


def _lower_names(doc: Document) -> frozenset[str]:
    return frozenset(w for e in doc.entries for n in e.inlines if n.type in ("code", "link")
                     for w in n.text.split() if w == w.lower())


def check(doc: Document, options: Options) -> Iterator[Problem]:
    examined = _examined(doc)[:1] if options.main_only else _examined(doc)
    names = _lower_names(doc) if options.main_only else frozenset()
    for heading in examined:
        offenders = [(o, w) for o, w in _offenders(heading.raw) if w not in names]
        if not offenders:
            continue
        offset, word = offenders[0]
        line, column = _position(doc, heading, offset)
        words = ", ".join(repr(w) for _, w in offenders)
        yield Problem(line, column,
                      f"the main heading is not in title case: capitalise {words} "
                      "(e.g. '# Awesome Node.js', not '# awesome-nodejs')", line, column + len(word))


def _position(doc: Document, heading: Heading, offset: int) -> tuple[int, int]:
    """(line, column) of ``offset`` in the heading's text, which spans lines in a setext heading."""
    before = heading.raw[:offset]
    if "\n" not in before:
        return heading.line, (heading.text_column if heading.style == "atx" else heading.column) + offset
    line = heading.line + before.count("\n")
    start = before.rfind("\n") + 1
    piece = heading.raw[start:].split("\n", 1)[0]
    base = max(doc.line_text(line).find(piece.strip()), 0)
    return line, base + 1 + (offset - start) - (len(piece) - len(piece.lstrip()))
