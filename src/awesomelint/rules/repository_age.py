"""A list is submitted to sindresorhus/awesome only once its repository is 30 days old, counted from
its first commit. In a shallow clone the first commit is missing: the rule then says so instead of
guessing. Doc: rules/AL138-repository-age.md"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from awesomelint.awesome.gitrepo import git
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.options import AtLeast
from awesomelint.profiles import SUBMISSION_OURS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL138",
    name="repository-age",
    summary="The repository is at least 30 days old (first commit).",
    severity=Severity.WARNING,
    aliases=("awesome-git-repo-age",),
    profiles=SUBMISSION_OURS,
)
DAY = 86400


@dataclass(frozen=True, slots=True)
class Options:
    min_days: Annotated[int, AtLeast(1)] = 30


def check(doc: Document, options: Options) -> Iterator[Problem]:
    shallow = git(doc.root, "rev-parse", "--is-shallow-repository")
    if shallow is None or not shallow.ok:
        return  # not a git repository (git-repository says so) or git missing
    if shallow.out == "true":
        yield Problem(1, 1, "shallow clone: the first commit is not available, so the repository's age "
                      "was not checked; fetch the whole history (actions/checkout with 'fetch-depth: 0', "
                      "or 'git fetch --unshallow')")
        return
    roots = git(doc.root, "rev-list", "--max-parents=0", "HEAD")
    if roots is None or not roots.ok or not roots.out:
        return  # no commit yet
    times = []
    for commit in roots.out.split():
        shown = git(doc.root, "show", "-s", "--format=%ct", commit)
        if shown and shown.ok and shown.out.isdigit():
            times.append(int(shown.out))
    if not times:
        return
    first = min(times)
    days = int((time.time() - first) // DAY)
    if days < options.min_days:
        left = options.min_days - days
        date = time.strftime("%Y-%m-%d", time.gmtime(first))
        yield Problem(1, 1, f"the repository is {days} day{'s' if days != 1 else ''} old (first commit "
                      f"{date}); a list can be submitted to sindresorhus/awesome at {options.min_days} days "
                      f"({left} day{'s' if left != 1 else ''} to go)")
