"""Definition labels use single spaces: runs of spaces, tabs or line breaks in a label are invisible
differences between a reference and its definition.

Doc: rules/AL009-definition-label-spacing.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.markdown import plural, replace
from awesomelint.profiles import STYLE
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL009", name="definition-label-spacing", summary="Single spaces in definition labels.",
                severity=Severity.WARNING, fixable=True, aliases=("definition-spacing",), profiles=STYLE)

_SPACES = re.compile(r"\s{2,}|[^\S ]")


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    for definition in doc.refdefs:
        start = definition.column + 1
        fixed = re.sub(r"\s+", " ", definition.label)
        for m in _SPACES.finditer(definition.label):
            run = m.group(0)
            if run == " " * len(run):
                message = (f"Unexpected {plural(len(run), 'consecutive space')} in definition label, expected "
                           f"`1` space, remove {plural(len(run) - 1, 'space')}")
            else:
                message = (f"Unexpected non-space whitespace character `{run.encode('unicode_escape').decode()}` "
                           "in definition label, expected `1` space, replace it")
            yield Problem(definition.line, start + m.start(), message,
                          fix=replace(definition.line, start, start + len(definition.label), fixed,
                                      "single spaces"))
            break
