"""mistune's inline parser, taught to remember where each link, image and HTML tag starts and ends.

mistune 3 gives no positions (lepture/mistune#218). Its inline parser works on one block's text at a
time, so the offsets recorded here are offsets into that text; ``TextMap`` turns them into source
lines and columns.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from re import Match
from typing import Any

import mistune
from mistune.core import InlineState
from mistune.inline_parser import InlineParser

from awesomelint.gfm_table import gfm_table

Token = dict[str, Any]


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
    out: list[str] = []
    for token in tokens:
        kind = token.get("type")
        if kind in ("text", "codespan"):
            out.append(token.get("raw", ""))
        elif kind in ("softbreak", "linebreak"):
            out.append(" ")
        elif "children" in token and kind != "image":
            out.append(plain_text(token["children"]))
    return "".join(out)


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
