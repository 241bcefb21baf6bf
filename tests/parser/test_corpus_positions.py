"""On every corpus list, our tree agrees with mistune's own AST and every position is exact."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from awesomelint.document import Document, Heading
from awesomelint.parse.inline import create_markdown, plain_text
from awesomelint.parse.parser import ParseReport, parse_with_report
from awesomelint.source import read_source


def _mistune_items(tokens: list[dict[str, Any]], out: list[tuple[str, str]]) -> None:
    for token in tokens:
        kind = token.get("type")
        if kind == "heading":
            out.append(("heading", plain_text(token.get("children", [])).strip()))
        elif kind in ("link", "image"):
            out.append((kind, token["attrs"]["url"]))
        if "children" in token:
            _mistune_items(token["children"], out)


@functools.lru_cache(maxsize=1)
def _parsed(path: Path) -> tuple[Document, ParseReport]:
    """One parse per list for both tests (corpus_file is module-scoped: they run list by list)."""
    return parse_with_report(read_source(path).text, path)


def _ours(path: Path) -> tuple[Any, list[tuple[str, str]]]:
    """Our headings and links in the order the parser met mistune's tokens."""
    doc, report = _parsed(path)
    order = report.ast_order
    assert {id(x) for x in order} == {id(x) for x in (*doc.headings, *doc.links)}
    assert len(order) == len(doc.headings) + len(doc.links)
    items = [
        ("heading", x.text) if isinstance(x, Heading) else ("image" if x.kind == "image" else "link", x.url)
        for x in order
    ]
    return report, items


def test_headings_and_links_agree_with_mistune_ast(corpus_file: Path) -> None:
    text = read_source(corpus_file).text
    theirs: list[tuple[str, str]] = []
    _mistune_items(create_markdown()(text), theirs)  # type: ignore[arg-type]
    report, ours = _ours(corpus_file)
    assert report.unlocated == ()
    assert len(ours) == len(theirs)
    for index, (a, b) in enumerate(zip(ours, theirs, strict=True)):
        assert a == b, f"item {index}: ours {a} != mistune {b}"


def test_every_position_points_at_its_markup(corpus_file: Path) -> None:
    doc = _parsed(corpus_file)[0]  # parse(text, path) is parse_with_report(text, path)[0]
    assert doc.links, "corpus lists all have links"
    for link in doc.links:
        line = doc.lines[link.line - 1]
        at = line[link.column - 1 :]
        expected = {"image": "![", "autolink": "<", "bare": link.url}.get(link.kind, "[")
        assert at.startswith(expected), f"{link} -> {at[:40]!r}"
        if link.end_line == link.line:
            markup = line[link.column - 1 : link.end_column - 1]
            if link.kind == "bare":
                assert markup == link.url, link
                continue
            closer = ">" if link.kind == "autolink" else ")]"
            assert markup[-1] in closer, f"{link} ends with {markup[-5:]!r}"
            if link.kind in ("inline", "image"):
                assert link.url.split("#")[0][:10].replace("%20", " ") in markup or "%" in link.url or "&" in markup
    for heading in doc.headings:
        line = doc.lines[heading.line - 1]
        if heading.style == "atx":
            assert line[heading.column - 1] == "#", heading
        else:
            assert doc.lines[heading.line].strip(" \t>")[:1] in "=-", heading
    for entry in doc.entries:
        at = doc.lines[entry.line - 1][entry.column - 1 :]
        if entry.kind == "list_item":
            assert at.startswith(entry.marker), f"{entry.line}:{entry.column} {at[:20]!r} vs {entry.marker!r}"
        elif entry.kind == "table_row":
            assert at.startswith("|") or entry.marker == ""
