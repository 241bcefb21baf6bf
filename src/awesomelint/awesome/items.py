"""How an awesome-list entry reads: its inline nodes with offsets, its main link and its description.

The ``Document`` gives an entry's links with positions but not its other inline nodes (code, emphasis,
HTML ...), which the list-item rules need. ``item_of`` re-reads the entry's first block with mistune
and recovers each top-level node's offsets in ``Entry.text``; ``position`` maps an offset back to the
source. The main link is awesome-lint's: the first link followed by `` - ``, else the first link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import mistune
from mistune.util import unikey

from awesomelint.document import Document, Entry
from awesomelint.inline import create_positioned_markdown
from awesomelint.memo import per_document

Token = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Node:
    """A top-level inline node of an entry's first block; adjacent text and soft breaks are one node."""

    type: str  # text, code, emphasis, strong, strikethrough, link, image, html, break
    start: int  # offsets into Entry.text
    end: int
    text: str  # what a reader sees (code content, link text, image alt, HTML as written)
    url: str = ""
    reference: bool = False  # a [text][label] link
    children: tuple[str, ...] = ()  # types of a link's direct children


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


def _plain(tokens: list[Token]) -> str:
    out = []
    for token in tokens:
        kind = token.get("type")
        if kind in ("text", "codespan", "inline_html"):
            out.append(token.get("raw", ""))
        elif kind == "softbreak":
            out.append("\n")
        elif "children" in token:
            out.append(_plain(token["children"]))
    return "".join(out)


class _Walker:
    """Recovers source offsets of mistune's inline tokens by walking the source alongside them."""

    def __init__(self, src: str) -> None:
        self.src = src

    def walk(self, tokens: list[Token], cursor: int) -> int:
        for token in tokens:
            cursor = self.token(token, cursor)[1]
        return cursor

    def token(self, token: Token, cursor: int) -> tuple[int, int]:
        src = self.src
        kind = token.get("type")
        if "_pos" in token:
            return token["_pos"], token["_end"]
        if kind == "text":
            raw = token.get("raw", "")
            found = src.find(raw, cursor)
            start = found if found >= 0 and src[cursor:found].strip() in ("", "\\") else cursor
            return start, start + len(raw) if found >= 0 else min(len(src), cursor + len(raw))
        if kind == "codespan":
            start = src.find("`", cursor)
            if start < 0:
                return cursor, cursor
            run = len(src[start:]) - len(src[start:].lstrip("`"))
            close = re.compile(r"(?<!`)" + "`" * run + r"(?!`)").search(src, start + run)
            return start, close.end() if close else len(src)
        if kind in ("softbreak", "linebreak"):
            newline = src.find("\n", cursor)
            if newline < 0:
                return cursor, cursor
            end = newline + 1
            while end < len(src) and src[end] in " \t":
                end += 1
            return cursor, end
        if kind in ("emphasis", "strong", "strikethrough"):
            while cursor < len(src) and src[cursor] in " \t":
                cursor += 1
            width = {"emphasis": 1, "strong": 2, "strikethrough": 2}[kind]
            if kind == "strikethrough" and not src.startswith("~~", cursor):
                width = 1
            end = self.walk(token.get("children", []), cursor + width)
            return cursor, min(len(src), end + width)
        return cursor, cursor


_TYPES = {"text": "text", "softbreak": "text", "codespan": "code", "emphasis": "emphasis", "strong": "strong",
          "strikethrough": "strikethrough", "link": "link", "image": "image", "inline_html": "html",
          "linebreak": "break"}


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
    return {(e.line, e.column): _nodes(e.text, references) for e in doc.entries}


@per_document
def _references(doc: Document) -> dict[str, dict[str, Any]]:
    """The document's link reference definitions, as mistune's inline parser looks them up."""
    return {unikey(d.label): {"url": d.url} for d in reversed(doc.refdefs) if "\n" not in d.label}


def _nodes(text: str, references: dict[str, dict[str, Any]]) -> tuple[Node, ...]:
    """An entry's first block (a paragraph by construction) through mistune's inline parser."""
    if not text.strip():
        return ()
    walker = _Walker(text)
    nodes: list[Node] = []
    cursor = 0
    for token in _markdown().inline(text.strip(" \r\n\t\f"), {"ref_links": references}):
        start, end = walker.token(token, cursor)
        cursor = max(cursor, end)
        kind = _TYPES.get(token.get("type", ""), token.get("type", "other"))
        if kind == "code":
            node_text = token.get("raw", "")
        elif kind == "image":
            node_text = _plain(token.get("children", []))
        elif kind == "html":
            node_text = token.get("raw", "")
        elif kind == "text":
            node_text = "\n" if token.get("type") == "softbreak" else token.get("raw", "")
        else:
            node_text = _plain(token.get("children", []))
        if kind == "text" and nodes and nodes[-1].type == "text":
            last = nodes[-1]
            nodes[-1] = Node("text", last.start, end, last.text + node_text)
            continue
        attrs = token.get("attrs", {})
        children = tuple(_TYPES.get(c.get("type", ""), "other") for c in token.get("children", []))
        nodes.append(Node(kind, start, end, node_text, attrs.get("url", ""), "ref" in token, children))
    return tuple(nodes)


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
