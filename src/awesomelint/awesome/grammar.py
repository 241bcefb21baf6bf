"""An awesome-list entry's grammar: main link, separator, description, trailing metadata.

Real entries carry metadata around the description: license tags (``[MIT]``, `` `MIT` ``,
``[MIT][200]``), ratings (``[8.6]``, ``★★★★☆``), years (``(2015- )``), star and status badges, emoji,
extra links (``[website](…)``, ``([Source Code](…))``). The description rules (case, final
punctuation, repeated name, markup) read the description only; an entry with no description has
nothing for them to check. Built on ``items.Item.nodes``; computed once per entry and document.

Trailing metadata is read from the end backwards: a token is metadata when its form says so (an
image or badge, a bracketed tag, a rating, a year range, an emoji, an extra link, a bracketed or
parenthesised link) or when it follows a finished sentence (a code span or link after ``Foo.``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from awesomelint.awesome.items import Item, Node, item_of
from awesomelint.document import Document, Entry
from awesomelint.memo import per_document

STOPS = ".!?…。！？．｡"
EMOJI_CHARS = (r"\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u3030\u303D"
               r"\u3297\u3299\u00A9\u00AE\u203C\u2049\u2122\u2139\uFE0F\u200D\U000E0020-\U000E007F")
EMOJI = re.compile(f"[{EMOJI_CHARS}]")


def only_decoration(text: str) -> bool:
    """Emoji only, or one parenthetical: awesome-lint lets such descriptions stand without ' - '."""
    rest = EMOJI.sub("", text).strip()
    return not rest or bool(re.fullmatch(r"\([^)]+\)", rest))


# Labels of links that accompany an entry rather than describe it.
EXTRA_LABELS = re.compile(
    r"^(?:website|web ?site|home ?page|demo|live demo|docs?|documentation|source(?: code)?|code|github|gitlab|repo"
    r"|repository|download|play store|google play|app store|f-droid|npm|pypi|crates\.io|blog|video|slides|paper"
    r"|pdf|project(?: page)?|tutorial|examples?|api|playground|try it|chrome|firefox|[a-z]{1,3}|\d+(?:\.\d+)?)$",
    re.IGNORECASE)
# Text tokens that are metadata by their form, matched at the end of the text before them.
_TAIL = re.compile(
    r"(?:\[[^\[\]\n]{1,40}\](?:\[[^\[\]\n]*\])?"  # [MIT], [8.6], [Deprecated], [MIT][200]
    r"|\(\s*\d{4}\s*(?:[-–]\s*(?:\d{4}|present)?\s*)?\)"  # (2015), (2015- ), (2015-2020)
    r"|[★☆]+(?:\s*\d+(?:\.\d+)?)?"  # ★★★★☆
    rf"|[{EMOJI_CHARS}]+"  # emoji
    r"|:[a-z0-9_+-]+:"  # :copyright:
    r"|(?<=[.!?)] )(?:arXiv:\d{4}\.\d{4,5}(?:v\d+)?|doi:\S+)"  # an identifier after the sentence
    r")\s*$", re.UNICODE)
_BETWEEN = re.compile(r"[,|·•/]\s*$")  # separators between metadata tokens
_LEAD = re.compile(rf"\s*(?:\[[^\[\]\n]{{1,40}}\]|[★☆]+\S*|[{EMOJI_CHARS}]+|:[a-z0-9_+-]+:|[(\[\])])", re.UNICODE)
SEPARATOR = re.compile(r"[ \t\u00a0]*(?:[-–—:|])[ \t\u00a0]+")
_OPEN_WORD = re.compile(r"\b(?:see|in|by|on|at|from|the|a|an|of|for|and|or|with|to|via|its|their)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Grammar:
    """Offsets are into ``Entry.text``; an empty description has ``description_start == description_end``."""

    item: Item
    separator: str  # as written (' - ', ': ', ' — '), '' when there is none
    separator_start: int
    description_start: int
    description_end: int  # where trailing metadata (or the entry's first block) ends the description
    metadata: tuple[str, ...]  # the trailing metadata as written, token by token

    @property
    def entry(self) -> Entry:
        return self.item.entry

    @property
    def description(self) -> str:
        return self.entry.text[self.description_start:self.description_end]

    @property
    def nodes(self) -> tuple[Node, ...]:
        """The description's inline nodes (those that overlap it)."""
        return tuple(n for n in self.item.description
                     if n.end > self.description_start and n.start < self.description_end)


def grammar_of(doc: Document, entry: Entry) -> Grammar | None:
    """The entry's grammar, or None when it does not start with a link (not an entry of this shape)."""
    if entry.kind != "list_item":
        return _parse(doc, entry)
    return _grammars(doc).get((entry.line, entry.column))


@per_document
def _grammars(doc: Document) -> dict[tuple[int, int], Grammar | None]:
    return {(e.line, e.column): _parse(doc, e) for e in doc.entries if e.kind == "list_item"}


def is_badge(node: Node) -> bool:
    """An image, inline HTML (<img>) or a link around an image only: decoration, not words."""
    return node.type in ("image", "html") or (node.type == "link" and bool(node.children)
                                              and all(c == "image" for c in node.children))


