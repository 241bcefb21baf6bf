"""A trailing-space hard line break uses the list's usual number of spaces (two, or as the list
consistently does); extra ones are invisible noise.

Doc: rules/AL013-hard-break-style.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.dominant import expected
from awesomelint.markup.markdown import plural, regions, replace
from awesomelint.profiles import HYGIENE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL013", name="hard-break-style", summary="Hard breaks use exactly two spaces.",
                severity=Severity.WARNING, fixable=True, aliases=("hard-break-spaces",), profiles=HYGIENE,
                presets={"awesome-lint": {"spaces": "2"}})


@dataclass(frozen=True, slots=True)
class Options:
    # dominant: the number of spaces most hard breaks use; "2"…: a preference (awesome-lint: "2")
    spaces: Literal["dominant", "consistent", "2", "3", "4"] = "dominant"


def check(doc: Document, options: Options) -> Iterator[Problem]:
    breaks = []
    for region in regions(doc, ("paragraph", "block_text")):
        for line, _ in region.anchors[:-1]:
            text = doc.line_text(line)
            body = text.rstrip(" ")
            spaces = len(text) - len(body)
            if spaces >= 2 and body.strip():
                breaks.append((line, len(body) + 1, len(text) + 1, spaces))
    form = expected(options.spaces, (spaces for *_, spaces in breaks), parse=int)
    if form is None:
        return
    want = int(form.form)
    for line, start, end, spaces in breaks:
        if spaces != want:
            yield Problem(line, start, f"Unexpected {plural(spaces, 'space')} for hard break, expected "
                          f"{plural(want, 'space')} {form.why('hard breaks')}",
                          fix=replace(line, start, end, " " * want, plural(want, "space").replace("`", "")))
