"""A CI badge (GitHub Actions, Travis, CircleCI, shields.io build badges …) of the list itself says nothing
about its content: awesome lists do not show one. Badges inside entries belong to the listed projects.
Doc: rules/AL132-no-ci-badge.md"""

from __future__ import annotations

import re
from collections.abc import Iterator

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL132", severity=Severity.WARNING,
    name="no-ci-badge",
    summary="No CI badge in the readme.",
    aliases=("awesome-no-ci-badge",),
    profiles=STYLE,
)
CI_URL = re.compile(
    r"travis-ci\.(?:org|com)|circleci\.com|/actions/workflows/[^/]+/badge\.svg|/workflows/[^/]+/badge\.svg"
    r"|img\.shields\.io/(?:github/(?:actions/)?workflow|github/checks-status|travis|circleci|appveyor"
    r"|azure-devops/build|gitlab/pipeline|drone|jenkins/build|buildkite)|ci\.appveyor\.com/api/projects/status"
    r"|/badges/[^/]+/pipeline\.svg|dev\.azure\.com/[^)\s\"']*/_apis/build/status|codeship\.com/projects"
    r"|semaphoreci\.com/api/v1/[^)\s\"']*/badge|api\.netlify\.com/api/v1/badges",
    re.IGNORECASE,
)
CI_TEXT = re.compile(r"build status|\bci\b|travis|circleci|workflow status|\bbuild\b|pipeline status",
                     re.IGNORECASE)
_HTML_IMG = re.compile(r"<img\b[^>]*\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.IGNORECASE)


def check(doc: Document, options: object) -> Iterator[Problem]:
    for link in doc.links:
        if link.kind != "image" or link.context == "entry":
            continue  # a badge in an entry is the listed project's, not the list's
        if CI_URL.search(link.url) or CI_TEXT.search(link.title or "") or (
                "shields.io" in link.url and CI_TEXT.search(link.text)):
            yield Problem(link.line, link.column, f"remove the CI badge {link.text or link.url!r}: a list's "
                          "build status is not for its readers", link.end_line, link.end_column)
    for number in sorted(doc.html_lines):
        for m in _HTML_IMG.finditer(doc.line_text(number)):
            if CI_URL.search(m.group(1)):
                yield Problem(number, m.start() + 1, "remove the CI badge <img src=…>: a list's build status "
                              "is not for its readers", number, m.end() + 1)
