"""The main link and the description are separated by `` - `` (space, hyphen, space); not an en or
em dash, a no-break space, a colon or nothing. Doc: rules/AL126-entry-separator.md"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.awesome.items import Item, Node, item_of, position
from awesomelint.awesome.toc import checked_entries
from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL126", severity=Severity.WARNING,
    name="entry-separator",
    summary="Link and description are separated by ' - '.",
    fixable=True,
    aliases=("awesome-list-item",),
    profiles=STYLE,
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


def _problem(doc: Document, item: Item, link: Node, message: str, match: re.Match[str] | None) -> Problem:
    """At the separator; with a fix replacing what ``match`` matched by ' - '."""
    line, column = position(doc, item.entry, link.end)
    end_line, end_column = position(doc, item.entry, link.end + (match.end() if match else 0))
    fix = None
    if match is not None and end_line == line:
        fix = Fix((Edit(line, column, end_line, end_column, " - "),), "separate with ' - '")
    return Problem(line, column, message, end_line, max(end_column, column + 1), fix=fix)


def _diagnose(source: str, first: Node) -> tuple[str, re.Match[str] | None]:
    """The message, and the separator to replace when it is a wrong one."""
    if first.type == "text":
        nbsp = _NBSP.match(source)
        if nbsp and "\u00a0" in nbsp.group():
            return "a no-break space around the separator: use ' - ' with plain spaces", nbsp
        dashes = _DASHES.match(source)
        if dashes:
            dash = "en dash" if "\u2013" in dashes.group() else "em dash"
            return f"an {dash} separates the link and the description: use ' - ' (a hyphen)", dashes
        spacing = _SPACING.match(source) if source[:1] in " \t\u00a0-:" else None
        if spacing:
            return (f"the separator is {spacing.group()!r}: separate the link and the description with ' - ' "
                    "(one space, a hyphen, one space)", spacing)
    return "the link and the description must be separated by ' - ': write '- [Name](https://…) - Description.'", None


def check(doc: Document, options: object) -> Iterator[Problem]:
    for entry in checked_entries(doc):
        item = item_of(doc, entry)
        link = item.main_link
        if link is None or link.type != "link" or not item.description:
            continue
        text = item.description_text
        if text.startswith(" - ") or only_decoration(text):
            continue
        first = item.description[0]
        if first.type == "text" and len(item.description) == 1 and EMOJI.search(text.rstrip()[-1:] or " "):
            continue  # the description is text that ends with an emoji
        if re.search(r" - [A-Z]", text):
            continue  # badges or a second link before ' - ' (awesome-lint's "image + text + link" layout)
        message, match = _diagnose(item.description_source, first)
        yield _problem(doc, item, link, message, match)
