"""Code blocks are fenced (```` ``` ````), not indented: fences show where code starts, take a language
and survive re-indentation.

Doc: rules/AL007-indented-code-block.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.profiles import STYLE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL007", name="indented-code-block", summary="Fenced code blocks, not indented ones.",
                severity=Severity.WARNING, fixable=True, aliases=("code-block-style",), profiles=STYLE)


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for block in doc.blocks:
        if block.type != "block_code" or block.info.get("style") != "indent":
            continue
        last = block.end_line
        while last > block.line and not doc.line_text(last).strip():
            last -= 1
        lines = [doc.line_text(n) for n in range(block.line, last + 1)]
        fix = None
        if all(not line.strip() or line.startswith(("    ", "\t")) for line in lines):
            body = [line[4:] if line.startswith("    ") else line[1:] for line in lines]
            end = len(lines[-1]) + 1
            fence = _fence_for(body)
            fix = Fix((Edit(block.line, 1, last, end, "\n".join([fence, *body, fence])),), "fence the code")
        yield Problem(block.line, max(block.column - 4, 1),
                      "Unexpected indented code block, expected fenced code blocks", last, len(lines[-1]) + 1, fix=fix)


_BACKTICKS = re.compile(r"`+")


def _fence_for(body: Sequence[str]) -> str:
    """A backtick fence longer than any backtick run in the code, so no code line can close it."""
    longest = max((len(run) for line in body for run in _BACKTICKS.findall(line)), default=0)
    return "`" * max(3, longest + 1)
