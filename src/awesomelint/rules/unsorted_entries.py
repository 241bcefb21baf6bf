"""Entries of a list are not in alphabetical order, so readers cannot scan for a name.

Doc: rules/AL160-unsorted-entries.md
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Annotated, Literal

from awesomelint.awesome.gitrepo import find_file
from awesomelint.document import Document, Entry
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.markup.sorting import COMMENT_LINE, entry_blocks, in_order
from awesomelint.options import NonBlank, Token
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL160",
    name="unsorted-entries",
    summary="Entries of each list are sorted alphabetically.",
    severity=Severity.WARNING,
    fixable=True,
    aliases=("alphabetical-order",),
    # on where the list promises alphabetical order (when = "promised"); anywhere with when = "always"
    profiles=frozenset({"awesome", "awesome-style", "plain"}),
)
# How a list asks for alphabetical order, in its README or contributing guide.
PROMISE = re.compile(r"\balphabetical(?:ly)?\b|\bin (?:a-z|a–z) order\b|\bsorted by name\b|по алфавиту|按字母",
                     re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")

@dataclass(frozen=True, slots=True)
class Options:
    articles: tuple[Annotated[str, Token()], ...] = ()  # leading words ignored when comparing, e.g. ["the", "a", "an"]
    ignore_emoji: bool = True  # leading emoji, symbols and punctuation are ignored
    skip_sections: tuple[Annotated[str, NonBlank()], ...] = ("contents", "table of contents")  # heading text or anchor
    nested: bool = True  # with when = "always", also check the sub-items of each entry among themselves
    tables: bool = True  # also check table rows, by their first cell
    case_sensitive: bool = False  # true: `B` before `a`, as in lists sorted by code point
    # promised: only where the README or contributing guide asks for alphabetical order; always: everywhere
    when: Literal["promised", "always"] = "promised"


def sort_key(entry: Entry, options: Options) -> str:
    name = _name(entry)
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).strip()
    if not options.case_sensitive:
        text = text.casefold()
    if options.ignore_emoji:
        text = re.sub(r"^[\W_]+", "", text)
    for article in options.articles:
        if text.casefold().startswith(article.casefold() + " ") and len(text) > len(article) + 1:
            text = text[len(article) + 1:].lstrip()
            break
    return text


def _groups(doc: Document, siblings: Sequence[Entry], options: Options) -> Iterator[list[Entry]]:
    """Runs of adjacent list items (separated only by blank and comment lines) or of table rows."""
    group: list[Entry] = []
    for entry in siblings:
        if not _sortable(entry, options):
            if len(group) > 1:
                yield group
            group = []
            continue
        if group and not _adjacent(doc, group[0], group[-1], entry):
            if len(group) > 1:
                yield group
            group = []
        group.append(entry)
    if len(group) > 1:
        yield group


def _sortable(entry: Entry, options: Options) -> bool:
    if entry.kind == "table_row":
        return options.tables and bool(entry.cells) and bool(entry.cells[0].strip())
    return entry.kind == "list_item" and not entry.ordered and bool(entry.plain.strip())


def _adjacent(doc: Document, first: Entry, last: Entry, entry: Entry) -> bool:
    if entry.kind != first.kind or entry.column != first.column or entry.marker != first.marker:
        return False
    if entry.kind == "table_row":
        return entry.line == last.line + 1
    between = (doc.line_text(n) for n in range(last.end_line + 1, entry.line))
    return all(not line.strip() or COMMENT_LINE.match(line) for line in between)


def _check_group(doc: Document, group: list[Entry], options: Options) -> Problem | None:
    keys = [sort_key(e, options) for e in group]
    keep = in_order(keys)
    if len(keep) == len(group):
        return None
    first = min(set(range(len(group))) - keep)
    entry = group[first]
    order = sorted(range(len(group)), key=lambda i: (keys[i], i))
    where = order.index(first)
    neighbour = group[order[where + 1]] if where == 0 else group[order[where - 1]]
    name = _name(entry)[:60]
    place = f"before {_name(neighbour)[:60]!r}" if where == 0 else f"after {_name(neighbour)[:60]!r}"
    others = len(group) - len(keep) - 1
    more = f" ({others} more out of order in this list)" if others else ""
    chunks, gaps = entry_blocks(doc, group)
    lines: list[str] = []
    for k, i in enumerate(order):
        lines.extend(chunks[i])
        lines.extend(gaps[k])
    last = group[-1].line + len(chunks[-1]) - 1 + len(gaps[-1])
    edit = Edit(group[0].line, 1, last, len(doc.line_text(last)) + 1, "\n".join(lines))
    anchor = entry.main_link or (entry.links[0] if entry.kind == "table_row" else None)
    line, column = (anchor.line, anchor.column) if anchor else (entry.text_line, entry.text_column)
    return Problem(line, column, f"{name!r} is out of alphabetical order: it belongs {place}{more}",
                   fix=Fix((edit,), "sort the entries alphabetically"))


def _name(entry: Entry) -> str:
    """The main link's text (the entry's text when the link is only an image); a row's first cell."""
    if entry.kind == "table_row":
        return entry.plain.split(" | ")[0].strip()
    main = entry.main_link
    return (main.text.strip() if main is not None else "") or entry.plain


