"""A description ends with punctuation: ``.``, ``!``, ``?``, ``…`` or a CJK full stop (``。！？``),
possibly inside closing quotes. Doc: rules/AL128-description-punctuation.md"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.awesome.grammar import EMOJI, Grammar, grammar_of, only_decoration
from awesomelint.awesome.items import Node, item_of, position
from awesomelint.awesome.toc import checked_entries
from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL128", severity=Severity.WARNING,
    name="description-punctuation",
    summary="Descriptions end with a period (or ! ? … 。).",
    fixable=True,
    aliases=("awesome-list-item",),
    profiles=STYLE,
    presets={"awesome-lint": {"grammar": False, "style": "period"}},
)
STOPS = ".!?…。！？．｡"
_CLOSERS = "\"”’'」』)）】》"
_GOOD_END = re.compile(f"[{re.escape(STOPS)}][{re.escape(_CLOSERS)}]?$")
# a list makes "no final period" its convention only with enough descriptions to show it: one or two
# unfinished entries in a short list are slips, not a style
CONVENTION_MIN = 5
_DOUBLED = re.compile(f"[{re.escape(STOPS)}][\"”][{re.escape(STOPS)}]+$")


def _verdict(text: str) -> str | None:
    """Why the description's end is wrong, or None when it is fine (awesome-lint's leniency kept)."""
    if _DOUBLED.search(text):
        return "ends with punctuation on both sides of the closing quote: keep only one"
    if _GOOD_END.search(text):
        return None
    has_stop = any(c in STOPS for c in text)
    words = [w for w in re.split(r"[- ;./']", text) if w]
    if EMOJI.search(text[-1]) and (has_stop or len(words) <= 2):
        return None
    if text.endswith(")") and has_stop:
        return None
    return "does not end with punctuation: end it with a period"


def _tagged(nodes: list[Node]) -> bool:
    """A finished sentence followed by tags: 'Does foo. **[Deprecated]**', 'Does foo. `MIT` `Docker`'."""
    rest = list(nodes)
    while rest and (rest[-1].type in ("strong", "emphasis", "link", "code")
                    or (rest[-1].type == "text" and not rest[-1].text.strip())):
        rest.pop()
    if len(rest) == len(nodes) or not rest:
        return False
    before = "".join(n.text for n in rest).rstrip()
    return bool(before) and _verdict(before) is None and not _DOUBLED.search(before)


def _is_cjk(char: str) -> bool:
    return "CJK" in unicodedata.name(char, "") or "HIRAGANA" in unicodedata.name(char, "") \
        or "KATAKANA" in unicodedata.name(char, "") or "HANGUL" in unicodedata.name(char, "")


@dataclass(frozen=True, slots=True)
class Options:
    # grammar: read the description only (metadata after it, [MIT] or badges, is not its end);
    # awesome-lint reads the whole entry (preset in the awesome-lint profile)
    grammar: bool = True
    # dominant: a list where most descriptions end without punctuation has made that choice
    style: Literal["dominant", "period"] = "dominant"


def _finding(doc: Document, g: Grammar) -> Problem | None:
    """The entry's finding, reading the description alone (the fix goes before the metadata)."""
    text = g.description.rstrip()
    if not text or only_decoration(text) or not text.lstrip("-–— \u00a0"):
        return None
    nodes = [n for n in g.nodes if not (n.type == "text" and not n.text.strip())]
    last = nodes[-1] if nodes else None
    ends_code = last is not None and last.type == "code" and last.end >= g.description_start + len(text)
    why = "ends with code: put the period after it" if ends_code else _verdict(_visible(g).rstrip())
    if why is None:
        return None
    end = g.description_start + len(text)
    line, column = position(doc, g.entry, end)
    fix = None
    if not why.startswith("ends with punctuation on both"):
        stop = "。" if _is_cjk(text[-1]) else "."
        fix = Fix((Edit(line, column, line, column, stop),), f"add {stop!r}")
    last_line, last_column = position(doc, g.entry, end - 1)
    return Problem(last_line, last_column, f"the description {why}", line, column, fix=fix)


def _visible(g: Grammar) -> str:
    """The description as a reader sees it: a link is its text, an image nothing (the URL's dots are
    not the sentence's end)."""
    text, out, at = g.entry.text, [], g.description_start
    for node in g.nodes:
        if node.type in ("link", "image") and node.start >= at and node.end <= g.description_end:
            out += [text[at:node.start], node.text if node.type == "link" else ""]
            at = node.end
    return "".join(out) + text[at:g.description_end]


def check(doc: Document, options: Options) -> Iterator[Problem]:
    if not options.grammar:
        yield from _whole_entry(doc)
        return
    found = []
    finished = 0
    for entry in checked_entries(doc):
        g = grammar_of(doc, entry)
        if g is None or not g.description.strip():
            continue  # no description (a name and a rating): nothing to check
        problem = _finding(doc, g)
        finished += problem is None
        if problem is not None:
            found.append(problem)
    if options.style == "dominant" and len(found) > finished and len(found) >= CONVENTION_MIN:
        return  # most descriptions end without a period: the list's convention
    yield from found


def _whole_entry(doc: Document) -> Iterator[Problem]:
    """awesome-lint's reading: the end of the entry is the end of the description."""
    for entry in checked_entries(doc):
        item = item_of(doc, entry)
        if item.main_link is None or item.main_link.type != "link":
            continue
        nodes = [n for n in item.description if not (n.type == "text" and not n.text.strip())]
        text = item.description_text.strip()
        if not nodes or only_decoration(item.description_text) or not text.lstrip("-–— \u00a0"):
            continue
        last = nodes[-1]
        badge = last.type == "link" and bool(last.children) and set(last.children) == {"image"}
        if last.type in ("image", "html") or badge:
            continue  # badges or an icon after the description
        if _tagged(list(item.description)):
            continue
        why = "ends with code: put the period after it" if last.type == "code" else _verdict(text)
        if why is None:
            continue
        end = last.start + len(item.entry.text[last.start:last.end].rstrip())
        line, column = position(doc, entry, end)
        fix = None
        if not why.startswith("ends with punctuation on both"):
            stop = "。" if _is_cjk(text[-1]) else "."
            fix = Fix((Edit(line, column, line, column, stop),), f"add {stop!r}")
        last_line, last_column = position(doc, entry, end - 1)  # the description's last character
        yield Problem(last_line, last_column,
                      f"the description {why}", line, column, fix=fix)
