"""Lines do not end in spaces or tabs, except the two spaces of a Markdown hard line break.

Doc: rules/AL002-no-trailing-spaces.md
"""

from __future__ import annotations

from collections import Counter
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


# A trailing form on most of the file's text lines (at least SYSTEMATIC of them) is a generator's: one
# finding for the file (fix the generator), not thousands the maintainer cannot act on in the file.
SYSTEMATIC = 20


def _trailing(doc: Document, options: Options) -> Iterator[tuple[int, str, str]]:
    """Each line that ends in whitespace and is not a hard break: its number, text and trailing whitespace."""
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
        yield number, stripped, trailing


def _generated_form(doc: Document, places: list[tuple[int, str, str]]) -> str | None:
    """The trailing whitespace most text lines end with, when that is the file's systematic form."""
    forms = Counter(trailing for _, stripped, trailing in places if stripped.strip())
    if not forms:
        return None
    form, count = forms.most_common(1)[0]
    text_lines = sum(1 for line in doc.lines if line.strip())
    return form if count >= SYSTEMATIC and count * 2 > text_lines else None


def check(doc: Document, options: Options) -> Iterator[Problem]:
    places = list(_trailing(doc, options))
    form = _generated_form(doc, places)
    summarised = False
    for number, stripped, trailing in places:
        line = doc.lines[number - 1]
        start = len(stripped) + 1
        if form is not None and trailing == form:  # its blank lines too
            if not summarised:
                summarised = True
                count = sum(1 for _, _, t in places if t == form)
                yield Problem(number, start, f"{count} of {len(doc.lines)} lines end with {len(form)} trailing "
                              "whitespace character(s), the file's systematic form (a generator's?): fix it where "
                              "the file is made; this is the first", number, len(line) + 1)
            continue
        what = "whitespace-only line" if not stripped else f"{len(trailing)} trailing whitespace character(s)"
        yield Problem(number, start, what, number, len(line) + 1,
                      fix=Fix((Edit(number, start, number, len(line) + 1, ""),), "remove trailing whitespace"))
