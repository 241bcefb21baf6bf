#!/usr/bin/env python3
"""New-findings mode cost: a PR of 200 added entries to a 4,000-entry list, against one full lint.

Whole processes in a temporary git repository, alternated so the ratio holds on a noisy machine.

    python bench/prdiff.py [--entries 4000] [--added 200] [--repeat 3] [--messy]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ENV = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.invalid", "GIT_COMMITTER_NAME": "b",
       "GIT_COMMITTER_EMAIL": "b@example.invalid", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
ENV.pop("GITHUB_ACTIONS", None)


def build(entries: int, added: int, sections: int = 40, messy: bool = False) -> str:
    """A sorted list; every section gets ``added // sections`` more entries when ``added`` is given."""
    per = entries // sections
    out = ["# Awesome Bench [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)", "",
           "> Entries for timing.", "", "## Contents", ""]
    out += [f"- [Section {s:02d}](#section-{s:02d})" for s in range(sections)] + [""]
    for s in range(sections):
        out += [f"## Section {s:02d}", ""]
        names = [f"Tool {s:02d}-{i:04d}" for i in range(per)]
        names += [f"Tool {s:02d}-{i:04d}b" for i in range(added // sections)]
        for name in sorted(names):
            slug = name.lower().replace(" ", "-")
            description = f"does {name.lower()} things" if messy else f"Does {name.lower()} things."
            out.append(f"- [{name}](https://example.com/{slug}) - {description}")
        out.append("")
    return "\n".join(out)


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=ENV, check=True, capture_output=True)


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=ENV, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed: {done.stderr}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=4000)
    parser.add_argument("--added", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--messy", action="store_true",
                        help="every entry has findings (lower-case description, no period): the base runs them too")
    args = parser.parse_args()
    exe = str(Path(sys.executable).parent / "awesomelint")
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / "list"
        repo.mkdir()
        git(repo, "init", "-q", "-b", "main")
        (repo / "contributing.md").write_text("# Contributing\n\nSend a pull request.\n")
        (repo / "README.md").write_text(build(args.entries, 0, messy=args.messy))
        git(repo, "add", ".")
        git(repo, "commit", "-q", "-m", "base")
        git(repo, "checkout", "-q", "-b", "pr")
        (repo / "README.md").write_text(build(args.entries, args.added, messy=args.messy))
        git(repo, "commit", "-q", "-am", "pr")
        full, pr = [], []
        for _ in range(args.repeat):
            full.append(timed([exe, "README.md"], repo))
            pr.append(timed([exe, "--diff-base", "main", "README.md"], repo))
        f, p = statistics.median(full), statistics.median(pr)
        print(f"full lint {f:.2f} s, --diff-base main (new) {p:.2f} s, ratio {p / f:.2f}x "
              f"({args.entries} entries + {args.added}{', messy' if args.messy else ''}, median of {args.repeat})")


if __name__ == "__main__":
    main()
