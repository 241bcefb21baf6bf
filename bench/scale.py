#!/usr/bin/env python3
"""Does lint time and memory grow linearly? awesomelint next to rumdl on pathological shapes and on
the shared corpus concatenated to 1–16 MB.

Whole processes, one after another; time is the child's CPU time (user + system, from ``os.wait4``),
which a busy shared machine disturbs far less than wall time (shown too); peak memory is the child's
max RSS. The exponent is the least-squares slope of log(time − time on an empty file) against
log(size): 1 is linear.

    python bench/scale.py [--shapes nested_list,staircase] [--sizes 128,256,512,1024] [--corpus-mb 1,2,4,8,16]
                          [--rumdl /work/peers/rumdl-venv/bin/rumdl] [--repeat 1]

rumdl (a Rust Markdown linter) is installed by hand outside the repository:
``python3 -m venv /work/peers/rumdl-venv && /work/peers/rumdl-venv/bin/pip install rumdl``.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))

from tests.shapes import SHAPES  # noqa: E402


def measure(command: list[str], cwd: Path) -> tuple[float, float, int]:
    """(CPU seconds, wall seconds, peak RSS in MiB) of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        print(f"  ! {' '.join(command[:2])}… exited {os.waitstatus_to_exitcode(status)}", file=sys.stderr)
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss // 1024


def best(command: list[str], cwd: Path, repeat: int) -> tuple[float, float, int]:
    runs = [measure(command, cwd) for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs)


def exponent(sizes: list[int], times: list[float], base: float) -> float:
    points = [(math.log(s), math.log(max(t - base, 1e-3))) for s, t in zip(sizes, times, strict=True)]
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    den = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / den if den else float("nan")


def corpus_text(megabytes: int) -> str:
    files = sorted((SHARED / "corpus").glob("*.md")) + sorted((SHARED / "corpus-wide").glob("*.md"))
    parts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    out: list[str] = []
    total, limit, k = 0, megabytes * 1_000_000, 0
    while total < limit and parts:
        part = parts[k % len(parts)][: limit - total]
        out.append(part if part.endswith("\n") else part + "\n")
        total += len(out[-1].encode())
        k += 1
    return "".join(out)


def series(name: str, texts: list[tuple[int, Callable[[], str]]], tools: dict[str, list[str]], folder: Path,
           repeat: int, bases: dict[str, float]) -> None:
    results: dict[str, list[tuple[float, float, int]]] = {tool: [] for tool in tools}
    sizes: list[int] = []
    for size, make in texts:  # made one at a time: a child's max RSS counts the parent's memory at fork
        path = folder / f"{name}-{size}.md"
        path.write_text(make(), encoding="utf-8")
        sizes.append(path.stat().st_size)
        for tool, command in tools.items():
            results[tool].append(best([*command, str(path)], folder, repeat))
        path.unlink()
    for tool, rows in results.items():
        cells = "  ".join(f"{s / 1e6:5.2f}MB {cpu:6.1f}s ({wall:5.1f}s wall) {rss:5d}MiB"
                          for s, (cpu, wall, rss) in zip(sizes, rows, strict=True))
        fitted = exponent(sizes, [r[0] for r in rows], bases[tool])
        print(f"{name:16} {tool:11} exponent {fitted:4.2f}  {cells}", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated; '' for none")
    parser.add_argument("--sizes", default="128,256,512,1024", help="shape sizes in KB")
    parser.add_argument("--corpus-mb", default="1,2,4,8,16", help="'' for none")
    parser.add_argument("--rumdl", default="/work/peers/rumdl-venv/bin/rumdl")
    parser.add_argument("--awesomelint", default=shutil.which("awesomelint") or "awesomelint")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    program = str(Path(args.awesomelint).absolute()) if os.sep in args.awesomelint else args.awesomelint
    tools = {"awesomelint": [program, "--quiet", "--no-color", "--max-size", str(64 << 20), "--max-time", "0"]}
    if Path(args.rumdl).exists():
        tools["rumdl"] = [args.rumdl, "check", "--no-config", "--silent"]
    else:
        print(f"rumdl not found at {args.rumdl}: timing awesomelint alone", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="awesomelint-scale-") as tmp:
        folder = Path(tmp)
        empty = folder / "empty.md"
        empty.write_text("", encoding="utf-8")
        bases = {tool: best([*command, str(empty)], folder, 3)[0] for tool, command in tools.items()}
        print("startup (empty file): " + ", ".join(f"{t} {s:.2f}s" for t, s in bases.items()))
        sizes = [int(s) * 1000 for s in args.sizes.split(",") if s]
        for name in filter(None, args.shapes.split(",")):
            series(name, [(s, partial(SHAPES[name], s)) for s in sizes], tools, folder, args.repeat, bases)
        megabytes = [int(m) for m in args.corpus_mb.split(",") if m]
        if megabytes and not (SHARED / "corpus").is_dir():
            print(f"no corpus at {SHARED / 'corpus'}: skipping the concatenated corpus", file=sys.stderr)
        elif megabytes:
            series("corpus", [(m, partial(corpus_text, m)) for m in megabytes], tools, folder, args.repeat, bases)
    return 0


if __name__ == "__main__":
    sys.exit(main())
