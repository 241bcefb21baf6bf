"""Lines do not end in spaces or tabs, except the two spaces of a Markdown hard line break.

Doc: rules/AL002-no-trailing-spaces.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.profiles import OURS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL002",
    name="no-trailing-spaces",
    summary="No spaces or tabs at the end of a line.",
    severity=Severity.WARNING,
    fixable=True,
    aliases=("MD009", "no-trailing-spaces"),
    profiles=OURS,  # awesome-lint has no such check
)


@dataclass(frozen=True, slots=True)
class Options:
    allow_hard_breaks: bool = True  # two or more spaces after text before more paragraph text (AL013's)
    code_blocks: bool = False  # also check inside code blocks


def check(doc: Document, options: Options) -> Iterator[Problem]:
    for number, line in enumerate(doc.lines, start=1):
        stripped = line.rstrip(" \t")
        if stripped == line:
            continue
        if not options.code_blocks and number in doc.code_lines:
            continue
        trailing = line[len(stripped):]
        if (options.allow_hard_breaks and len(trailing) >= 2 and not trailing.strip(" ") and stripped.strip()
                and number < len(doc.lines) and doc.lines[number].strip()):
            continue  # a hard line break: hard-break-style (AL013) says how many spaces it should have
        start = len(stripped) + 1
        what = "whitespace-only line" if not stripped else f"{len(trailing)} trailing whitespace character(s)"
        yield Problem(number, start, what, number, len(line) + 1,
                      fix=Fix((Edit(number, start, number, len(line) + 1, ""),), "remove trailing whitespace"))
