"""The main link and the description are separated by `` - `` (space, hyphen, space); not an en or
em dash, a no-break space, a colon or nothing. Doc: rules/AL126-entry-separator.md"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from awesomelint.awesome.grammar import EMOJI, SEPARATOR, grammar_of, only_decoration
from awesomelint.awesome.items import Item, Node, item_of, position
from awesomelint.awesome.toc import checked_entries
from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.markup.dominant import dominant
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL126", severity=Severity.WARNING,
    name="entry-separator",
    summary="Link and description are separated by ' - '.",
    fixable=True,
    aliases=("awesome-list-item",),
    profiles=STYLE,
    presets={"awesome-lint": {"grammar": False}},
)
_NBSP = re.compile(r"^[\s\u00a0]-[\s\u00a0]")
_DASHES = re.compile(r"^[ \t\u00a0]*[\u2013\u2014][ \t\u00a0]*")
_SPACING = re.compile(r"^[ \t\u00a0]*(?:-|:)[ \t\u00a0]*")
_ATTRIBUTION = re.compile(r"by\s+\S", re.IGNORECASE)  # the title's author follows the link


def _problem(doc: Document, item: Item, link: Node, message: str, match: re.Match[str] | None,
             at: int | None = None, want: str = " - ") -> Problem:
    """At the separator (``at``, else the link's end); with a fix replacing what ``match`` matched."""
    at = link.end if at is None else at
    line, column = position(doc, item.entry, at)
    end_line, end_column = position(doc, item.entry, at + (match.end() if match else 0))
    fix = None
    if match is not None and end_line == line:
        fix = Fix((Edit(line, column, end_line, end_column, want),), f"separate with {want!r}")
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


@dataclass(frozen=True, slots=True)
class Options:
    # grammar: read main link, leading metadata ([264⭐], badges) and separator with awesome/grammar.py,
    # and follow the list's dominant separator; false: awesome-lint's reading (preset for parity)
    grammar: bool = True


def check(doc: Document, options: Options) -> Iterator[Problem]:
    if not options.grammar:
        yield from _awesome_lint(doc)
        return
    read = []
    for entry in checked_entries(doc):
        g = grammar_of(doc, entry)
        if g is None or not g.description.strip() or only_decoration(g.description):
            continue  # no description: nothing to separate
        if not g.separator and _ATTRIBUTION.match(g.description):
            continue  # '[Title](…) by Author (2014)': a book or course and its author, not a description
        read.append(g)
    form = dominant(g.separator.strip() for g in read)
    if form is not None and sum(g.separator.strip() == "-" for g in read) == form.count:
        form = replace(form, form="-")  # a tie goes to the awesome format
    if form is None or not form.form:
        return  # the list writes its entries without a separator: a paper title, a name and a tag…
    spelled = dominant(g.separator for g in read if g.separator.strip() == form.form)
    for g in read:
        link = g.item.main_link
        assert link is not None
        source = g.entry.text[g.separator_start:]
        if form.form == "-":
            if g.separator == " - ":
                continue
            first = next((n for n in g.item.description if n.end > g.separator_start), link)
            message, match = _diagnose(source, first if first.type == "text" else link)
            yield _problem(doc, g.item, link, message, match, at=g.separator_start)
        elif g.separator.strip() not in (form.form, "-"):
            want = spelled.form if spelled else f" {form.form} "
            match = SEPARATOR.match(source) if g.separator else None
            what = f"the separator is {g.separator!r}" if g.separator else "no separator"
            yield _problem(doc, g.item, link, f"{what}, the list separates link and description with {want!r} "
                           f"{form.why('entries')}", match, at=g.separator_start, want=want)


def _awesome_lint(doc: Document) -> Iterator[Problem]:
    """awesome-lint's reading: the text right after the first link followed by ' - ' (or the first link)."""
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
