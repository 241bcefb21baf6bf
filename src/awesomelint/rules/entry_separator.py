"""The main link and the description are separated by `` - `` (space, hyphen, space); not an en or
em dash, a no-break space, a colon or nothing. Doc: rules/AL126-entry-separator.md"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.awesome.items import Item, item_of, position
from awesomelint.awesome.toc import checked_entries
from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL126",
    name="entry-separator",
    summary="Link and description are separated by ' - '.",
    fixable=True,
    aliases=("awesome-list-item",),
    profiles=frozenset({"awesome", "awesome-lint"}),
)
EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF\u2190-\u21FF\u3030\u303D"
                   r"\u3297\u3299\u00A9\u00AE\u203C\u2049\u2122\u2139\uFE0F\u200D\U000E0020-\U000E007F]")
_NBSP = re.compile(r"^[\s\u00a0]-[\s\u00a0]")
_DASHES = re.compile(r"^[ \t\u00a0]*[\u2013\u2014][ \t\u00a0]*")
_SPACING = re.compile(r"^[ \t\u00a0]*(?:-|:)[ \t\u00a0]*")


def only_decoration(text: str) -> bool:
    """Emoji only, or one parenthetical: awesome-lint lets such descriptions stand without ' - '."""
    rest = EMOJI.sub("", text).strip()
    return not rest or bool(re.fullmatch(r"\([^)]+\)", rest))


def _problem(item: Item, doc: Document, message: str, fix_to: str | None, match_end: int) -> Problem:
    entry, link = item.entry, item.main_link
    assert link is not None
    line, column = position(doc, entry, link.end)
    end_line, end_column = position(doc, entry, link.end + match_end)
    fix = None
    if fix_to is not None and end_line == line:
        fix = Fix((Edit(line, column, end_line, end_column, fix_to),), "separate with ' - '")
    return Problem(line, column, message, end_line, max(end_column, column + 1), fix=fix)


def check(doc: Document, options: object) -> Iterator[Problem]:
    for entry in checked_entries(doc):
        item = item_of(doc, entry)
        link = item.main_link
        if link is None or link.type != "link" or not item.description:
            continue
        text = item.description_text
        source = item.description_source
        if text.startswith(" - ") or only_decoration(text):
            continue
        first = item.description[0]
        if first.type == "text" and len(item.description) == 1 and EMOJI.search(text.rstrip()[-1:] or " "):
            continue
        if re.search(r" - [A-Z]", text):
            continue  # badges or a second link before ' - ' (awesome-lint's "image + text + link" layout)
        nbsp = _NBSP.match(source)
        if first.type == "text" and nbsp and "\u00a0" in nbsp.group():
            yield _problem(item, doc, "a no-break space around the separator: use ' - ' with plain spaces",
                           " - ", nbsp.end())
        elif first.type == "text" and _DASHES.match(source):
            m = _DASHES.match(source)
            assert m is not None
            dash = "en dash" if "\u2013" in m.group() else "em dash"
            yield _problem(item, doc, f"an {dash} separates the link and the description: use ' - ' "
                           "(a hyphen)", " - ", m.end())
        elif first.type == "text" and source[:1] in " \t\u00a0-:" and _SPACING.match(source):
            m = _SPACING.match(source)
            assert m is not None
            yield _problem(item, doc, f"the separator is {m.group()!r}: separate the link and the "
                           "description with ' - ' (one space, a hyphen, one space)", " - ", m.end())
        else:
            yield _problem(item, doc, "the link and the description must be separated by ' - ': write "
                           "'- [Name](https://…) - Description.'", None, 0)
