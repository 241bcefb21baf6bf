"""Markdown source to ``Document``: mistune 3 parses, ``Locator`` and ``TextMap`` add positions."""

from __future__ import annotations

import html as html_lib
import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from awesomelint.document import Block, Comment, Document, Entry, Heading, Inline, Link, LinkKind, RefDef, Section
from awesomelint.parse.inline import (
    TextMap,
    Token,
    create_positioned_markdown,
    destination,
    html_comments,
    line_starts,
    plain_text,
    positioned_nodes,
    rendered_text,
)
from awesomelint.parse.locate import Locator
from awesomelint.parse.slug import Slugger

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# An HTML block that is one heading element, at the margin (not inside a list item or a quote)
_HTML_HEADING = re.compile(r"\A[ ]{0,3}<h([1-6])(?:\s[^>]*)?>(.*?)</h\1\s*>[ \t]*\Z", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_ID = re.compile(r"""\sid\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_REFDEF = re.compile(r"^[ ]{0,3}\[((?:[^\]\\]|\\.)+)\]:[ \t]*<?(\S*?)>?(?:[ \t]|$)")
_MD = create_positioned_markdown()


def split_lines(text: str) -> tuple[str, ...]:
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return tuple(lines)


def dominant_newline(text: str) -> str:
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    best = max((lf, "\n"), (crlf, "\r\n"), (cr, "\r"))
    return best[1] if best[0] else "\n"


@dataclass
class _Item:
    """A list item or table row while it is being built (children come later)."""

    fields: dict[str, Any]
    children: list[_Item] = field(default_factory=list)

    def freeze(self) -> Entry:
        return Entry(**self.fields, children=tuple(child.freeze() for child in self.children))


class _Builder:
    def __init__(self, lines: tuple[str, ...], env: Any) -> None:
        self.lines = lines
        self.env = env
        self.loc = Locator(lines)
        self.slugger = Slugger()
        self.headings: list[Heading] = []
        self.html_headings: list[Heading] = []
        self.links: list[Link] = []
        self.blocks: list[Block] = []
        self.comments: list[Comment] = []
        self.code_lines: set[int] = set()
        self.html_lines: set[int] = set()
        self.items: list[_Item] = []  # top-level entries in order
        self.unlocated: list[str] = []
        self.ast_order: list[Heading | Link] = []  # mistune's token order, for the agreement test

    # -- inline ---------------------------------------------------------------------------
    def inline(self, text: str, anchors: list[tuple[int, int]], context: str) -> tuple[list[Token], TextMap]:
        stripped = text.strip(" \r\n\t\f")
        lead = len(text) - len(text.lstrip(" \r\n\t\f"))
        starts = line_starts(text)
        tmap = TextMap(tuple(s - lead for s in starts), tuple(anchors))
        tokens = _MD.inline(stripped, self.env)
        return tokens, tmap

    def collect_links(self, tokens: list[Token], tmap: TextMap, context: str, out: list[Link],
                      first: bool = True, in_link: bool = False) -> None:
        for index, token in enumerate(tokens):
            kind = token.get("type")
            if kind in ("link", "image") and "_pos" in token:
                line, column = tmap.position(token["_pos"])
                end_line, end_column = tmap.position(token["_end"])
                link_kind: LinkKind
                if kind == "image":
                    link_kind = "image"
                elif token.get("_auto"):
                    link_kind = "autolink"
                elif token.get("_bare"):
                    link_kind = "bare"
                elif "ref" in token:
                    link_kind = "reference"
                else:
                    link_kind = "inline"
                attrs = token.get("attrs", {})
                out.append(Link(
                    text=plain_text(token.get("children", [])), url=destination(attrs.get("url", "")), kind=link_kind,
                    line=line, column=column, end_line=end_line, end_column=end_column,
                    title=attrs.get("title"), label=token.get("label"),
                    is_main=(first and kind == "link" and link_kind != "bare" and context == "entry"
                             and _only_decoration(tokens[:index])),
                    in_image_link=in_link and kind == "image", context=context,  # type: ignore[arg-type]
                ))
                self.ast_order.append(out[-1])
            elif kind == "inline_html" and "_pos" in token and token["raw"].startswith("<!--"):
                line, column = tmap.position(token["_pos"])
                end_line, end_column = tmap.position(token["_end"])
                body = token["raw"][4:-3] if token["raw"].endswith("-->") else token["raw"][4:]
                self.comments.append(Comment(body, line, column, end_line, end_column))
            if "children" in token:
                self.collect_links(token["children"], tmap, context, out, first=False, in_link=kind == "link")

    # -- blocks ---------------------------------------------------------------------------
    def block(self, kind: str, line: int, column: int, info: dict[str, Any] | None = None) -> None:
        end = self.loc.last
        self.blocks.append(Block(kind, line + 1, column + 1, end + 1, len(self.lines[end]) + 1 if self.lines else 1,
                                 info or {}))

    def text_block(self, token: Token, context: str) -> tuple[list[Token], TextMap, int, int] | None:
        text: str = token["text"].strip("\n")
        anchors = self.loc.lines_block(text.split("\n"))
        if anchors is None:
            self.unlocated.append(text[:60])
            return None
        tokens, tmap = self.inline(text, anchors, context)
        line, column = tmap.position(0)
        self.block(token["type"], line - 1, column - 1)
        return tokens, tmap, line, column

    def walk(self, tokens: list[Token], parent: _Item | None = None, depth: int = 0) -> None:
        for token in tokens:
            kind = token["type"]
            if kind in ("paragraph", "block_text"):
                located = self.text_block(token, "paragraph")
                if located:
                    self.collect_links(located[0], located[1], "paragraph", self.links)
            elif kind == "heading":
                self.heading(token)
            elif kind == "list":
                self.list_block(token, parent, depth)
            elif kind == "block_quote":
                before = len(self.blocks)
                self.walk(token.get("children", []), parent, depth)
                new = self.blocks[before:]
                start = min(b.line for b in new) - 1 if new else self.loc.cursor
                self.block("block_quote", start, max(self.lines[start].find(">"), 0) if self.lines else 0)
            elif kind == "block_code":
                self.code(token)
            elif kind == "block_html":
                self.html(token)
            elif kind == "thematic_break":
                j = self.loc.thematic_break()
                if j is not None:
                    self.block("thematic_break", j, 0)
            elif kind == "table":
                self.table(token, parent)

    def heading(self, token: Token) -> None:
        text: str = token["text"].strip(" \r\n\t\f")
        level: int = token["attrs"]["level"]
        style = token.get("style", "atx")
        if style == "setext":
            body = token["text"].strip("\n")
            anchors = self.loc.setext_heading(body.split("\n"))
            if anchors is None:
                self.unlocated.append(text[:60])
                return
            tokens, tmap = self.inline(body, anchors, "heading")
            line, column = tmap.position(0)
            heading_column = text_column = column
        else:
            found = self.loc.atx_heading(level, text)
            if found is None:
                self.unlocated.append(text[:60])
                return
            j, hash_col, text_col = found
            tokens, tmap = self.inline(text, [(j, text_col)], "heading")
            line, heading_column, text_column = j + 1, hash_col + 1, text_col + 1
        order_at = len(self.ast_order)
        links: list[Link] = []
        self.collect_links(tokens, tmap, "heading", links)
        self.links.extend(links)
        rendered = rendered_text(tokens)
        end = self.loc.last
        self.headings.append(Heading(
            level=level, text=rendered.strip(), raw=text, anchor=self.slugger.slug(rendered), style=style,
            line=line, column=heading_column, end_line=end + 1, end_column=len(self.lines[end]) + 1,
            text_column=text_column, links=tuple(links),
        ))
        self.ast_order.insert(order_at, self.headings[-1])
        self.block("heading", line - 1, heading_column - 1, {"level": level, "style": style})

    def code(self, token: Token) -> None:
        if token.get("style") == "fenced":
            found = self.loc.fenced_block(token.get("marker", "```"), token.get("raw", ""))
        else:
            found = self.loc.raw_block(token.get("raw", ""))
        if found is None:
            return
        start, count = found
        self.code_lines.update(range(start + 1, start + count + 1))
        line = self.lines[start]
        marker = token.get("marker", "")
        if token.get("style") == "fenced" and marker and line.find(marker) >= 0:
            column = line.find(marker)
        else:
            column = len(line) - len(line.lstrip(" \t>-*+0123456789.)"))
        self.block("block_code", start, column,
                   {"style": token.get("style", "indent"), "marker": token.get("marker", ""),
                    "info": (token.get("attrs") or {}).get("info", "")})

    def html(self, token: Token) -> None:
        found = self.loc.raw_block(token.get("raw", ""))
        if found is None:
            return
        start, count = found
        self.html_lines.update(range(start + 1, start + count + 1))
        chunk = "\n".join(self.lines[start:start + count])
        starts = line_starts(chunk)
        tmap = TextMap(starts, tuple((start + k, 0) for k in range(len(starts))))
        for start_at, end_at in html_comments(chunk):
            line, column = tmap.position(start_at)
            end_line, end_column = tmap.position(end_at)
            self.comments.append(Comment(chunk[start_at + 4:end_at - 3], line, column, end_line, end_column))
        first = token.get("raw", "").lstrip("\n").split("\n", 1)[0].strip()
        column = self.lines[start].find(first) if first else -1  # inside a list item or quote: after its marker
        self.block("block_html", start, max(column, 0))
        self.html_heading(chunk.rstrip("\n"), start)

    def html_heading(self, chunk: str, start: int) -> None:
        """An HTML block that is one ``<hN>`` element is a heading: GitHub renders it as one and slugs
        its text (tags dropped, entities decoded, whitespace runs of the source as one space)."""
        m = _HTML_HEADING.match(chunk)
        if m is None or re.search(r"<h[1-6][\s>]", m.group(2), re.IGNORECASE):
            return
        text = " ".join(html_lib.unescape(_TAG.sub("", m.group(2))).split())
        inner = chunk[:m.start(2)]
        line = start + inner.count("\n")
        text_column = len(inner) - (inner.rfind("\n") + 1) + 1
        end = start + chunk.count("\n")
        found_id = _ID.search(chunk[:m.start(2)])
        self.html_headings.append(Heading(
            level=int(m.group(1)), text=text, raw=m.group(2), anchor=self.slugger.slug(text), style="html",
            line=start + 1, column=chunk.index("<") + 1, end_line=end + 1, end_column=len(self.lines[end]) + 1,
            text_column=text_column if line == start else 1, html_id=found_id.group(1) if found_id else None,
        ))

    def list_block(self, token: Token, parent: _Item | None, depth: int) -> None:
        attrs = token.get("attrs", {})
        first: tuple[int, int] | None = None
        for item in token.get("children", []):
            if item.get("type") == "list_item":
                marker = self.list_item(item, parent, depth, bool(attrs.get("ordered")), not token.get("tight", True))
                first = first or marker
        start_line, start_column = first or (self.loc.cursor, 0)
        info = {"ordered": bool(attrs.get("ordered")), "bullet": token.get("bullet"),
                "tight": token.get("tight", True), "depth": depth}
        self.block("list", start_line, start_column, info)

    def list_item(self, token: Token, parent: _Item | None, depth: int, ordered: bool,
                  loose: bool) -> tuple[int, int] | None:
        """Build one entry; returns its marker's 0-based (line, column) when found."""
        children: list[Token] = [c for c in token.get("children", []) if c["type"] != "blank_line"]
        first = children[0] if children else None
        item = _Item({})
        links: list[Link] = []
        text, text_line, text_column, plain = "", 0, 0, ""
        inlines: tuple[Inline, ...] = ()
        rest = children
        if first is not None and first["type"] in ("paragraph", "block_text"):
            located = self.text_block(first, "entry")
            rest = children[1:]
            if located:
                tokens, tmap, text_line, text_column = located
                self.collect_links(tokens, tmap, "entry", links)
                text, plain = first["text"].strip(" \r\n\t\f"), plain_text(tokens).strip()
                inlines = positioned_nodes(tokens, text)
        if not text_line:  # the item starts with a nested list, a code block ...: find those first
            blocks_before = len(self.blocks)
            self.walk_item_children(rest, item, links, depth)
            rest = []
            anchor = self._first_position(item, self.blocks[blocks_before:])
        else:
            anchor = (text_line, text_column)
        marker_found = self.loc.marker(anchor[0] - 1, anchor[1] - 1) if anchor else None
        marker_line = anchor[0] - 1 if anchor else 0
        if marker_found is None:
            searched = self.loc.marker_line(marker_line if anchor else self.loc.cursor)
            if searched is not None:
                marker_line, marker_col, marker = searched
                marker_found = (marker_col, marker)
        if marker_found is None:
            self.unlocated.append("list item " + text[:50])
            self.walk(rest, parent, depth + 1)
            return None
        marker_col, marker = marker_found
        if marker[0].isdigit() != ordered:  # the anchor led to an outer item's marker ('- 2020. > -')
            marker_col, marker = self.loc.marker_after(marker_line, marker_col + len(marker), ordered) or marker_found
        line_text = self.lines[marker_line]
        before = line_text[:marker_col].rsplit(">", 1)[-1]
        indent = len(before) if not before.strip() else len(before) - len(before.rstrip())
        self.walk_item_children(rest, item, links, depth)
        self.links.extend(links)
        end = self.loc.last
        item.fields = dict(
            kind="list_item", line=marker_line + 1, column=marker_col + 1, end_line=end + 1,
            end_column=len(self.lines[end]) + 1, marker=marker, indent=max(indent, 0), depth=depth,
            ordered=ordered, text=text, text_line=text_line or marker_line + 1,
            text_column=text_column or marker_col + len(marker) + 2, plain=plain, links=tuple(links), loose=loose,
            inlines=inlines,
        )
        self._attach(item, parent)
        return marker_line, marker_col

    def walk_item_children(self, children: list[Token], item: _Item, links: list[Link], depth: int) -> None:
        for child in children:
            if child["type"] in ("paragraph", "block_text"):
                located = self.text_block(child, "entry")
                if located:
                    self.collect_links(located[0], located[1], "entry", links)
            else:
                self.walk([child], item, depth + 1)

    @staticmethod
    def _first_position(item: _Item, new_blocks: list[Block]) -> tuple[int, int] | None:
        if item.children and item.children[0].fields:
            return item.children[0].fields["line"], item.children[0].fields["column"]
        if new_blocks:
            first = min(new_blocks, key=lambda b: (b.line, b.column))
            return first.line, first.column
        return None

    def _attach(self, item: _Item, parent: _Item | None) -> None:
        if parent is None:
            self.items.append(item)
        else:
            parent.children.append(item)

    def table(self, token: Token, parent: _Item | None) -> None:
        first: int | None = None
        for part in token.get("children", []):
            rows = [part] if part["type"] == "table_head" else part.get("children", [])
            for row in rows:
                line = self.table_row(row, parent, head=part["type"] == "table_head")
                first = line if first is None else first
        start = first if first is not None else self.loc.cursor
        self.block("table", start, len(self.lines[start]) - len(self.lines[start].lstrip(" \t")) if self.lines else 0)

    def table_row(self, row: Token, parent: _Item | None, head: bool) -> int | None:
        """Build one row (an entry unless it is the header); returns its 0-based line."""
        cells = [c for c in row.get("children", []) if c.get("type") == "table_cell"]
        texts = [c.get("text", "").strip(" \t") for c in cells]
        found = self.loc.table_row(texts)
        if found is None:
            self.unlocated.append("table row " + " | ".join(texts)[:50])
            return None
        j, columns = found
        if head:
            self.loc.skip_delimiter_row()
        links: list[Link] = []
        plains: list[str] = []
        for text, column in zip(texts, columns, strict=True):
            tokens, tmap = self.inline(text, [(j, column)], "table")
            self.collect_links(tokens, tmap, "table", links)
            plains.append(plain_text(tokens))
        self.links.extend(links)
        if head:
            return j
        line = self.lines[j]
        first_col = len(line) - len(line.lstrip(" \t"))
        self._attach(_Item(dict(
            kind="table_row", line=j + 1, column=first_col + 1, end_line=j + 1, end_column=len(line) + 1,
            marker="|" if line.lstrip().startswith("|") else "", indent=first_col, depth=0, ordered=False,
            text=line.strip(), text_line=j + 1, text_column=first_col + 1, plain=" | ".join(plains),
            links=tuple(links), cells=tuple(texts),
        )), parent)
        return j


def _only_decoration(tokens: list[Token]) -> bool:
    """Whether what precedes a link is nothing, or only emoji and a task checkbox ('👍 [Name](url)')."""
    if any(t.get("type") not in ("text",) for t in tokens):
        return False
    before = "".join(t.get("raw", "") for t in tokens).replace("[ ]", "").replace("[x]", "").replace("[X]", "")
    return all(ch.isspace() or unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") for ch in before)


def _refdefs(lines: tuple[str, ...], skip: set[int]) -> tuple[RefDef, ...]:
    found = []
    for i, line in enumerate(lines, start=1):
        if i in skip:
            continue
        m = _REFDEF.match(line)
        if m:
            found.append(RefDef(m.group(1), m.group(2), i, line.index("[") + 1))
    return tuple(found)


def _merged(headings: list[Heading], html: list[Heading]) -> list[Heading]:
    """Markdown headings and the HTML headings that open sections (level 2 to 6: an HTML ``<h1>`` is
    the list's header or logo, not a part of it), in document order."""
    if not html:
        return headings
    return sorted([*headings, *(h for h in html if h.level > 1)], key=lambda h: (h.line, h.column))


def _sections(headings: list[Heading], entries: list[Entry], title: Heading | None,
              last_line: int) -> tuple[Section, ...]:
    body = [h for h in headings if h is not title]
    ends = [last_line] * len(body)
    open_: list[int] = []  # headings whose section is still open: one pass, not one scan per heading
    for i, heading in enumerate(body):
        while open_ and body[open_[-1]].level >= heading.level:
            ends[open_.pop()] = heading.line - 1
        open_.append(i)
    by_line = sorted(range(len(entries)), key=lambda k: entries[k].line)
    lines = [entries[k].line for k in by_line]

    def build(i: int) -> tuple[Section, int]:
        heading = body[i]
        next_heading = body[i + 1].line if i + 1 < len(body) else last_line + 1
        inside = by_line[bisect_right(lines, heading.line):bisect_left(lines, next_heading)]
        own = tuple(entries[k] for k in sorted(inside))
        children: list[Section] = []
        j = i + 1
        while j < len(body) and body[j].level > heading.level:
            child, j = build(j)
            children.append(child)
        return Section(heading, own, tuple(children), heading.line, ends[i]), j

    tops: list[Section] = []
    i = 0
    while i < len(body):
        section, i = build(i)
        tops.append(section)
    return tuple(tops)


@dataclass(frozen=True, slots=True)
class ParseReport:
    """How the parse went, for the position tests: blocks not found in the source, and the order in
    which headings and links met mistune's tokens (to compare with mistune's own AST)."""

    unlocated: tuple[Any, ...]
    ast_order: tuple[Any, ...]


def parse(text: str, path: Path | str = "README.md") -> Document:
    """Parse Markdown ``text`` (BOM already removed) into a positioned ``Document``."""
    return parse_with_report(text, path)[0]


def parse_with_report(text: str, path: Path | str = "README.md") -> tuple[Document, ParseReport]:
    """``parse``, plus the ``ParseReport``."""
    lines = split_lines(text)
    state = _MD.block.state_cls()
    normalized = "\n".join(lines) + "\n"
    state.process(normalized)
    _MD.block.parse(state)
    builder = _Builder(lines, state.env)
    builder.walk(state.tokens)
    entries = tuple(item.freeze() for item in builder.items)
    flat = tuple(e for top in entries for e in top.walk())
    headings = builder.headings
    title = headings[0] if headings and headings[0].level == 1 else None
    first_section = next((h.line for h in headings if h is not title), len(lines) + 1)
    preamble_start = title.end_line if title else 0
    preamble = tuple(b for b in builder.blocks
                     if preamble_start < b.line < first_section and b.type != "heading")
    doc = Document(
        path=Path(path), text=text, lines=lines, title=title, preamble=preamble,
        sections=_sections(_merged(headings, builder.html_headings), list(entries), title, len(lines)),
        headings=tuple(headings), entries=flat, links=tuple(sorted(builder.links, key=lambda k: (k.line, k.column))),
        blocks=tuple(sorted(builder.blocks, key=lambda b: (b.line, b.column))),
        comments=tuple(sorted(builder.comments, key=lambda c: (c.line, c.column))),
        refdefs=_refdefs(lines, builder.code_lines | builder.html_lines),
        code_lines=frozenset(builder.code_lines), html_lines=frozenset(builder.html_lines),
        newline=dominant_newline(text), ends_with_newline=text.endswith(("\n", "\r")),
        html_headings=tuple(builder.html_headings),
    )
    return doc, ParseReport(tuple(builder.unlocated), tuple(builder.ast_order))
