#!/usr/bin/env python3
"""Offline lint speed and memory: awesomelint next to awesome-lint (and rumdl) on the same files.

Whole processes, one after another in the same run, so the ratio holds on a noisy machine. For each
file: wall and CPU seconds (user + system, from ``os.wait4``), medians of ``--repeat`` runs, and each
child's peak RSS. Also the start-up time (``awesomelint --version``) and, in-process, the share of
our time that is mistune's own parse.

    python bench/core.py [--corpus corpus,corpus-wide] [--repeat 3] [--rumdl PATH] [FILE ...]

The peers are installed by hand in a scratch folder outside the repository
(``cd /tmp/peers && npm install awesome-lint``; ``pip install rumdl`` in a scratch venv); a missing
peer is left out. awesome-lint runs outside any git repository, so it makes no network call.
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
SHARED = REPO.parent / "shared"


def run(command: list[str], cwd: Path) -> tuple[float, float, int, int]:
    """(wall seconds, CPU seconds, peak RSS in MiB, exit code) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss // 1024, os.waitstatus_to_exitcode(status)


def timed(command: list[str], cwd: Path, repeat: int) -> tuple[float, float, int, int]:
    """Median wall and CPU, largest RSS, last exit code."""
    runs = [run(command, cwd) for _ in range(repeat)]
    return (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs),
            max(r[2] for r in runs), runs[-1][3])


def mistune_share(files: list[Path]) -> float:
    """Share of in-process lint time (parse + rules) spent inside mistune's own block and inline parse."""
    import cProfile
    import pstats

    from awesomelint.engine import lint_document
    from awesomelint.parse.parser import parse
    from awesomelint.registry import default_registry
    from awesomelint.source import read_source

    default_registry()
    profiler = cProfile.Profile()
    for path in files:
        text = read_source(path).text
        profiler.enable()
        lint_document(parse(text, path))
        profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    entries = stats.stats  # type: ignore[attr-defined]
    inside = sum(ct for (file, _, name), (_, _, _, ct, _) in entries.items()
                 if "mistune" in file and name in ("parse", "__call__") and "block_parser" in file)
    inline = sum(ct for (file, _, name), (_, _, _, ct, _) in entries.items()
                 if file.endswith("inline_parser.py") and name == "__call__")
    return (inside + inline) / total if total else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--corpus", default="corpus", help="comma-separated folders of ../shared to run")
    parser.add_argument("--awesome-lint", default="/tmp/peers/node_modules/.bin/awesome-lint")
    parser.add_argument("--rumdl", default="/tmp/peers/rumdl-venv/bin/rumdl")
    parser.add_argument("--awesomelint", default=str(Path(sys.executable).with_name("awesomelint")))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    args.awesomelint = str(Path(args.awesomelint).resolve()) if Path(args.awesomelint).exists() else args.awesomelint
    files = args.files or sorted(p for folder in args.corpus.split(",") for p in (SHARED / folder).glob("*.md")
                                 if p.name != "README.md")
    if not files:
        print(f"no files: give some, or put the corpus at {SHARED}", file=sys.stderr)
        return 2
    peer = args.awesome_lint if Path(args.awesome_lint).exists() else None
    rumdl = args.rumdl if Path(args.rumdl).exists() else None
    with tempfile.TemporaryDirectory() as scratch:  # outside any git repository
        work = Path(scratch)
        start_wall, start_cpu, _, _ = timed([args.awesomelint, "--version"], work, max(args.repeat, 5))
        print(f"start-up (awesomelint --version): wall {start_wall * 1000:.0f} ms, CPU {start_cpu * 1000:.0f} ms")
        print(f"{'file':<52} {'KiB':>5} {'ours wall':>9} {'cpu':>6} {'MiB':>4} {'peer wall':>9} {'cpu':>6} "
              f"{'MiB':>4} {'x wall':>6} {'x cpu':>6} {'rumdl':>6}")
        wall_ratios: list[float] = []
        cpu_ratios: list[float] = []
        rumdl_ratios: list[float] = []
        for source in files:
            target = work / "readme.md"
            shutil.copyfile(source, target)
            wall, cpu, mem, _ = timed([args.awesomelint, "readme.md", "--format", "json"], work, args.repeat)
            line = f"{source.name[:52]:<52} {source.stat().st_size // 1024:>5} {wall:>9.3f} {cpu:>6.3f} {mem:>4}"
            if peer:
                p_wall, p_cpu, p_mem, code = timed([peer, "readme.md"], work, args.repeat)
                if code in (0, 1):  # awesome-lint could read the file
                    wall_ratios.append(p_wall / wall)
                    cpu_ratios.append(p_cpu / cpu)
                    line += f" {p_wall:>9.3f} {p_cpu:>6.3f} {p_mem:>4} {p_wall / wall:>5.1f}x {p_cpu / cpu:>5.1f}x"
                else:
                    line += f" {'failed':>9} {'':>6} {'':>4} {'':>6} {'':>6}"
            if rumdl:
                r_wall, _, _, _ = timed([rumdl, "check", "readme.md"], work, args.repeat)
                rumdl_ratios.append(wall / r_wall)
                line += f" {wall / r_wall:>5.0f}x"
            print(line, flush=True)
    for name, ratios in (("wall", wall_ratios), ("CPU", cpu_ratios)):
        if ratios:
            print(f"awesome-lint / awesomelint, {name}: median {statistics.median(ratios):.1f}x, "
                  f"min {min(ratios):.1f}x, max {max(ratios):.1f}x over {len(ratios)} files")
    if rumdl_ratios:
        print(f"awesomelint / rumdl, wall: median {statistics.median(rumdl_ratios):.0f}x")
    print(f"mistune's own parse: {mistune_share(files):.0%} of awesomelint's in-process lint time")
    return 0


if __name__ == "__main__":
    sys.exit(main())
