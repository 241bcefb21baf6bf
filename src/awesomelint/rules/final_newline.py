"""The file must end with exactly one line ending, as POSIX tools and git diffs expect.

Doc: rules/AL001-final-newline.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL001", severity=Severity.WARNING,
    name="final-newline",
    summary="Files end with a single newline.",
    fixable=True,
    aliases=("MD047",),
)


def check(doc: Document, options: NoOptions) -> Iterator[Problem]:
    if not doc.lines:
        return
    last = len(doc.lines)
    if not doc.ends_with_newline:
        end = len(doc.lines[-1]) + 1
        yield Problem(last, end, "missing newline at the end of the file",
                      fix=Fix((Edit(last, end, last, end, "\n"),), "add a final newline"))
        return
    blank = last
    while blank > 1 and not doc.lines[blank - 1].strip():
        blank -= 1
    if blank < last:
        keep = blank if doc.lines[blank - 1].strip() else 0
        if keep == 0:
            return  # a file of blank lines only: nothing to keep
        if any(n in doc.code_lines for n in range(keep + 1, last + 1)):
            return  # blank lines inside a code block left open to the end of the file are its content
        yield Problem(keep + 1, 1, f"{last - keep} blank line(s) at the end of the file",
                      end_line=last, end_column=len(doc.lines[-1]) + 1,
                      fix=Fix((Edit(keep, len(doc.lines[keep - 1]) + 1, last, len(doc.lines[-1]) + 1, ""),),
                              "remove trailing blank lines"))
