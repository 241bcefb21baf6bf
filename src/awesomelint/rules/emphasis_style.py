"""Emphasis uses one marker, `*` or `_`, throughout the file.

Doc: rules/AL010-emphasis-style.md
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

META = RuleMeta(id="AL010", name="emphasis-style", summary="One emphasis marker (`*` or `_`).",
                severity=Severity.WARNING, fixable=True, aliases=("emphasis-marker",), profiles=HYGIENE,
                presets={"awesome-lint": {"style": "consistent"}})


@dataclass(frozen=True, slots=True)
class Options:
    # dominant: the most used marker; consistent: the first one (awesome-lint); or a preference
    style: Literal["dominant", "consistent", "*", "_"] = "dominant"


def check(doc: Document, options: Options) -> Iterator[Problem]:
    return check_markers(doc, options.style, False, "emphasis")
