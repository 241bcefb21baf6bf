"""A description ends with punctuation: ``.``, ``!``, ``?``, ``…`` or a CJK full stop (``。！？``),
possibly inside closing quotes. Doc: rules/AL128-description-punctuation.md"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from awesomelint.awesome.items import Node, item_of, position
from awesomelint.awesome.toc import checked_entries
from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta
from awesomelint.rules.entry_separator import EMOJI, only_decoration

META = RuleMeta(
    id="AL128", severity=Severity.WARNING,
    name="description-punctuation",
    summary="Descriptions end with a period (or ! ? … 。).",
    fixable=True,
    aliases=("awesome-list-item",),
    profiles=STYLE,
)
STOPS = ".!?…。！？．｡"
_CLOSERS = "\"”’'」』)）】》"
_GOOD_END = re.compile(f"[{re.escape(STOPS)}][{re.escape(_CLOSERS)}]?$")
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


def check(doc: Document, options: object) -> Iterator[Problem]:
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
