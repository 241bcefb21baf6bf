"""Every paper entry of a document, parsed once and shared by the papers rules and the detector.

Entries come from list items and table rows (the core model) and from paragraphs, which the core
model does not treat as entries: ``**[n]**`` bibliography paragraphs and multi-line entries joined by
hard breaks (``\\`` or two trailing spaces).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import replace

from awesomelint.document import Block, Document, Entry, Link
from awesomelint.memo import per_document
from awesomelint.papers.context import venue_heading, year_heading
from awesomelint.papers.dates import YEAR_TOKEN
from awesomelint.papers.labels import label_kind
from awesomelint.papers.model import Paper
from awesomelint.papers.parse import parse_entry
from awesomelint.papers.source import Part, Source, block_source
from awesomelint.papers.table import parse_row, roles

_NUMBERED = re.compile(r"\s*\*\*\[\d+\]\*\*")
_HARD_BREAK = re.compile(r"(\\|  |<br\s*/?>\s*)$", re.IGNORECASE)
_LINK_FIRST = re.compile(r"\s*[*_]{0,2}\[[^\]\n]{8,}\]\((?P<url>[^)\s]+)\)")
_PAPER_URL = re.compile(r"arxiv\.org|doi\.org|/doi/|openreview\.net|aclanthology|\.pdf\b|ieeexplore|dl\.acm\.org"
                        r"|papers\.nips|neurips\.cc|thecvf\.com|mlr\.press", re.IGNORECASE)
_SUB_LINE = re.compile(r"^(?P<label>[A-Za-z][\w ]{1,20}?)\s*[:：]\s*\S")  # "Paper: https://..."
_BOLD_LINE = re.compile(r"^\s*\*\*(?P<title>[^*\n]{8,})\*\*\s*$")
_ITALIC_LINE = re.compile(r"^\s*[*_](?![*_\s])(.+?)(?<!\s)[*_]\s*$")


@per_document
def papers(doc: Document) -> tuple[Paper, ...]:
    """Parsed entries in document order, anchor-only entries (tables of contents) left out; each
    with the year and venue its headings give it."""
    found = _authors_first(sorted(_collect(doc), key=lambda p: (p.line, p.source.segments[0][1])))
    return tuple(replace(p, context_year=year_heading(doc, p.line), context_venue=venue_heading(doc, p.line))
                 for p in found)


_NAMES_COLON = re.compile(r"^(?P<a>[A-Z][\w.'’-]*(?:,? (?:[A-Z][\w.'’-]*|and|et al\.?|de|van|von))*,?)"
                          r"[ \t]*:[ \t]+(?=\S)")


def _authors_first(found: list[Paper]) -> list[Paper]:
    """``Kishore Papineni, et al.: BLEU: a Method ...`` (mhagiwara's form): when a list writes most
    titles after ``Authors:``, the names before the first colon are the authors, not the title."""
    named = [p for p in found if p.title is not None and p.authors is None and _NAMES_COLON.match(p.title.text)]
    marked = [p for p in named if p.title is not None and re.search(r",|\bet al|\band\b", p.title.text.split(":")[0])]
    if len(named) < 10 or len(named) < 0.6 * len(found) or len(marked) < 0.3 * len(named):
        return found
    out = []
    for paper in found:
        match = _NAMES_COLON.match(paper.title.text) if paper in named and paper.title is not None else None
        if match is None or paper.title is None:
            out.append(paper)
            continue
        start = paper.source.start_of(paper.title)
        authors = paper.source.stripped(start, start + match.end("a"), " \t,:")
        title = paper.source.stripped(start + match.end(), start + len(paper.title.text), " \t\"“”")
        out.append(replace(paper, authors=authors, title=title or paper.title))
    return out


def sample(doc: Document, size: int) -> tuple[Paper, ...]:
    """``size`` list items and table rows spread evenly over the document, parsed as ``papers`` parses
    them (no paragraphs, no bold-titled lists): what the detector reads before it reads everything."""
    step = max(len(doc.entries) / size, 1.0)
    chosen = [doc.entries[int(i * step)] for i in range(min(size, len(doc.entries)))]
    reader = _Reader(doc)
    found = [paper for entry in chosen if (paper := reader.entry(entry)) is not None and _keep(paper)]
    return tuple(replace(p, context_year=year_heading(doc, p.line), context_venue=venue_heading(doc, p.line))
                 for p in found)


class _Reader:
    """Reads one list item or table row as a paper, with the document's links and blocks at hand."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.by_line: dict[int, list[Link]] = defaultdict(list)
        for link in doc.links:
            self.by_line[link.line].append(link)
        self.first_blocks = {(b.line, b.column): b for b in doc.blocks if b.type in ("block_text", "paragraph")}
        self.tables = [b for b in doc.blocks if b.type == "table"]

    def entry(self, entry: Entry) -> Paper | None:
        doc = self.doc
        if entry.kind == "table_row":
            table = next((t for t in self.tables if t.line <= entry.line <= t.end_line), None)
            header = roles(_header_line(doc, table.line)) if table else {}
            return parse_row(doc, entry.line, header, list(self.by_line[entry.line]))
        source = _entry_source(doc, entry, self.first_blocks)
        return _authors_below(doc, entry, parse_entry("list_item", source, _links(source, self.by_line)))


def _collect(doc: Document) -> list[Paper]:
    reader = _Reader(doc)
    by_line = reader.by_line
    covered: set[int] = set()
    found: list[Paper] = []
    merged = _bold_titled_lists(doc, by_line)
    merged_lines = {n for titled in merged for n, _, _ in titled.source.segments}
    covered.update(merged_lines)
    found.extend(merged)
    for entry in doc.entries:
        if entry.line in merged_lines:
            continue
        if entry.kind != "table_row":
            covered.update(range(entry.line, entry.end_line + 1))
        paper = reader.entry(entry)
        if paper is not None and _keep(paper):
            found.append(paper)
    for block in doc.blocks:
        if block.type == "paragraph" and block.line not in covered and _paper_paragraph(doc, block):
            source = block_source(doc, block.line, block.column, block.end_line, block.end_column)
            paper = parse_entry("paragraph", source, _links(source, by_line))
            if _keep(paper):
                found.append(paper)
    return found


def _bold_titled_lists(doc: Document, by_line: dict[int, list[Link]]) -> list[Paper]:
    """``**Title**`` alone on a line, then a list of ``- Paper: url`` / ``- Code: url`` items (amusi's
    layout): one entry, titled by the bold line, with the items' links labelled by their words."""
    found: list[Paper] = []
    tops = sorted((e for e in doc.entries if e.kind == "list_item" and e.depth == 0), key=lambda e: e.line)
    lines = [e.line for e in tops]
    for block in doc.blocks:
        if block.type != "list" or block.info.get("depth", 0) != 0:
            continue
        items = tops[bisect_left(lines, block.line) : bisect_right(lines, block.end_line)]
        if not items or not all(_SUB_LINE.match(e.text) and by_line.get(e.line) for e in items):
            continue
        title_line = block.line - 1
        while title_line > 0 and not doc.line_text(title_line).strip():
            title_line -= 1
        bold = _BOLD_LINE.match(doc.line_text(title_line))
        if bold is None or title_line < block.line - 3:
            continue
        segments = [(title_line, 1, doc.line_text(title_line))]
        segments += [(e.text_line, e.text_column, doc.line_text(e.text_line)[e.text_column - 1 :]) for e in items]
        source = Source(segments)
        paper = parse_entry("list_item", source, _links(source, by_line))
        labelled = []
        for link in paper.links:
            line_text = doc.line_text(link.link.line)
            sub = _SUB_LINE.match(line_text.strip().lstrip("-*+ ").strip())
            kind = label_kind(sub.group("label"), bracketed=True) if sub else None
            labelled.append(replace(link, kind=kind) if kind else link)
        found.append(replace(paper, links=tuple(labelled)))
    return found


def _header_line(doc: Document, line: int) -> str:
    """The table's first row; a table block may start on the blank line before it."""
    while not doc.line_text(line).strip() and line < len(doc.lines):
        line += 1
    return doc.line_text(line)


@per_document
def _paragraphs(doc: Document) -> tuple[Block, ...]:
    return tuple(b for b in doc.blocks if b.type == "paragraph")


def _entry_source(doc: Document, entry: Entry, first_blocks: dict[tuple[int, int], Block]) -> Source:
    block = first_blocks.get((entry.text_line, entry.text_column))
    if block is None:
        text = doc.line_text(entry.text_line)
        return Source([(entry.text_line, entry.text_column, text[entry.text_column - 1 :])])
    source = block_source(doc, block.line, block.column, block.end_line, block.end_column)
    if re.search(r"(?<!!)\[[^\]\n]*\]\(", source.text) or "<http" in source.text:
        return source  # the first paragraph has its links (badges do not count)
    # "1. **Title.** Venue." then, a blank line below, "*Authors* [[pdf](u)], 2021.11" (PromptPapers):
    # the item's next paragraph holds the entry's links and date
    if entry.end_line <= block.end_line:
        return source
    children = {line for child in entry.children for line in range(child.line, child.end_line + 1)}
    following = [b for b in _paragraphs(doc) if block.end_line < b.line <= entry.end_line
                 and b.column >= entry.text_column and b.line not in children]
    if not following:
        return source
    nxt = min(following, key=lambda b: b.line)
    extra = block_source(doc, nxt.line, nxt.column, nxt.end_line, nxt.end_column)
    return Source(source.segments + extra.segments)


def _authors_below(doc: Document, entry: Entry, paper: Paper) -> Paper:
    """``*A, B.*`` as the item's next paragraph (thunlp's layout) gives the authors."""
    if paper.authors is not None:
        return paper
    children = {child.line for child in entry.children}
    for line in range(paper.source.end_line + 1, entry.end_line + 1):
        if line in children:
            break
        text = doc.line_text(line)
        match = _ITALIC_LINE.match(text)
        if match:
            start, end = match.span(1)
            return replace(paper, authors=Part(match.group(1), line, start + 1, line, end + 1))
        if text.strip():
            break
    return paper


def _links(source: Source, by_line: dict[int, list[Link]]) -> list[Link]:
    return [link for line, _, _ in source.segments for link in by_line.get(line, [])
            if source.offset(link.line, link.column) is not None
            and source.offset(link.end_line, link.end_column) is not None]


def _paper_paragraph(doc: Document, block: Block) -> bool:
    first = doc.line_text(block.line)
    if _NUMBERED.match(first):
        return True
    link = _LINK_FIRST.match(first)
    if link is not None and (_PAPER_URL.search(link.group("url")) or YEAR_TOKEN.search(first, link.end())):
        return True  # "[Title](arxiv url), Venue Year [[code](u)]" as a paragraph of its own
    lines = [doc.line_text(n) for n in range(block.line, block.end_line + 1)]
    return (len(lines) >= 2 and all(_HARD_BREAK.search(line) for line in lines[:-1])
            and "**" in first and any("](" in line for line in lines))


def _keep(paper: Paper) -> bool:
    if paper.title is None and not paper.links:
        return False
    return not paper.links or not all(p.url.startswith("#") for p in paper.links)
