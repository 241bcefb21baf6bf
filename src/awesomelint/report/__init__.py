"""One module per output format; each renders the same findings and context."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from awesomelint.finding import Finding
from awesomelint.report import github as github_report
from awesomelint.report import github_review
from awesomelint.report import json as json_report
from awesomelint.report import markdown as markdown_report
from awesomelint.report import sarif as sarif_report
from awesomelint.report import text as text_report
from awesomelint.report.context import ReportContext

Renderer = Callable[[Sequence[Finding], ReportContext], str]

REPORTERS: dict[str, Renderer] = {
    "text": text_report.render,
    "json": json_report.render,
    "github": github_report.render,
    "github-review": github_review.render,
    "sarif": sarif_report.render,
    "markdown": markdown_report.render,
}
