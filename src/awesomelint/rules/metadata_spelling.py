"""A metadata tag is spelt the way the list spells it elsewhere: one `[Mit]` among 300 `[MIT]`, one
`mit` among `` `MIT` `` is a slip; a list that writes a tag two ways about as often has no convention.

Doc: rules/AL164-metadata-spelling.md
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from awesomelint.awesome.grammar import Grammar, grammar_of
from awesomelint.awesome.items import position
from awesomelint.awesome.toc import checked_entries
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.dominant import COMMON, SEVERAL
from awesomelint.markup.markdown import replace
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL164", name="metadata-spelling", severity=Severity.WARNING, fixable=True,
                summary="Metadata tags are spelt as the list spells them.",
                profiles=frozenset({"awesome", "awesome-style", "plain"}))

# a tag: [MIT], [MIT][200], `GPL-3.0`, **[Deprecated]**; its inner word(s) must hold a letter
_TAG = re.compile(r"(?P<open>\*{0,2}\[|`)(?P<inner>[^\[\]`\n]{1,30}?)(?P<close>\]|`)")


@dataclass(frozen=True, slots=True)
class _Tag:
    line: int
    column: int
    open: str
    inner: str
    close: str

    @property
    def key(self) -> tuple[str, str]:
        return self.open.lstrip("*"), self.inner.lower()


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    tags = [tag for entry in checked_entries(doc) for tag in _tags(doc, grammar_of(doc, entry))]
    spellings: dict[tuple[str, str], Counter[str]] = {}
    for tag in tags:
        spellings.setdefault(tag.key, Counter())[tag.inner] += 1
    for tag in tags:
        counts = spellings[tag.key]
        total = sum(counts.values())
        usual = max(counts, key=lambda s: counts[s])
        common = counts[tag.inner] >= SEVERAL and counts[tag.inner] >= COMMON * total
        if tag.inner == usual or counts[usual] < SEVERAL or common:
            continue  # the usual spelling, no convention yet, or a second spelling the list uses often
        shown, want = (f"{tag.open.lstrip('*')}{s}{tag.close}" for s in (tag.inner, usual))
        yield Problem(tag.line, tag.column + len(tag.open), f"metadata {shown!r} is spelt {want!r} in the rest of "
                      f"the list ({counts[usual]} of {total} entries): write {want!r}",
                      tag.line, tag.column + len(tag.open) + len(tag.inner),
                      fix=replace(tag.line, tag.column + len(tag.open), tag.column + len(tag.open) + len(tag.inner),
                                  usual, f"write {usual!r}"))


def _tags(doc: Document, grammar: Grammar | None) -> Iterator[_Tag]:
    """The entry's trailing metadata tags with their positions (links and numbers are not tags)."""
    if grammar is None or not grammar.metadata:
        return
    entry = grammar.entry
    text = entry.text
    for m in _TAG.finditer(text, grammar.description_end):
        inner = m.group("inner")
        if text[m.end():m.end() + 1] == "(" or not any(c.isalpha() for c in inner) or inner != inner.strip():
            continue  # a link's label, a rating or a number, or spacing that another rule owns
        line, column = position(doc, entry, m.start())
        yield _Tag(line, column, m.group("open"), inner, m.group("close"))
