"""The document model: built once per file by the parser, read by every rule, never mutated.

Every node carries 1-based line and column (code points) of its first character and an exclusive
end position. Lines are counted in the source as written (BOM removed; CRLF, CR and LF all end a line).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

LinkKind = Literal["inline", "reference", "autolink", "bare", "image"]  # bare: a URL in text (GFM)
EntryKind = Literal["list_item", "table_row", "paragraph"]


@dataclass(frozen=True, slots=True)
class Link:
    """A link or image as written. ``column`` points at its ``[``, ``!`` or ``<``, or a bare URL's first letter."""

    text: str
    url: str
    kind: LinkKind
    line: int
    column: int
    end_line: int
    end_column: int
    title: str | None = None
    label: str | None = None  # reference label for kind == "reference"
    is_main: bool = False  # the entry's main link: the first link, at the start of the entry
    in_image_link: bool = False  # an image wrapped in a link, e.g. a badge
    context: Literal["entry", "heading", "paragraph", "table", "other"] = "other"


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    text: str  # plain text, inline markup removed
    raw: str  # the heading's inline source, e.g. "Awesome [Foo](x)"
    anchor: str  # GitHub-style slug, de-duplicated with -1, -2 ... like GitHub
    style: Literal["atx", "setext", "html"]  # html: an HTML block that is one <h1>…<h6> element
    line: int
    column: int  # the first '#', the first character of a setext heading's text, or the '<' of '<hN'

    end_line: int
    end_column: int
    text_column: int  # where the heading's text starts on ``line``
    links: tuple[Link, ...] = ()
    html_id: str | None = None  # an HTML heading's id attribute: a second anchor ('user-content-' on GitHub)


@dataclass(frozen=True, slots=True)
class Inline:
    """A top-level inline node of an entry's first block; adjacent text and soft breaks are one node.

    Offsets are into ``Entry.text``; ``awesome.items.position`` maps them to the source.
    """

    type: str  # text, code, emphasis, strong, strikethrough, link, image, html, break
    start: int
    end: int
    text: str  # what a reader sees (code content, link text, image alt, HTML as written)
    url: str = ""
    reference: bool = False  # a [text][label] link
    children: tuple[str, ...] = ()  # types of a link's direct children


@dataclass(frozen=True, slots=True)
class Entry:
    """A list item, a table row, or (papers) a paragraph entry.

    ``text`` is the entry's first block in source form, without the marker; ``text_line`` and
    ``text_column`` say where it starts; ``inlines`` are its top-level inline nodes, positioned, from
    the parser's one inline pass (list items). ``children`` are nested list items.
    """

    kind: EntryKind
    line: int
    column: int  # the list marker, the row's first '|' or first cell, the paragraph's first char
    end_line: int
    end_column: int
    marker: str  # '-', '*', '+', '1.', '1)' ...; '|' or '' for rows and paragraphs
    indent: int  # columns before the marker, inside its container
    depth: int  # 0 for a top-level item
    ordered: bool
    text: str
    text_line: int
    text_column: int
    plain: str  # text with inline markup removed
    links: tuple[Link, ...] = ()
    children: tuple[Entry, ...] = ()
    cells: tuple[str, ...] = ()  # table rows: each cell's source text
    loose: bool = False
    inlines: tuple[Inline, ...] = ()

    @property
    def main_link(self) -> Link | None:
        for link in self.links:
            if link.is_main:
                return link
        return None

    def walk(self) -> Iterator[Entry]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True, slots=True)
class Block:
    """A top-level or nested block as the parser saw it, for rules about block syntax."""

    type: str  # paragraph, heading, list, block_code, block_html, block_quote, table, thematic_break
    line: int
    column: int
    end_line: int
    end_column: int
    info: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Section:
    heading: Heading
    entries: tuple[Entry, ...] = ()  # top-level entries directly under this heading
    children: tuple[Section, ...] = ()
    line: int = 0
    end_line: int = 0  # last line before the next heading of the same or higher level

    @property
    def level(self) -> int:
        return self.heading.level

    @property
    def anchor(self) -> str:
        return self.heading.anchor

    @property
    def title(self) -> str:
        return self.heading.text

    def walk(self) -> Iterator[Section]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass(frozen=True, slots=True)
class Comment:
    """An HTML comment, block or inline, with its inner text."""

    body: str
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True, slots=True)
class RefDef:
    label: str
    url: str
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Document:
    path: Path
    text: str  # decoded source, BOM removed, line endings as in the file
    lines: tuple[str, ...]  # lines without their endings
    title: Heading | None  # the first heading when it is of level 1 and comes first
    preamble: tuple[Block, ...]  # blocks between the title and the first section heading
    sections: tuple[Section, ...]  # top-level sections (after the title)
    headings: tuple[Heading, ...]  # every Markdown heading in order, title included
    entries: tuple[Entry, ...]  # every entry in order, nested ones included (pre-order)
    links: tuple[Link, ...]  # every link and image in order
    blocks: tuple[Block, ...]  # every block in order, pre-order
    comments: tuple[Comment, ...]
    refdefs: tuple[RefDef, ...]
    code_lines: frozenset[int]  # lines inside fenced or indented code blocks (fences included)
    html_lines: frozenset[int]  # lines inside HTML blocks and comments
    newline: str = "\n"  # the file's dominant line ending
    ends_with_newline: bool = True
    # HTML blocks that are one heading element ('<h2 id="c">C</h2>' alone): GitHub renders them as
    # headings and gives them anchors; those of level 2 to 6 open sections like Markdown headings
    html_headings: tuple[Heading, ...] = ()

    @property
    def rendered_headings(self) -> tuple[Heading, ...]:
        """Every heading a reader sees, Markdown and HTML, in order: what anchors and sections come from."""
        if not self.html_headings:
            return self.headings
        return tuple(sorted((*self.headings, *self.html_headings), key=lambda h: (h.line, h.column)))

    @property
    def root(self) -> Path:
        return self.path.parent

    def line_text(self, line: int) -> str:
        return self.lines[line - 1] if 1 <= line <= len(self.lines) else ""

    def section_of(self, line: int) -> Section | None:
        """The innermost section whose heading precedes ``line``."""
        found: Section | None = None
        level = self.sections  # siblings are in order and do not overlap; a child lies inside its parent
        while level:
            at = bisect_right(level, line, key=lambda s: s.line) - 1
            if at < 0 or line > level[at].end_line:
                break
            found = level[at]
            level = found.children
        return found
