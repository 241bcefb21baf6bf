"""A reference (`[text][label]`, `[label][]` or `[label]`) names no definition, so it renders as
literal brackets: a broken link.

Doc: rules/AL026-undefined-reference.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.document import Document
from awesomelint.finding import Problem
from awesomelint.markup.markdown import regions
from awesomelint.markup.references import defined, normalize
from awesomelint.options import Regex
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL026", name="undefined-reference", summary="References have a definition.",
                aliases=("no-undefined-references",), profiles=STYLE)

_BRACKETS = re.compile(r"(!?)\[((?:[^\[\]\\]|\\.)*)\](?:\[((?:[^\[\]\\]|\\.)*)\])?")


@dataclass(frozen=True, slots=True)
class Options:
    # labels that are not references: GitHub alerts ([!NOTE]) and footnotes ([^1])
    allow: tuple[Annotated[str, Regex(re.IGNORECASE)], ...] = (r"^!(?:note|tip|important|warning|caution)$", r"^\^.+$")


def check(doc: Document, options: Options) -> Iterator[Problem]:
    labels = defined(doc)
    allowed = [re.compile(a, re.IGNORECASE) for a in options.allow]
    for region in regions(doc):  # paragraphs and headings (not table cells), as remark-lint
        text = region.text
        for m in _BRACKETS.finditer(text):
            start = m.start()
            if region.masked[start] or (start and text[start - 1] == "\\") or text[m.end():m.end() + 1] in ("(", ":"):
                continue
            if start and text[start - 1] == "[" and text[m.end():m.end() + 1] == "]":
                continue  # [[Link]](url): the text of a link, not a reference
            label = m.group(3) if m.group(3) else m.group(2)
            if not label.strip() or (label in ("x", "X") and start == 0):
                continue
            if normalize(label) in labels or any(a.search(label) for a in allowed):
                continue
            line, column = region.position(start)
            what = "an image" if m.group(1) else "a link"
            yield Problem(line, column, "Unexpected reference to undefined definition, expected corresponding "
                          f"definition (`{normalize(label)}`) for {what} or escaped opening bracket (`\\[`) "
                          "for regular text", *region.position(m.end()))
