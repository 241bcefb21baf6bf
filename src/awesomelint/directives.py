"""Inline directives in HTML comments: our own ``awesomelint-…`` comments and awesome-lint's
``lint disable|enable|ignore`` comments, so lists that already use awesome-lint need no edits."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from awesomelint.document import Document

_OURS = re.compile(
    r"^\s*awesomelint-(disable-next-line|disable-line|disable-file|disable|enable)\b"
    r"((?:[\s,]+[\w:-]+)*?)\s*(?:--\s*(.*?))?\s*$",
    re.DOTALL,
)
_ANY_OURS = re.compile(r"^\s*awesomelint-")
_THEIRS = re.compile(r"^\s*lint\s+(disable|enable|ignore)\b((?:\s+[\w:-]+)*)\s*$", re.DOTALL)
_NAME_PREFIX = "remark-lint:"


@dataclass(frozen=True, slots=True)
class Directive:
    action: str  # disable, enable, disable-line, disable-next-line, disable-file, ignore
    names: tuple[str, ...]  # empty: all rules
    line: int
    column: int
    first: int  # first line it covers
    last: float  # last line it covers (inf: to the end, until enabled)
    style: str  # "awesomelint" or "awesome-lint"


@dataclass(frozen=True, slots=True)
class BadDirective:
    line: int
    column: int
    end_line: int
    end_column: int
    message: str


def _split(names: str) -> tuple[str, ...]:
    return tuple(n.removeprefix(_NAME_PREFIX) for n in re.split(r"[\s,]+", names.strip()) if n)


def parse_directives(doc: Document) -> tuple[list[Directive], list[BadDirective]]:
    directives: list[Directive] = []
    bad: list[BadDirective] = []
    for comment in doc.comments:
        if comment.line in doc.code_lines:
            continue
        body = comment.body
        ours = _OURS.match(body)
        if ours:
            action, names = ours.group(1), _split(ours.group(2))
            first, last = _coverage(doc, action, comment.line, comment.end_line)
            directives.append(Directive(action, names, comment.line, comment.column, first, last, "awesomelint"))
            continue
        if _ANY_OURS.match(body):
            bad.append(BadDirective(comment.line, comment.column, comment.end_line, comment.end_column,
                                    f"malformed directive {body.strip()!r}: use awesomelint-disable, -enable, "
                                    "-disable-line, -disable-next-line or -disable-file, then rule ids or names"))
            continue
        theirs = _THEIRS.match(body)
        if theirs:
            action, names = theirs.group(1), _split(theirs.group(2))
            first, last = _coverage(doc, action, comment.line, comment.end_line)
            directives.append(Directive(action, names, comment.line, comment.column, first, last, "awesome-lint"))
    return directives, bad


def _coverage(doc: Document, action: str, line: int, end_line: int) -> tuple[int, float]:
    if action == "disable-line":
        return line, end_line
    if action == "disable-next-line":
        return end_line + 1, end_line + 1
    if action == "disable-file":
        return 1, math.inf
    if action == "ignore":  # awesome-lint (remark-message-control): the next block
        for block in doc.blocks:
            if block.line > end_line:
                return block.line, block.end_line
        return end_line + 1, end_line + 1
    return line, math.inf


class Suppressions:
    """Answers 'is this rule silenced on this line?' from the directives of one document."""

    def __init__(self, directives: Iterable[Directive], names_of: dict[str, frozenset[str]]) -> None:
        self._directives = sorted(directives, key=lambda d: (d.line, d.column))
        self._names_of = names_of  # rule id -> every lower-case name that refers to it

    def _refers(self, directive: Directive, rule_id: str) -> bool:
        if not directive.names:
            return True
        names = self._names_of.get(rule_id, frozenset({rule_id.lower()}))
        return any(n.lower() in names for n in directive.names)

    def suppressed(self, rule_id: str, line: int) -> bool:
        disabled = False
        for d in self._directives:
            if d.action in ("disable", "enable"):
                if d.line <= line and self._refers(d, rule_id):
                    disabled = d.action == "disable"
            elif d.first <= line <= d.last and self._refers(d, rule_id):
                return True
        return disabled
