"""awesome-lint parity: run our ``awesome-lint`` profile on awesome-lint's own fixtures and compare with
what awesome-lint 2.3.0 reports (``expected-full-config.md``) by (fixture, line, awesome-lint rule).

Run ``python -m tests.parity.compare`` for the figures and every divergence.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from awesomelint.engine import Overrides, lint_document
from awesomelint.finding import Finding
from awesomelint.parse.parser import parse
from awesomelint.registry import default_registry
from tests.conftest import SHARED

ANCHOR = SHARED / "anchors" / "awesome-lint"
FIXTURES = ANCHOR / "fixtures"
EXPECTED = ANCHOR / "expected-full-config.md"
DIVERGENCES = Path(__file__).with_name("divergences.md")

# awesome-lint's rule ids (REFERENCE.md sections 2.1 and 2.3).
UPSTREAM = frozenset((
    "awesome-heading", "awesome-badge", "awesome-contributing", "awesome-github", "awesome-license",
    "awesome-list-item", "balanced-punctuation", "awesome-no-ci-badge", "no-repeat-item-in-description",
    "awesome-spell-check", "awesome-toc", "double-link", "awesome-code-of-conduct", "awesome-git-repo-age",
    "blockquote-indentation", "checkbox-character-style", "checkbox-content-indent", "code-block-style",
    "definition-case", "definition-spacing", "emphasis-marker", "fenced-code-marker", "file-extension",
    "final-newline", "hard-break-spaces", "heading-style", "link-title-style", "list-item-bullet-indent",
    "list-item-indent", "no-blockquote-without-marker", "no-emphasis-as-heading", "no-file-name-articles",
    "no-file-name-consecutive-dashes", "no-file-name-irregular-characters", "no-file-name-mixed-case",
    "no-file-name-outer-dashes", "no-heading-content-indent", "no-heading-indent", "no-heading-punctuation",
    "no-multiple-toplevel-headings", "no-shell-dollars", "no-table-indentation", "no-undefined-references",
    "no-unneeded-full-reference-image", "no-unneeded-full-reference-link", "no-unused-definitions",
    "ordered-list-marker-style", "ordered-list-marker-value", "rule-style", "strong-marker", "table-cell-padding",
    "table-pipe-alignment", "table-pipes", "unordered-list-marker-style", "no-repeat-punctuation",
))
# Left out of the count: they need the GitHub API or git history (the fixtures are not a repository).
EXCLUDED = frozenset({"awesome-github", "awesome-git-repo-age"})

Key = tuple[str, str, str]  # (fixture, "LINE" or "other.md:LINE", awesome-lint rule)
_SECTION = re.compile(r"^## `([^`]+)` \(\d+\)")
_ROW = re.compile(r"^  - `([^`]+)` (\d+):(\d+) `([^`]+)` — (.*)$")
_OTHER_FILE = re.compile(r"^(\S+\.md):(\d+): ")


@dataclass
class Outcome:
    expected: Counter[Key]
    actual: Counter[Key]

    @property
    def reproduced(self) -> int:
        return sum((self.expected & self.actual).values())

    @property
    def total(self) -> int:
        return sum(self.expected.values())

    @property
    def missing(self) -> Counter[Key]:
        return self.expected - self.actual

    @property
    def extra(self) -> Counter[Key]:
        return self.actual - self.expected


def expected_findings() -> tuple[list[str], Counter[Key]]:
    fixtures: list[str] = []
    found: Counter[Key] = Counter()
    section = ""
    for line in EXPECTED.read_text(encoding="utf-8").splitlines():
        m = _SECTION.match(line)
        if m:
            section = m.group(1)
            fixtures.append(section)
            continue
        row = _ROW.match(line)
        if row and section:
            name, line_no, _, rule, _ = row.groups()
            if rule in EXCLUDED:
                continue
            where = line_no if name == Path(section).name else f"{name}:{line_no}"
            found[(section, where, rule)] += 1
    return fixtures, found


def upstream_name(names: tuple[str, ...], message: str = "") -> str | None:
    """The awesome-lint rule a finding stands for: a rule covering several names it in its message."""
    candidates = [n for n in names if n in UPSTREAM]
    named = [n for n in candidates if f"({n})" in message]
    return (named or candidates or [None])[0]


def our_findings(fixture: str) -> list[Finding]:
    path = FIXTURES / fixture
    doc = parse(path.read_text(encoding="utf-8"), path)
    return lint_document(doc, overrides=Overrides(profile="awesome-lint"), display_path=path.name)


def actual_findings(fixtures: list[str]) -> Counter[Key]:
    registry = default_registry()
    found: Counter[Key] = Counter()
    for fixture in fixtures:
        for finding in our_findings(fixture):
            rule = registry.get(finding.rule_id)
            assert rule is not None
            name = upstream_name(rule.names(), finding.message) or f"(ours) {rule.name}"
            if name in EXCLUDED:
                continue
            other = _OTHER_FILE.match(finding.message)
            where = f"{other.group(1)}:{other.group(2)}" if other else str(finding.line)
            found[(fixture, where, name)] += 1
    return found


def compare() -> Outcome:
    fixtures, expected = expected_findings()
    return Outcome(expected, actual_findings(fixtures))


_DIVERGENCE = re.compile(
    r"^\|\s*`([^`]+)`\s*\|\s*([^|]+?)\s*\|\s*`([^`]+)`\s*\|\s*(missing|extra)\s*\|\s*(\d+|\*)\s*\|(.+)\|\s*$"
)


def listed_divergences() -> dict[tuple[str, str, str, str], tuple[int, str]]:
    """(fixture, where, rule, kind) -> (count, reason) from divergences.md; ``*`` rows have count 0."""
    listed: dict[tuple[str, str, str, str], tuple[int, str]] = {}
    for line in DIVERGENCES.read_text(encoding="utf-8").splitlines():
        m = _DIVERGENCE.match(line)
        if m:
            fixture, where, rule, kind, count, reason = m.groups()
            listed[(fixture, where, rule, kind)] = (int(count) if count.isdigit() else 0, reason.strip())
    return listed


def divergences(outcome: Outcome) -> dict[tuple[str, str, str, str], int]:
    found = {(*key, "missing"): n for key, n in outcome.missing.items()}
    found.update({(*key, "extra"): n for key, n in outcome.extra.items()})
    return found


def main() -> int:
    outcome = compare()
    print(f"reproduced {outcome.reproduced} / {outcome.total} = {outcome.reproduced / outcome.total:.1%}")
    listed = listed_divergences()
    wildcards = {(rule, kind) for (fixture, _, rule, kind) in listed if fixture == "*"}
    for key, count in sorted(divergences(outcome).items()):
        if (key[2], key[3]) in wildcards:
            continue
        fixture, where, rule, kind = key
        mark = "" if listed.get(key, (0, ""))[0] == count else "  <-- not listed"
        print(f"| `{fixture}` | {where} | `{rule}` | {kind} | {count} | {listed.get(key, (0, ''))[1]} |{mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
