"""Strong emphasis uses one marker, `**` or `__`, throughout the file.

Doc: rules/AL032-strong-style.md
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Problem
from awesomelint.markup.emphasis import check_markers
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(id="AL032", name="strong-style", summary="One strong marker (`**` or `__`).",
                fixable=True, aliases=("strong-marker",), profiles=STYLE)


@dataclass(frozen=True, slots=True)
class Options:
    style: Literal["consistent", "*", "_"] = "consistent"  # consistent: as the first strong emphasis


def check(doc: Document, options: Options) -> Iterator[Problem]:
    return check_markers(doc, options.style, True, "strong")
