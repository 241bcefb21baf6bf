"""The prose of a line: what a reader sees as text, with markup, code, URLs and HTML masked out.

``masked_line`` keeps the line's length and replaces every character that is not text (markers, link
destinations, code spans, images, HTML, emphasis delimiters) by ``MASK``, so a column in the result
is the column in the source. Rules that read words (spell-check, balanced punctuation) use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from awesomelint.document import Document

MASK = "\0"
_PATTERNS = [
    re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)"),  # code spans
    re.compile(r"<!--.*?(?:-->|$)"),  # comments
    re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])?"),  # images (alt text is not prose)
    re.compile(r"\]\((?:[^()\s]|\([^)]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"),  # link destinations
    re.compile(r"\]\[[^\]]*\]"),  # reference labels
    re.compile(r"<(?:https?|mailto|ftp):[^>\s]*>|</?[A-Za-z][^<>]*>"),  # autolinks and HTML tags
    re.compile(r"\b(?:https?|ftp)://[^\s<>()\[\]]+|\bwww\.[^\s<>()\[\]]+"),  # bare URLs
    re.compile(r"\\(?=[!-/:-@\[-`{-~])"),  # backslash escapes
    re.compile(r"\*+|~~|(?<![A-Za-z0-9])_+|_+(?![A-Za-z0-9])|[\[\]|]"),  # emphasis, brackets, pipes
    re.compile(r"^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?"),  # quote and list markers
    re.compile(r"^[ \t]*#{1,6}(?=[ \t]|$)|[ \t]+#+[ \t]*$"),  # ATX heading hashes
]


@lru_cache(maxsize=4096)
def masked_line(text: str) -> str:
    chars = list(text)
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            start = m.start()
            if pattern is _PATTERNS[3]:
                start += 1  # keep the link text's closing bracket masked by the bracket pattern
            chars[start : m.end()] = MASK * max(m.end() - start, 0)
    return "".join(chars)


def prose_lines(doc: Document) -> Iterator[tuple[int, str]]:
    """(line number, masked text) of every line outside code, HTML and link reference definitions."""
    refdef_lines = {d.line for d in doc.refdefs}
    for number, text in enumerate(doc.lines, start=1):
        if number in doc.code_lines or number in doc.html_lines or number in refdef_lines:
            continue
        if re.fullmatch(r"[ \t]*(?:[-*_][ \t]*){3,}|[ \t]*\|?[ \t:|-]+\|?[ \t]*|[ \t]*=+[ \t]*", text):
            continue  # thematic breaks, table delimiter rows, setext underlines
        yield number, masked_line(text)


def segments(masked: str) -> Iterator[tuple[int, str]]:
    """(0-based offset, text) of each unmasked run: roughly, each text node of the line."""
    for m in re.finditer(r"[^\0]+", masked):
        if m.group().strip():
            yield m.start(), m.group()
