"""A description is text with links, code, emphasis or images; not strikethrough or hard line breaks.
Doc: rules/AL129-description-markdown.md"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.awesome.items import item_of, position
from awesomelint.awesome.toc import checked_entries
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL129", severity=Severity.WARNING,
    name="description-markdown",
    summary="No strikethrough or hard line breaks in descriptions.",
    aliases=("awesome-list-item",),
    profiles=STYLE,
)
ALLOWED = frozenset({"text", "code", "emphasis", "strong", "link", "image", "html"})
WHAT = {"strikethrough": "strikethrough (~~…~~): remove outdated entries instead of striking them out",
        "break": "a hard line break: keep the description on one line"}


def check(doc: Document, options: object) -> Iterator[Problem]:
    for entry in checked_entries(doc):
        item = item_of(doc, entry)
        if item.main_link is None:
            continue
        for node in item.description:
            if node.type not in ALLOWED:
                line, column = position(doc, entry, node.start)
                end_line, end_column = position(doc, entry, node.end)
                yield Problem(line, column, "the description contains " +
                              WHAT.get(node.type, f"{node.type} markup"), end_line, end_column)
                break
