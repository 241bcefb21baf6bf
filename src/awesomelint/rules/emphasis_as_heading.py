"""A paragraph made only of bold or italic text that introduces the next paragraph is a heading in
disguise: it is missing from the outline, the ToC and anchors.

Doc: rules/AL019-emphasis-as-heading.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.markdown import regions
from awesomelint.profiles import STYLE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL019", name="emphasis-as-heading", summary="Use a heading, not bold text, for a section.",
                severity=Severity.WARNING, aliases=("no-emphasis-as-heading",), profiles=STYLE)


def _paragraph_at(doc: Document, line: int, column: int) -> bool:
    """A paragraph starts at (line, column): the next sibling of a paragraph that ends just before."""
    return any(b.type in ("paragraph", "block_text") and b.line == line and b.column == column for b in doc.blocks)


def _only_link(doc: Document, line: int, text: str, strong: bool) -> bool:
    """``**[back to top](#top)**``: a navigation link in bold, not a section title."""
    size = 2 if strong else 1
    links = [link for link in doc.links if link.line == line and link.kind != "image"]
    inner = text[size:len(text) - size]
    return len(links) == 1 and inner.startswith("[") and inner.endswith(")") and inner.count("](") == 1


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for region in regions(doc, ("paragraph", "block_text")):
        text = region.text.rstrip()
        whole = [e for e in region.emphasis if e.start == 0 and e.end == len(text)]
        if not whole or _only_link(doc, region.block.line, text, whole[0].strong):
            continue
        block = region.block
        after = block.end_line + 1
        while after <= len(doc.lines) and not doc.line_text(after).strip():
            after += 1
        if not _paragraph_at(doc, after, block.column) or any(e.line == after for e in doc.entries):
            continue  # no paragraph follows, or it belongs to the next list item
        what = "strong" if whole[0].strong else "emphasis"
        yield Problem(block.line, block.column, f"Unexpected {what} introducing a section, expected a heading instead",
                      block.end_line, block.end_column)