def _skipped(doc: Document, entry: Entry, options: Options) -> bool:
    section = doc.section_of(entry.line)
    if section is None:
        return False
    wanted = {s.casefold().strip() for s in options.skip_sections}
    return section.title.casefold().strip() in wanted or section.anchor in wanted


def _section_line(doc: Document, entry: Entry) -> int | None:
    section = doc.section_of(entry.line)
    return None if section is None else section.line


def _not_a_link_list(group: list[Entry]) -> bool:
    """A table of contents (links into the page) or prose (entries, or rows, that do not start with a link)."""
    if group[0].kind == "table_row":
        return not all(e.cells[0].strip().startswith("[") and e.links for e in group)
    mains = [e.main_link for e in group]
    return any(m is None for m in mains) or all(m is not None and m.url.startswith("#") for m in mains)


_LINK_ENTRY = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\[[^\]]*\]\(")  # '- [Name](…) …': a linked resource


def promised(doc: Document) -> bool:
    """The README or its contributing guide asks for alphabetical order, anywhere in the list."""
    return promised_sections(doc) is None


def promised_sections(doc: Document) -> frozenset[int] | None:
    """Where the list promises alphabetical order: None for the whole list (its intro, a section of
    prose such as its contribution rules, or its contributing guide say so), else the lines of the
    headings whose own text says so (awesome-R's 'R Ecosystems' says '(in alphabetical order):' for its
    three entries, not for the list). An entry's description ('- [awesome-vim](…) - … ordered
    alphabetically.') speaks of the linked list, not of this one."""
    scoped: set[int] = set()
    for number, line in enumerate(doc.lines, start=1):
        if not PROMISE.search(line) or _LINK_ENTRY.match(line):
            continue
        section = doc.section_of(number)
        if section is None or section.heading.level <= 1 or not any(
                e.main_link is not None for e in section.entries):
            return None
        scoped.add(section.line)
    if scoped:
        return frozenset(scoped)
    guide = find_file(doc.root, ("contributing.md",))
    try:
        if guide is not None and PROMISE.search(guide.read_text(encoding="utf-8", errors="replace")):
            return None
    except OSError:
        pass
    return frozenset()


def _dated(group: list[Entry]) -> bool:
    """A section ordered by year (newest or oldest first): the years of its entries go one way."""
    years = [int(m.group()) for e in group if (m := _YEAR.search(e.plain))]
    if len(years) < 3 or len(years) * 2 < len(group):
        return False
    pairs = list(pairwise(years))
    return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)


def check(doc: Document, options: Options) -> Iterator[Problem]:
    scope = promised_sections(doc) if options.when == "promised" else None
    if scope is not None and not scope:
        return
    tops = [e for e in doc.entries if e.depth == 0]
    pending: list[Sequence[Entry]] = [tops]
    while pending:
        siblings = pending.pop(0)
        for group in _groups(doc, siblings, options):
            if _not_a_link_list(group) or _skipped(doc, group[0], options) or _dated(group):
                continue
            if scope is not None and _section_line(doc, group[0]) not in scope:
                continue  # the promise is another section's
            problem = _check_group(doc, group, options)
            if problem is not None:
                yield problem
        if options.nested and options.when == "always":  # a promise is about the entries, not their sub-items
            pending.extend(e.children for e in siblings if len(e.children) > 1)
