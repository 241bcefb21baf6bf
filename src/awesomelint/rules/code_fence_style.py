"""Code fences use backticks (```` ``` ````), not tildes, like the rest of GitHub's Markdown.

Doc: rules/AL011-code-fence-style.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL011", name="code-fence-style", summary="Backtick code fences.", severity=Severity.WARNING,
                fixable=True, aliases=("fenced-code-marker",), profiles=STYLE)


@dataclass(frozen=True, slots=True)
class Options:
    style: Literal["`", "~", "consistent"] = "`"


def check(doc: Document, options: Options) -> Iterator[Problem]:
    expected: str | None = None if options.style == "consistent" else str(options.style)
    for block in doc.blocks:
        if block.type != "block_code" or block.info.get("style") != "fenced":
            continue
        char = str(block.info.get("marker", "`"))[:1]
        if expected is None:
            expected = char
        if char == expected or expected is None:
            continue
        opening = doc.line_text(block.line)
        start = opening.index(char)
        size = len(opening) - len(opening[start:].lstrip(char)) - start
        edits = []
        body = "\n".join(doc.line_text(n) for n in range(block.line + 1, block.end_line + 1))
        runs = [len(r) for r in re.findall(re.escape(expected) + "+", body)]
        new = expected * max(3, size, max(runs, default=0) + 1)
        edits.append(Edit(block.line, start + 1, block.line, start + size + 1, new))
        closing = doc.line_text(block.end_line)
        if block.end_line > block.line and closing.strip() and set(closing.strip()) == {char}:
            at = closing.index(char)
            edits.append(Edit(block.end_line, at + 1, block.end_line, len(closing.rstrip()) + 1, new))
        yield Problem(block.line, start + 1, f"Unexpected fenced code marker `` {char} ``, expected `` {expected} ``",
                      fix=Fix(tuple(edits), f"fence with {expected * 3}"))
