"""A reference (`[text][label]`, `[label][]` or `[label]`) names no definition, so it renders as
literal brackets: a broken link.

Doc: rules/AL026-undefined-reference.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Literal

from awesomelint.document import Document
from awesomelint.finding import Edit, Fix, Problem, Severity
from awesomelint.markup.markdown import regions
from awesomelint.markup.references import defined, normalize
from awesomelint.options import Regex
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL026", name="undefined-reference", summary="References have a definition.",
                severity=Severity.ERROR, fixable=True, aliases=("no-undefined-references",), profiles=STYLE,
                presets={"awesome-lint": {"shortcuts": "all"}})

_BRACKETS = re.compile(r"(!?)\[((?:[^\[\]\\]|\\.)*)\](?:\[((?:[^\[\]\\]|\\.)*)\])?")


_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Options:
    # labels that are not references: GitHub alerts ([!NOTE]) and footnotes ([^1])
    allow: tuple[Annotated[str, Regex(re.IGNORECASE)], ...] = (r"^!(?:note|tip|important|warning|caution)$", r"^\^.+$")
    # near-miss: a shortcut [label] is reported only when it matches a definition but for case or spacing
    # (plain bracketed text such as [MIT] or [8.6] is text); all: every shortcut (awesome-lint)
    shortcuts: Literal["near-miss", "all"] = "near-miss"


def _squeezed(label: str) -> str:
    return re.sub(r"\s+", "", label).casefold()


def check(doc: Document, options: Options) -> Iterator[Problem]:
    labels = defined(doc)
    near = {_squeezed(d.label): d.label for d in doc.refdefs}
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
            end = region.position(m.end())
            what = "an image" if m.group(1) else "a link"
            if m.group(3) is not None and _URL.match(label.strip()):
                label_line, label_column = region.position(m.start(3) - 1)
                yield Problem(line, column, f"Broken link: a URL used as a reference label, expected "
                              f"`[{m.group(2)}]({label.strip()})`", *end,
                              fix=Fix((Edit(label_line, label_column, label_line, label_column + 1, "("),
                                       Edit(end[0], end[1] - 1, end[0], end[1], ")")), "make it an inline link"))
                continue
            shortcut = m.group(3) is None
            hint = near.get(_squeezed(label))
            if shortcut and options.shortcuts == "near-miss" and hint is None:
                continue  # plain bracketed text: [MIT], [8.6], php[architect]
            advice = f" (the definition `[{hint}]` differs only in case or spacing)" if hint else ""
            yield Problem(line, column, "Unexpected reference to undefined definition, expected corresponding "
                          f"definition (`{normalize(label)}`) for {what} or escaped opening bracket (`\\[`) "
                          f"for regular text{advice}", *end)
