"""How an awesome-list entry reads: its inline nodes with offsets, its main link and its description.

The parser keeps each list item's top-level inline nodes (``Entry.inlines``, one inline pass for the
whole document); ``item_of`` adds awesome-lint's main link: the first link followed by `` - ``, else
the first link. ``position`` maps an offset in ``Entry.text`` back to the source.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import mistune
from mistune.util import unikey

from awesomelint.document import Document, Entry, Inline
from awesomelint.memo import per_document
from awesomelint.parse.inline import create_positioned_markdown, positioned_nodes

Token = dict[str, Any]
Node = Inline  # the name the entry rules use


@dataclass(frozen=True, slots=True)
class Item:
    entry: Entry
    nodes: tuple[Node, ...]
    main: int | None  # index of the main link in nodes

    @property
    def main_link(self) -> Node | None:
        return None if self.main is None else self.nodes[self.main]

    @property
    def description(self) -> tuple[Node, ...]:
        return () if self.main is None else self.nodes[self.main + 1:]

    @property
    def description_text(self) -> str:
        return "".join(n.text for n in self.description)

    @property
    def description_source(self) -> str:
        """The description as written: the source after the main link."""
        main = self.main_link
        return "" if main is None else self.entry.text[main.end:]


@lru_cache(maxsize=4)
def _markdown() -> mistune.Markdown:
    return create_positioned_markdown()


def item_of(doc: Document, entry: Entry) -> Item:
    """The entry's top-level inline nodes and its awesome-lint main link."""
    nodes = _items(doc).get((entry.line, entry.column))
    if nodes is None:
        nodes = _nodes(entry.text, _references(doc))
    return Item(entry, nodes, _main_index(nodes))


@per_document
def _items(doc: Document) -> dict[tuple[int, int], tuple[Node, ...]]:
    """Every entry's nodes, parsed once per document: several rules read the same entries."""
    references = _references(doc)
    return {(e.line, e.column): e.inlines if e.kind == "list_item" else _nodes(e.text, references)
            for e in doc.entries}


@per_document
def _references(doc: Document) -> dict[str, dict[str, Any]]:
    """The document's link reference definitions, as mistune's inline parser looks them up."""
    return {unikey(d.label): {"url": d.url} for d in reversed(doc.refdefs) if "\n" not in d.label}


def _nodes(text: str, references: dict[str, dict[str, Any]]) -> tuple[Node, ...]:
    """A table row's text (the parser reads its cells, not the row) through mistune's inline parser."""
    if not text.strip():
        return ()
    return positioned_nodes(_markdown().inline(text.strip(" \r\n\t\f"), {"ref_links": references}), text)


def _main_index(nodes: tuple[Node, ...]) -> int | None:
    if not nodes or nodes[0].type == "text":
        return None
    for i, node in enumerate(nodes):
        follower = nodes[i + 1] if i + 1 < len(nodes) else None
        if node.type == "link" and follower and follower.type == "text" and follower.text.startswith(" - "):
            return i
    for i, node in enumerate(nodes):
        if node.type == "link":
            return i
    return 0


def position(doc: Document, entry: Entry, offset: int) -> tuple[int, int]:
    """1-based (line, column) in the source of an offset into ``entry.text``."""
    before = entry.text[:offset]
    k = before.count("\n")
    if k == 0:
        return entry.text_line, entry.text_column + offset
    line = entry.text_line + k
    start = before.rfind("\n") + 1
    segment = entry.text[start:].split("\n", 1)[0]
    source = doc.line_text(line)
    found = source.find(segment) if segment else -1
    base = found if found >= 0 else len(source) - len(source.lstrip(" \t>"))
    return line, base + (offset - start) + 1
