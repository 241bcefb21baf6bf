"""Shell code where every line starts with `$` can't be copied and pasted; show input and output instead.

Doc: rules/AL024-shell-dollars.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.profiles import STYLE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL024", name="shell-dollars", summary="No `$ ` before every line of shell code.",
                severity=Severity.WARNING, fixable=True, aliases=("no-shell-dollars",), profiles=STYLE)

SHELLS = frozenset({"sh", "bash", "bats", "cgi", "command", "fcgi", "ksh", "sh.in", "tmux", "tool", "zsh"})
_DOLLAR = re.compile(r"^(\s*)\$[ \t]?")


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for block in doc.blocks:
        if block.type != "block_code" or block.info.get("style") != "fenced":
            continue
        lang = str(block.info.get("info", "")).split(maxsplit=1)
        if not lang or lang[0].lower() not in SHELLS:
            continue
        numbers = [n for n in range(block.line + 1, block.end_line) if doc.line_text(n).strip()]
        if not numbers or not all(_DOLLAR.match(doc.line_text(n)) and doc.line_text(n).strip() != "$"
                                  for n in numbers):
            continue
        edits = []
        for n in numbers:
            m = _DOLLAR.match(doc.line_text(n))
            assert m is not None
            edits.append(Edit(n, len(m.group(1)) + 1, n, m.end() + 1, ""))
        yield Problem(block.line, block.column, "Unexpected shell code with every line prefixed by `$`, "
                      "expected different code for input and output",
                      fix=Fix(tuple(edits), "remove the `$`", safe=False))