def _parse(doc: Document, entry: Entry) -> Grammar | None:
    item = item_of(doc, entry)
    main = item.main_link
    if main is None or main.type != "link":
        return None
    text = entry.text
    limit = len(text)  # the entry's first block: a description may wrap onto the next lines
    pos = _leading(item, text, main.end, limit)
    sep = SEPARATOR.match(text, pos, limit)
    separator = sep.group() if sep else ""
    start = sep.end() if sep else pos
    start += len(text[start:limit]) - len(text[start:limit].lstrip())
    end = _description_end(item, text, start, limit)
    tail = text[end:limit]
    return Grammar(item, separator, pos, start, end, tuple(t for t in _TOKEN.findall(tail) if t.strip("()[]")))


def _leading(item: Item, text: str, pos: int, limit: int) -> int:
    """Skip metadata between the main link and the separator: badges, [264🎬], :copyright:, [[woxi](…)]."""
    previous: Node | None = None
    for node in item.description:
        if node.end <= pos:
            continue
        if node.start >= limit:
            break
        if node.type == "text":
            here = max(pos, node.start)
            stop = min(node.end, limit)
            while here < stop and not SEPARATOR.match(text, here, stop):
                lead = _LEAD.match(text, here, stop)
                if lead is None:
                    break
                here = lead.end()
            if not text[here:stop].strip():
                pos = stop  # only badges, tags and spaces so far
                continue
            return here if SEPARATOR.match(text, here, stop) else max(pos, node.start)
        wrapped = text[node.start - 1:node.start] == "["
        tag = node.type in ("code", "strong", "emphasis") and node.text.strip()[:1] in ("[", "☆", "★")
        tag = tag or (node.type == "code" and _tag_before_separator(item, text, node, limit))
        inside_html = previous is not None and previous.type == "html" and previous.end == node.start
        if is_badge(node) or (node.type == "link" and wrapped) or tag or inside_html:
            pos = node.end
            previous = node
            continue
        return max(pos, node.start)
    return pos


def _tag_before_separator(item: Item, text: str, code: Node, limit: int) -> bool:
    """A code span (or a run of them) right before the separator is a tag: awesome-selfhosted's
    `` `⚠` - `` (depends on proprietary software), `` `MIT` `Go` - ``. A code span followed by words
    with no separator is the description's start and stays so."""
    pos = code.end
    for node in item.description:
        if node.end <= pos:
            continue
        if node.start >= limit:
            break
        if node.type == "code" and not text[pos:node.start].strip():
            pos = node.end
        elif node.type != "text" or text[max(pos, node.start):min(node.end, limit)].strip():
            break
    return SEPARATOR.match(text, pos, limit) is not None


def _finished(before: str) -> bool:
    """The text before a token ends a sentence (or a parenthesis), so what follows is metadata."""
    stripped = before.rstrip()
    return bool(stripped) and stripped[-1] in STOPS + ")）\"”’'"


def _description_end(item: Item, text: str, start: int, limit: int) -> int:
    """Read metadata tokens backwards from the end of the entry's first block."""
    end = len(text[:limit].rstrip())
    nodes = [n for n in item.description if start <= n.start < end]
    while end > start:
        closer = text[end - 1] in ")]"
        node = next((n for n in reversed(nodes) if n.type != "text" and n.start < end
                     and (n.end == end or (closer and n.end == end - 1))), None)
        if node is not None:
            wrapped = node.end == end - 1 and node.start > start and text[node.start - 1] in "(["
            first = node.start
            if node.type == "code":  # a run of code spans: `MIT` `Go`
                for other in reversed(nodes):
                    if other.type == "code" and other.end <= first and not text[other.end:first].strip():
                        first = other.start
            before = text[start:first - (1 if wrapped else 0)]
            label = node.text.strip()
            extra = (node.type == "link" and bool(EXTRA_LABELS.match(label)) and not _OPEN_WORD.search(before))
            after_html = any(n.type == "html" and n.end == node.start for n in nodes)  # <a …>`Screenshot`</a>
            metadata = (is_badge(node) or wrapped or extra or after_html
                        or (node.type in ("strong", "emphasis", "code") and bool(re.fullmatch(r"[\[(].*[\])]", label)))
                        or (node.type in ("code", "link") and _finished(before))
                        # a finished sentence, then a line of markup: '**[⬆ back to top](#contents)**'
                        or (node.type in ("strong", "emphasis") and _finished(before) and "\n" in before))
            if not metadata:
                break
            before = before.rstrip()
            if before.endswith(("(", "[")):
                before = before[:-1]  # the opener of ([Demo](…), [Source Code](…))
            end = start + len(before.rstrip())
            continue
        m = _TAIL.search(text, start, end)
        between = _BETWEEN.search(text, start, end) if end < len(text[:limit].rstrip()) else None
        m = m or between
        if m is None:
            break
        end = len(text[:m.start()].rstrip())
    return max(start, end)


_TOKEN = re.compile(r"\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\)"  # a badge: [![alt](img)](url)
                    r"|\(\[[^\]]*\]\([^)]*\)\)|!?\[[^\]]*\]\([^)]*\)"  # ([Source](url)), [link](url)
                    r"|\[[^\]]*\](?:\[[^\]]*\])?|`[^`]*`|\([^)]*\)|<[^>]*>|[^\s,|·•]+")
