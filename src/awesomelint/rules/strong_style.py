"""Strong emphasis uses one marker, `**` or `__`, throughout the file.

Doc: rules/AL032-strong-style.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.emphasis import check_markers
from awesomelint.profiles import HYGIENE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL032", severity=Severity.WARNING, name="strong-style", summary="One strong marker (`**` or `__`).",
                fixable=True, aliases=("strong-marker",), profiles=HYGIENE,
                presets={"awesome-lint": {"style": "consistent"}})


@dataclass(frozen=True, slots=True)
class Options:
    # dominant: the most used marker; consistent: the first one (awesome-lint); or a preference
    style: Literal["dominant", "consistent", "*", "_"] = "dominant"


def check(doc: Document, options: Options) -> Iterator[Problem]:
    return check_markers(doc, options.style, True, "strong")
