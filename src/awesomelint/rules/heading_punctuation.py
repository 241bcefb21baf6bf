"""A heading is a title, not a sentence: it does not end with `.`, `:`, `!` and the like. A question
(`## Why static analysis?`) is a title too, so `?` is allowed unless configured (awesome-lint reports it).

Doc: rules/AL022-heading-punctuation.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.markdown import replace
from awesomelint.options import Chars
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL022", name="heading-punctuation", summary="No punctuation at the end of a heading.",
                severity=Severity.WARNING, fixable=True, aliases=("no-heading-punctuation",), profiles=STYLE,
                presets={"awesome-lint": {"punctuation": "!,.:;?"}})

_CLOSING = re.compile(r"(?:[ \t]+#+)?[ \t]*$")


@dataclass(frozen=True, slots=True)
class Options:
    # characters not allowed at the end of a heading; '?' ends a question, which is a fine title
    punctuation: Annotated[str, Chars()] = "!,.:;"


def check(doc: Document, options: Options) -> Iterator[Problem]:
    for heading in doc.headings:
        last = heading.text[-1:]
        if not last or last not in options.punctuation:
            continue
        line = doc.line_text(heading.end_line if heading.style == "atx" else heading.end_line - 1)
        number = heading.line if heading.style == "atx" else heading.end_line - 1
        body = line[:len(line) - len(_CLOSING.search(line).group(0))]  # type: ignore[union-attr]
        fix = None
        if body.endswith(last) and not body.endswith(last * 2):
            fix = replace(number, len(body), len(body) + 1, "", f"remove `{last}`", safe=False)
        yield Problem(heading.line, heading.column, f"Unexpected character `{last}` at end of heading, remove it",
                      fix=fix)
