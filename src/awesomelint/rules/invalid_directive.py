"""An inline directive names a rule that does not exist, or is malformed: it silences nothing.

Doc: rules/AL000-invalid-directive.md
"""

from __future__ import annotations

from collections.abc import Iterator

from awesomelint.context import RuleContext
from awesomelint.directives import parse_directives
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(
    id="AL000",
    name="invalid-directive",
    summary="Inline directives must be well-formed and name known rules.",
    severity=Severity.WARNING,
)


def check(doc: Document, options: NoOptions, ctx: RuleContext) -> Iterator[Problem]:
    known = ctx.rule_names
    directives, _ = parse_directives(doc)
    for b in ctx.bad_directives:
        yield Problem(b.line, b.column, b.message, b.end_line, b.end_column)
    for d in directives:
        for name in d.names:
            if known and name.lower() not in known:
                prefix = "awesomelint-" if d.style == "awesomelint" else "lint "
                yield Problem(d.line, d.column,
                              f"unknown rule {name!r} in <!-- {prefix}{d.action} --> (see: awesomelint rules)")
