"""The description does not start by repeating the item's name: ``- [Foo](…) - Foo is a …`` says it
twice. Doc: rules/AL133-no-repeat-item-in-description.md"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from awesomelint.awesome.items import Item, Node, item_of, position
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL133", severity=Severity.WARNING,
    name="no-repeat-item-in-description",
    summary="The description does not start with the item's name.",
    aliases=("no-repeat-item-in-description",),
    profiles=STYLE,
    presets={"awesome-lint": {"subject_only": False}},
)
_BOUNDARY = re.compile(r"^[\s.,!?:-]")
_SUBJECT = re.compile(r"^(?:[.,!?:-]|\s+(?:is|are|was|were|has|have|can|will|does|provides|lets|allows|helps"
                      r"|makes|simplifies|enables|offers|supports|brings|adds|gives|runs|generates|creates"
                      r"|converts|implements|uses|handles|parses|renders|manages|builds|wraps|exposes|extends"
                      r"|aims)\b|\s*$)")


@dataclass(frozen=True, slots=True)
class Options:
    # report only 'Foo is…', 'Foo: …', 'Foo.', not 'USB library.' for [usb] (a plain-English name that is
    # the description); false: any description that starts with the name (awesome-lint, preset)
    subject_only: bool = True



def _main(item: Item) -> int | None:
    """awesome-lint's main link here: the first link that is not a badge (no image inside, not
    followed by another link)."""
    for i, node in enumerate(item.nodes):
        if node.type != "link" or node.reference:
            continue
        following = next((n for n in item.nodes[i + 1:] if n.type != "text" or n.text.strip()), None)
        if "image" not in node.children and not (following and following.type == "link"):
            return i
    return None


def _description(after: tuple[Node, ...]) -> str:
    for i, node in enumerate(after):
        if node.type == "text" and " - " in node.text:
            rest = node.text.split(" - ", 1)[1] + "".join(n.text for n in after[i + 1:])
            return rest.strip()
        if node.type not in ("emphasis", "strong", "code") and not (node.type == "text" and not node.text.strip()):
            return ""
    return ""


def check(doc: Document, options: Options) -> Iterator[Problem]:
    for entry in doc.entries:
        if entry.kind != "list_item":
            continue
        item = item_of(doc, entry)
        index = _main(item)
        if index is None:
            continue
        link = item.nodes[index]
        name = link.text.strip()
        description = _description(item.nodes[index + 1:])
        if not name or not description.lower().startswith(name.lower()):
            continue
        rest = description[len(name):]
        if rest and not _BOUNDARY.match(rest):
            continue
        if options.subject_only and rest and not _SUBJECT.match(rest):
            continue  # 'PostgreSQL client.' names what it is for, not the item again
        line, column = position(doc, entry, link.start)
        end_line, end_column = position(doc, entry, link.end)
        yield Problem(line, column, f"the description starts with the entry's name {name!r} again: begin "
                      "with what it is or does ('- [Foo](…) - Tool that…', not '- [Foo](…) - Foo is a tool that…')",
                      end_line, end_column)
