"""The Markdown file's name is portable and conventional: a `md`/`mdx` extension, no articles, no
irregular characters, no mixed case, no doubled or outer dashes.

Doc: rules/AL012-file-name.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.options import FullMatch, Regex
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL012", name="file-name", summary="Conventional, portable Markdown file names.",
                severity=Severity.WARNING,
                aliases=("file-extension", "no-file-name-articles", "no-file-name-consecutive-dashes",
                         "no-file-name-irregular-characters", "no-file-name-mixed-case",
                         "no-file-name-outer-dashes"), profiles=STYLE)

_ARTICLE = re.compile(r"^(the|teh|an?)\b", re.IGNORECASE)


EXTENSION = FullMatch(r"[^.\s/]+", "a file extension without the dot, such as 'md'", "md", ("", ".md", "m d"))


@dataclass(frozen=True, slots=True)
class Options:
    extensions: tuple[Annotated[str, EXTENSION], ...] = ("mdx", "md")  # allowed extensions; a file without one is fine
    irregular: Annotated[str, Regex()] = r"[^-.\dA-Za-z]"  # a regular expression for characters not allowed


def check(doc: Document, options: Options) -> Iterator[Problem]:
    name = doc.path.name
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    if extension and extension not in options.extensions:
        wanted = " or ".join(f"`{e}`" for e in options.extensions)
        yield Problem(1, 1, f"Unexpected file extension `{extension}`, expected {wanted} (file-extension)")
    article = _ARTICLE.match(stem)
    if article:
        yield Problem(1, 1, f"Unexpected file name starting with `{article.group(1)}`, remove it "
                      "(no-file-name-articles)")
    if "--" in name:
        yield Problem(1, 1, "Unexpected consecutive dashes in a file name, expected `-` "
                      "(no-file-name-consecutive-dashes)")
    irregular = re.search(options.irregular, name)
    if irregular:
        yield Problem(1, 1, f"Unexpected character `{irregular.group(0)}` in file name "
                      "(no-file-name-irregular-characters)")
    if stem != stem.lower() and stem != stem.upper():
        yield Problem(1, 1, "Unexpected mixed case in file name, expected either lowercase or uppercase "
                      "(no-file-name-mixed-case)")
    if stem.startswith("-") or stem.endswith("-"):
        yield Problem(1, 1, "Unexpected initial or final dashes in file name, expected dashes to join words "
                      "(no-file-name-outer-dashes)")
