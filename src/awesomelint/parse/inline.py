"""mistune's inline parser, taught to remember where each link, image and HTML tag starts and ends.

mistune 3 gives no positions (lepture/mistune#218). Its inline parser works on one block's text at a
time, so the offsets recorded here are offsets into that text; ``TextMap`` turns them into source
lines and columns.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from re import Match
from typing import Any

import mistune
from mistune.core import InlineState
from mistune.inline_parser import InlineParser

from awesomelint.document import Inline
from awesomelint.parse.gfm_table import gfm_table

Token = dict[str, Any]


def html_comments(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each ``<!-- … -->`` in ``text``, in one pass: once a comment has no ``-->``
    after it none that follows can have one, so the search stops (a regex would rescan: quadratic)."""
    at = text.find("<!--")
    while at >= 0:
        close = text.find("-->", at + 4)
        if close < 0:
            return
        yield at, close + 3
        at = text.find("<!--", close + 3)


class PositionedInlineParser(InlineParser):
    """Records ``_pos`` and ``_end`` (offsets into the inline source) on link, image and HTML tokens."""

    def parse_link_close(self, m: Match[str], state: InlineState) -> int:
        openers = {b.token_index: b.start - (2 if b.image else 1) for b in state.brackets}
        end = super().parse_link_close(m, state)
        created = [
            i
            for i in sorted(openers)
            if i < len(state.tokens)
            and state.tokens[i].get("type") in ("link", "image")
            and "_pos" not in state.tokens[i]
        ]
        for i in created:
            token = state.tokens[i]
            token["_pos"] = openers[i]
            token["_end"] = end if i == created[-1] else _bracket_end(state.src, openers[i])
        return end

    def register(self, name: str, pattern: str | None, func: Any, before: str | None = None, *,
                 start_chars: str | Iterable[str] | None = None) -> None:
        if name == "url_link":  # GFM autolink literals: bare URLs are links on GitHub
            plain = func

            def func(inline: PositionedInlineParser, m: Match[str], state: InlineState) -> int:
                end: int = plain(inline, m, state)
                inline._mark_last(end, m, state, "link", flag="_bare")
                return end

        super().register(name, pattern, func, before=before, start_chars=start_chars)

    def parse_auto_link(self, m: Match[str], state: InlineState) -> int:
        end = super().parse_auto_link(m, state)
        self._mark_last(end, m, state, "link")
        return end

    def parse_auto_email(self, m: Match[str], state: InlineState) -> int:
        end = super().parse_auto_email(m, state)
        self._mark_last(end, m, state, "link")
        return end

    def parse_inline_html(self, m: Match[str], state: InlineState) -> int | None:
        end = super().parse_inline_html(m, state)
        self._mark_last(end, m, state, "inline_html")
        return end

    @staticmethod
    def _mark_last(end: int | None, m: Match[str], state: InlineState, kind: str, flag: str = "_auto") -> None:
        if end and state.tokens:
            token = state.tokens[-1]
            if token.get("type") == kind and "_pos" not in token:
                token["_pos"] = m.start()
                token["_end"] = end
                if kind == "link":
                    token[flag] = True


def _bracket_end(src: str, start: int) -> int:
    """End of the bracketed text opening at ``start``; only for the rare case of two links closed at once."""
    depth = 0
    i = start + (1 if src.startswith("!", start) else 0)
    while i < len(src):
        char = src[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return len(src)


# GitHub's tables, ~~strike~~ and bare-URL autolinks
PLUGINS: tuple[Any, ...] = (gfm_table, "strikethrough", "url")


# mistune percent-encodes '[' and ']' in every destination; in the host they delimit an IPv6
# literal (RFC 3986), which a '%' can never be part of, so they are given back there.
_ENCODED_IPV6_HOST = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@\[\]]*@)?)%5B([0-9A-Fa-f:.]+(?:%25[\w.~-]+)?)%5D",
                                re.ASCII)


