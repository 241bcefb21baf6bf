"""Quotes and brackets come in pairs: every “ has its ”, every 「 its 」, every " its partner, within a
paragraph, heading or list item. Apostrophes (``don't``, ``China's``) are not quotes.
Doc: rules/AL131-balanced-punctuation.md"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.awesome.prose import MASK, prose_lines
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.options import Pair
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL131", severity=Severity.WARNING,
    name="balanced-punctuation",
    summary="Quotes and brackets are balanced.",
    aliases=("balanced-punctuation",),
    profiles=STYLE,
)
DEFAULT_PAIRS = ("“”", "‘’", "『』", "（）", "《》", "「」", "【】", '"')


@dataclass(frozen=True, slots=True)
class Options:
    pairs: tuple[Annotated[str, Pair()], ...] = DEFAULT_PAIRS  # each one character (symmetric) or two (open, close)


Char = tuple[str, int, int]  # character, line, column
_TWINS = {"(": "（", "（": "("}  # a full-width bracket closed by an ASCII one, or the reverse


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _units(doc: Document) -> Iterator[list[Char]]:
    """Characters of each paragraph, heading and top-level list item (nested items included)."""
    item_of_line: dict[int, int] = {}
    for entry in doc.entries:
        if entry.kind == "list_item" and entry.depth == 0:
            for n in range(entry.line, entry.end_line + 1):
                item_of_line.setdefault(n, entry.line)
    heading_lines = {h.line for h in doc.headings} | {h.end_line for h in doc.headings}
    unit: list[Char] = []
    last: tuple[str, int] | None = None
    previous = -1
    for number, masked in prose_lines(doc):
        blank = not masked.replace(MASK, "").strip()
        key = ("item", item_of_line[number]) if number in item_of_line else \
            ("heading", number) if number in heading_lines else ("paragraph", 0)
        if unit and (key != last or (key[0] != "item" and (blank or number != previous + 1))):
            yield unit
            unit = []
        last, previous = (None if blank and key[0] != "item" else key), number
        if blank:
            continue
        if unit:
            unit.append((" ", number, 0))
        unit.extend((c, number, i + 1) for i, c in enumerate(masked) if c != MASK)
    if unit:
        yield unit


def _check_unit(chars: list[Char], opens: dict[str, str], closes: dict[str, str],
                symmetric: set[str]) -> Iterator[Problem]:
    stack: list[tuple[str, int, int]] = []  # opening character, line, column
    loose = 0  # unchecked '(' or '（' still open: the two kinds may pair, （KA) or (╯°□°）
    relevant = {*opens, *closes, *symmetric, *"(（)）’'‘"}  # every other character is passed over below
    for i in [i for i, c in enumerate(chars) if c[0] in relevant]:
        char, line, column = chars[i]
        before = chars[i - 1][0] if i else ""
        after = chars[i + 1][0] if i + 1 < len(chars) else ""
        if char in "(（" and char not in opens:
            loose += 1
            continue
        if char in ")）" and char not in closes:
            twin = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] in "(（"), None)
            if loose:
                loose -= 1
            elif twin is not None:
                del stack[twin]  # （KA)
            continue
        abbreviation = before == "." and i > 1 and _word(chars[i - 2][0])
        if char in ("’", "'", "‘") and _word(after) and (_word(before) or abbreviation):
            continue  # an apostrophe inside a word: Jr.’s, and a mistyped It‘s is still one
        if char in ("’", "'") and _word(before):
            closes_open = char in closes and any(s[0] == closes[char] for s in stack) and not _word(after)
            if not closes_open and (char not in symmetric or not any(s[0] == char for s in stack)):
                continue  # an apostrophe: don't, China's, students'
        if char in symmetric:
            if stack and stack[-1][0] == char:
                stack.pop()
            elif any(s[0] == char for s in stack):
                yield Problem(line, column, f"closing {char} crosses another open quote or bracket: "
                              "fix the nesting", line, column + 1)
                stack = [s for s in stack if s[0] != char]
            else:
                stack.append((char, line, column))
        elif char in opens:
            stack.append((char, line, column))
        elif char in closes:
            match = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == closes[char]), None)
            if match is None:
                match = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == _TWINS.get(closes[char])),
                             None)
            if match is None and char in ")）" and loose:
                loose -= 1
                continue
            if match is None:
                yield Problem(line, column, f"closing {char} has no opening {closes[char]}: add it or "
                              "remove this one", line, column + 1)
            else:
                del stack[match]
    for char, line, column in stack:
        partner = opens.get(char, char)
        yield Problem(line, column, f"{char} is never closed: add the closing {partner}", line, column + 1)


def check(doc: Document, options: Options) -> Iterator[Problem]:
    opens = {p[0]: p[1] for p in options.pairs if len(p) == 2 and p[0] != p[1]}
    closes = {p[1]: p[0] for p in options.pairs if len(p) == 2 and p[0] != p[1]}
    symmetric = {p[0] for p in options.pairs if len(p) == 1 or p[0] == p[1]}
    problems = [p for unit in _units(doc) for p in _check_unit(unit, opens, closes, symmetric)]
    yield from sorted(problems, key=lambda p: (p.line, p.column))
