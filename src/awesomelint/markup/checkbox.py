"""Task-list checkboxes (`- [ ] text`, `- [x] text`) of list items."""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.document import Document, Entry

CHECKBOX = re.compile(r"\[([ xX\t])\]([ \t]*)")


def checkboxes(doc: Document) -> Iterator[tuple[Entry, re.Match[str]]]:
    for item in doc.entries:
        if item.kind != "list_item" or item.text_line != item.line:
            continue
        m = CHECKBOX.match(doc.line_text(item.line), item.text_column - 1)
        if m and m.group(2) and m.end() < len(doc.line_text(item.line)):
            yield item, m
