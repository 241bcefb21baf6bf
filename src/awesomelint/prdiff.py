"""Pull-request scope: which findings a change caused, wherever they land.

``--diff-base REF`` narrows the report in one of three ways (``--diff-filter``):

* ``new`` (the default): the file is linted at the merge base too, with the same config and the same
  profile, and a finding is reported when the base has no finding with the same fingerprint: rule,
  the normalised text of its first line (none for whole-file findings at 1:1), the message with its
  numbers blanked (line references move), and an occurrence index. A duplicate that a new entry
  creates is reported on the old entry's line; a finding that only moved is not.
* ``changed-lines``: findings on lines the change added or modified, plus whole-file ones in changed
  files (the behaviour before ``new``).
* ``file``: every finding in the files the change touched.

Only the rules that fired on the working tree are run on the base (a finding that is not there cannot
be new), and nothing is run when nothing changed. The base is a temporary ``git worktree`` of the merge
base, so rules that read neighbouring files (contributing guide, local link targets, git facts) see the
repository as it was. Findings of network rules are judged by line: links are only checked on changed
lines; so are findings of no registered rule (a crashed rule's AL999).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from awesomelint import diffscope
from awesomelint.diffscope import DIFF_FILTERS, DiffFacts
from awesomelint.engine import Overrides, lint_document
from awesomelint.errors import UsageError
from awesomelint.finding import Finding
from awesomelint.parse.parser import parse
from awesomelint.registry import Registry
from awesomelint.source import DEFAULT_MAX_BYTES, read_source

if TYPE_CHECKING:
    from awesomelint.runner import FileResult

_NUMBER = re.compile(r"\d+")

Fingerprint = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class DiffScope:
    """The change a pull request makes, and how to narrow the findings to it."""

    facts: DiffFacts
    mode: str = "new"

    def lines_of(self, path: Path) -> set[int]:
        return set(self.facts.lines.get(path.resolve(), ()))

    def touched(self, path: Path) -> bool:
        return path.resolve() in self.facts.touched

    def link_in_scope(self, path: Path, line: int) -> bool:
        """Whether the link checker should check a link at ``path:line``."""
        if self.mode == "file":
            return self.touched(path)
        return line in self.lines_of(path)


def prepare(
    paths: Sequence[Path], base_ref: str, mode: str = "new", cwd: Path | None = None, *, fetch: bool = True
) -> DiffScope:
    """Find the merge base with ``base_ref`` and the diff to the working tree (git errors: UsageError)."""
    if mode not in DIFF_FILTERS:
        raise UsageError(f"--diff-filter {mode!r} is not one of {', '.join(DIFF_FILTERS)}")
    return DiffScope(diffscope.diff_facts(base_ref, cwd, specs=paths, fetch=fetch), mode)


def fingerprint(finding: Finding, lines: Sequence[str]) -> Fingerprint:
    """What identifies a finding across line shifts (see the module docstring)."""
    if diffscope.at_file_start(finding):
        text = ""  # about the file, not its first line
    else:
        text = " ".join(lines[finding.line - 1].split()) if 1 <= finding.line <= len(lines) else ""
    return finding.rule_id, text, _NUMBER.sub("#", " ".join(finding.message.split()))


def new_findings(head: Sequence[Finding], head_lines: Sequence[str], base: Sequence[Finding],
                 base_lines: Sequence[str]) -> list[Finding]:
    """The head findings the base has no match for; the n-th of a fingerprint matches the base's n-th."""
    left = Counter(fingerprint(f, base_lines) for f in base)
    out = []
    for finding in head:
        key = fingerprint(finding, head_lines)
        if left[key] > 0:
            left[key] -= 1
        else:
            out.append(finding)
    return out


def _span_touched(finding: Finding, lines: set[int]) -> bool:
    return any(n in lines for n in range(finding.line, max(finding.end_line, finding.line) + 1))


def narrow(scope: DiffScope, results: Sequence[FileResult], overrides: Overrides, registry: Registry) -> None:
    """Keep, in each result, only the findings the change caused (as ``scope.mode`` defines it)."""
    if scope.mode == "changed-lines":
        for r in results:
            lines = scope.lines_of(r.path)
            r.findings = [f for f in r.findings if lines and (diffscope.at_file_start(f) or _span_touched(f, lines))]
        return
    if scope.mode == "file":
        for r in results:
            r.findings = r.findings if scope.touched(r.path) else []
        return
    if scope.facts.is_empty():
        for r in results:
            r.findings = []
        return
    network = {rule.id for rule in registry if rule.meta.network}
    network |= {f.rule_id for r in results for f in r.findings if registry.get(f.rule_id) is None}  # AL999 crashes
    pending = [r for r in results if r.findings and r.document is not None and r.config is not None]
    for r in results:
        if r not in pending:
            r.findings = []
    if not pending:
        return
    with base_checkout(scope.facts.top, scope.facts.start) as base_root:
        for r in pending:
            r.findings = _new_in(r, scope, base_root, network, overrides, registry)


def _base_path(result: FileResult, facts: DiffFacts, base_root: Path) -> Path | None:
    full = result.path.resolve()
    if full in facts.untracked:
        return None
    try:
        relative = full.relative_to(facts.top).as_posix()
    except ValueError:
        return None
    found = base_root / facts.renamed_from.get(full, relative)
    return found if found.is_file() else None


def _new_in(result: FileResult, scope: DiffScope, base_root: Path, network: set[str], overrides: Overrides,
            registry: Registry) -> list[Finding]:
    assert result.document is not None and result.config is not None
    changed = scope.lines_of(result.path)
    by_line = [f for f in result.findings if f.rule_id in network]
    judged = [f for f in result.findings if f.rule_id not in network]
    kept = [f for f in by_line if _span_touched(f, changed)]
    path = _base_path(result, scope.facts, base_root)
    if path is None or not judged:
        return sorted(kept + judged)
    config = replace(result.config, select=())  # the fired rules are selected below
    try:
        source = read_source(path, result.config.max_size or DEFAULT_MAX_BYTES)
    except UsageError:
        return sorted(kept + judged)  # unreadable at the base: everything is the change's
    doc = parse(source.text, path)
    profile = result.profile[0] if result.profile else None
    base_overrides = Overrides(profile=profile or overrides.profile, select=tuple(sorted({f.rule_id for f in judged})))
    base = lint_document(doc, config=config, overrides=base_overrides, registry=registry,
                         display_path=result.display)
    return sorted(kept + new_findings(judged, result.document.lines, base, doc.lines))


@contextmanager
def base_checkout(top: Path, commit: str) -> Iterator[Path]:
    """A temporary worktree of ``commit`` (no hooks, no LFS downloads), removed afterwards."""
    holder = Path(tempfile.mkdtemp(prefix="awesomelint-base-"))
    tree = holder / top.name
    try:
        done = diffscope.git(top, "-c", "core.hooksPath=/dev/null", "worktree", "add", "--detach", "--quiet",
                             str(tree), commit, check=False)
        if done.returncode != 0:
            raise UsageError(f"--diff-base: cannot check out the merge base {commit[:12]} to compare with it "
                             f"({done.stderr.strip() or done.returncode}); use --diff-filter changed-lines")
        yield tree
    finally:
        diffscope.git(top, "worktree", "remove", "--force", str(tree), check=False)
        shutil.rmtree(holder, ignore_errors=True)
        diffscope.git(top, "worktree", "prune", check=False)
