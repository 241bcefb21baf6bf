"""The list's license belongs in a LICENSE file, not in a "License" section of the readme.
Doc: rules/AL124-license-section.md"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.awesome.toc import normalized_title
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.profiles import SUBMISSION
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL124", severity=Severity.WARNING,
    name="license-section",
    summary="No License section in the readme.",
    aliases=("awesome-license",),
    profiles=SUBMISSION,
)
TITLES = frozenset({"license", "licence", "licensing", "licencing"})


def check(doc: Document, options: object) -> Iterator[Problem]:
    for heading in doc.headings:
        if normalized_title(heading.text) in TITLES:
            yield Problem(heading.line, heading.column,
                          f"remove the {heading.text.strip()!r} section: the license goes in a LICENSE "
                          "file at the root of the repository (CC0 recommended)",
                          heading.end_line, heading.end_column)
            return