def destination(url: str) -> str:
    """A link destination as mistune gives it, with an IPv6 host in its brackets again
    (``http://%5B2001:db8::1%5D/`` is ``http://[2001:db8::1]/``); nothing else changes."""
    if "%5B" not in url:
        return url
    return _ENCODED_IPV6_HOST.sub(r"\1[\2]", url, count=1) if "://%5B" in url or "@%5B" in url else url


def _plugins() -> list[Any]:
    return [mistune.plugins.import_plugin(p) if isinstance(p, str) else p for p in PLUGINS]


def create_markdown() -> mistune.Markdown:
    """The one mistune configuration awesomelint uses, without positions (for comparison)."""
    return mistune.create_markdown(renderer=None, plugins=_plugins())


def create_positioned_markdown() -> mistune.Markdown:
    md = mistune.Markdown(renderer=None, inline=PositionedInlineParser())
    for plugin in _plugins():
        md.use(plugin)
    return md


def plain_text(tokens: list[Token]) -> str:
    """The text a reader sees: markup removed, code spans kept, images dropped (as GitHub's anchors do)."""
    return _text(tokens, decode=False)


def rendered_text(tokens: list[Token]) -> str:
    """The text GitHub renders: ``plain_text`` with character references decoded in text (not in code
    spans, which show them as written). Not trimmed: the spaces around a dropped image stay."""
    return _text(tokens, decode=True)


def _text(tokens: list[Token], *, decode: bool) -> str:
    out: list[str] = []
    for token in tokens:
        kind = token.get("type")
        if kind == "text":
            out.append(html.unescape(token.get("raw", "")) if decode else token.get("raw", ""))
        elif kind == "codespan":
            out.append(token.get("raw", ""))
        elif kind in ("softbreak", "linebreak"):
            out.append(" ")
        elif "children" in token and kind != "image":
            out.append(_text(token["children"], decode=decode))
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


def _visible(tokens: list[Token]) -> str:
    out = []
    for token in tokens:
        kind = token.get("type")
        if kind in ("text", "codespan", "inline_html"):
            out.append(token.get("raw", ""))
        elif kind == "softbreak":
            out.append("\n")
        elif "children" in token:
            out.append(_visible(token["children"]))
    return "".join(out)


def positioned_nodes(tokens: list[Token], text: str) -> tuple[Inline, ...]:
    """The top-level nodes of ``tokens``, mistune's inline parse of ``text``, with offsets into ``text``."""
    if not text.strip():
        return ()
    walker = _Walker(text)
    nodes: list[Inline] = []
    cursor = 0
    for token in tokens:
        start, end = walker.token(token, cursor)
        cursor = max(cursor, end)
        kind = _TYPES.get(token.get("type", ""), str(token.get("type", "other")))
        if kind in ("code", "html"):
            node_text = token.get("raw", "")
        elif kind == "text":
            node_text = "\n" if token.get("type") == "softbreak" else token.get("raw", "")
        else:
            node_text = _visible(token.get("children", []))
        if kind == "text" and nodes and nodes[-1].type == "text":
            last = nodes[-1]
            nodes[-1] = Inline("text", last.start, end, last.text + node_text)
            continue
        attrs = token.get("attrs", {})
        children = tuple(_TYPES.get(c.get("type", ""), "other") for c in token.get("children", []))
        nodes.append(Inline(kind, start, end, node_text, destination(attrs.get("url", "")), "ref" in token, children))
    return tuple(nodes)


@dataclass(frozen=True, slots=True)
class TextMap:
    """Maps offsets in a block's text to source positions.

    ``starts`` are the offsets where each text line begins; ``anchors`` the 0-based source line and
    column where that text line stands in the source.
    """

    starts: tuple[int, ...]
    anchors: tuple[tuple[int, int], ...]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the source for an offset into the text."""
        k = max(bisect_right(self.starts, offset) - 1, 0)
        line, column = self.anchors[k]
        return line + 1, column + (offset - self.starts[k]) + 1


def line_starts(text: str) -> tuple[int, ...]:
    starts = [0]
    for i, char in enumerate(text):
        if char == "\n":
            starts.append(i + 1)
    return tuple(starts)
