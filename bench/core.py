#!/usr/bin/env python3
"""Offline lint speed and memory: awesomelint next to awesome-lint on the same corpus files.

Whole processes, one after another in the same run, so the ratio holds on a noisy machine.
Peak memory is each child's own max RSS, from ``os.wait4``.

    python bench/core.py [--awesome-lint /tmp/peers/node_modules/.bin/awesome-lint] [--repeat 3] [FILE ...]

awesome-lint is installed by hand in a scratch folder outside the repository
(``cd /tmp/peers && npm install awesome-lint``); without it only awesomelint is timed.
Run awesome-lint outside any git repository so it makes no network call (offline it skips the API).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"


def run(command: list[str], cwd: Path) -> tuple[float, int, int]:
    """(seconds, peak RSS in MiB of this child, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_maxrss // 1024, os.waitstatus_to_exitcode(status)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--awesome-lint", default="/tmp/peers/node_modules/.bin/awesome-lint")
    parser.add_argument("--awesomelint", default=shutil.which("awesomelint") or "awesomelint")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    files = args.files or sorted(CORPUS.glob("*.md"))
    if not files:
        print(f"no files: give some, or put the corpus at {CORPUS}", file=sys.stderr)
        return 2
    peer = args.awesome_lint if Path(args.awesome_lint).exists() else None
    print(f"{'file':<58} {'KiB':>6} {'ours s':>7} {'MiB':>5} {'peer s':>7} {'MiB':>5} {'ratio':>6}")
    ratios: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:  # outside any git repository
        work = Path(scratch)
        for source in files:
            target = work / "readme.md"
            shutil.copyfile(source, target)
            ours = [run([args.awesomelint, "readme.md", "--format", "json"], work) for _ in range(args.repeat)]
            ours_time = statistics.median(t for t, _, _ in ours)
            ours_mem = max(m for _, m, _ in ours)
            line = f"{source.name[:58]:<58} {source.stat().st_size // 1024:>6} {ours_time:>7.3f} {ours_mem:>5}"
            if peer:
                theirs = [run([peer, "readme.md"], work) for _ in range(args.repeat)]
                peer_time = statistics.median(t for t, _, _ in theirs)
                peer_mem = max(m for _, m, _ in theirs)
                ratios.append(peer_time / ours_time)
                line += f" {peer_time:>7.3f} {peer_mem:>5} {peer_time / ours_time:>5.1f}x"
            print(line, flush=True)
    if ratios:
        print(f"\nspeed-up (awesome-lint time / awesomelint time): median {statistics.median(ratios):.1f}x, "
              f"min {min(ratios):.1f}x, max {max(ratios):.1f}x over {len(ratios)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
