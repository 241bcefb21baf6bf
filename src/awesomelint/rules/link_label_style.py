"""Link labels use one bracket style throughout the list: ``[[paper]](u)``, ``[[paper](u)]`` or
``[paper](u)``. Doc: rules/AL208-link-label-style.md
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from awesomelint.document import Document
from awesomelint.finding import Edit, Problem, Severity
from awesomelint.papers import Paper, PaperLink, papers
from awesomelint.papers.rulekit import edit, problem
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL208",
    name="link-label-style",
    summary="Link labels are written in the list's one bracket style.",
    severity=Severity.WARNING,
    fixable=True,
    profiles=PAPERS,
)
SHOWN = {"double": "[[label]](url)", "wrapped": "[[label](url)]", "single": "[label](url)"}


@dataclass(frozen=True, slots=True)
class Options:
    style: Literal["consistent", "double", "wrapped", "single"] = "consistent"


def _restyle(paper: Paper, link: PaperLink, target: str) -> list[Edit]:
    source = paper.source
    label_start = source.start_of(link.label)
    label_end = label_start + len(link.label.text)
    if source.text[label_end : label_end + 1] != "]" and link.style != "double":
        return []
    inserts: dict[tuple[str, str], list[tuple[int, int, str]]] = {
        ("single", "double"): [(label_start, label_start, "["), (label_end, label_end, "]")],
        ("single", "wrapped"): [(link.start, link.start, "["), (link.end, link.end, "]")],
        ("double", "single"): [(label_start - 1, label_start, ""), (label_end, label_end + 1, "")],
        ("double", "wrapped"): [(label_end, label_end + 1, ""), (link.end, link.end, "]")],
        ("wrapped", "single"): [(link.start, link.start + 1, ""), (link.end - 1, link.end, "")],
        ("wrapped", "double"): [(label_end, label_end, "]"), (link.end - 1, link.end, "")],
    }
    return [edit(source, a, b, text) for a, b, text in inserts.get((link.style, target), [])]


def check(doc: Document, options: Options) -> Iterator[Problem]:
    # only bracket styles count: a named link in a table's code column (``[Hugging Face](u)``,
    # ``[Coming soon]()``) is a name, not a label written in some style
    labelled = [(p, link) for p in papers(doc) for link in p.links
                if link.kind not in ("title", "mention") and link.style in SHOWN and link.link.kind == "inline"]
    counts: Counter[str] = Counter(link.style for _, link in labelled)
    ranked = [*counts.most_common(2), ("", 0), ("", 0)]
    target: str = options.style
    if options.style == "consistent":
        if ranked[0][1] == ranked[1][1]:
            return
        target = ranked[0][0]
    for paper, link in labelled:
        if link.style == target:
            continue
        why = "the configured style" if options.style != "consistent" else f"{counts[target]} labels use it"
        yield problem(paper.source, link.start, link.end,
                      f"label '{link.label.text}' is written {SHOWN[link.style]}; the list writes "
                      f"{SHOWN[target]} ({why})", _restyle(paper, link, target), f"write {SHOWN[target]}",
                      safe=False)
