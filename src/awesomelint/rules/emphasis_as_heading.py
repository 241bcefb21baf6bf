"""A paragraph made only of bold or italic text that introduces the next paragraph is a heading in
disguise: it is missing from the outline, the ToC and anchors.

Doc: rules/AL019-emphasis-as-heading.md
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.markdown import regions
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL019", name="emphasis-as-heading", summary="Use a heading, not bold text, for a section.",
                severity=Severity.WARNING, aliases=("no-emphasis-as-heading",), profiles=STYLE,
                presets={"awesome-lint": {"titles_only": False}})


def _only_link(links_on_line: int, text: str, strong: bool) -> bool:
    """``**[back to top](#top)**``: a navigation link in bold, not a section title."""
    size = 2 if strong else 1
    inner = text[size:len(text) - size]
    return links_on_line == 1 and inner.startswith("[") and inner.endswith(")") and inner.count("](") == 1


@dataclass(frozen=True, slots=True)
class Options:
    # titles_only: report only emphasis that reads as a title (one short line, no link, no sentence
    # punctuation): '_Libraries for working with human languages._' is a sentence in italics, a note;
    # false: any emphasised paragraph before another paragraph (awesome-lint, preset)
    titles_only: bool = True


def _title_like(text: str) -> bool:
    inner = text.strip("*_ \t")
    return ("\n" not in inner and "](" not in inner and not inner.endswith((".", "!", "?", ":", "…", "。"))
            and len(inner.split()) <= 8)


def check(doc: Document, options: Options) -> Iterator[Problem]:
    # indexes built once: looking each paragraph up in every block, link and entry was quadratic
    paragraphs = {(b.line, b.column) for b in doc.blocks if b.type in ("paragraph", "block_text")}
    entry_lines = {e.line for e in doc.entries}
    links_per_line = Counter(link.line for link in doc.links if link.kind != "image")
    for region in regions(doc, ("paragraph", "block_text")):
        text = region.text.rstrip()
        whole = [e for e in region.emphasis if e.start == 0 and e.end == len(text)]
        if not whole or _only_link(links_per_line[region.block.line], text, whole[0].strong):
            continue
        if options.titles_only and not _title_like(text):
            continue
        block = region.block
        after = block.end_line + 1
        while after <= len(doc.lines) and not doc.line_text(after).strip():
            after += 1
        if (after, block.column) not in paragraphs or after in entry_lines:
            continue  # no paragraph follows, or it belongs to the next list item
        what = "strong" if whole[0].strong else "emphasis"
        yield Problem(block.line, block.column, f"Unexpected {what} introducing a section, expected a heading instead",
                      block.end_line, block.end_column)
