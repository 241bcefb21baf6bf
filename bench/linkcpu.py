#!/usr/bin/env python3
"""The link checker's own CPU per URL and memory, in process, on a linkfarm without hanging or
rate-limited links (the issue's measure: no parse, no lint, no interpreter start-up).

    python bench/linkcpu.py [--links 10000] [--hosts 50] [--profile [--callees begin,_step]]

Starts ../shared/bench/linkfarm.py on 127.0.0.0/8, runs ``check_urls`` on its distinct URLs
(allow-private, no cache, --confirm-dead 0), and prints CPU seconds, CPU per URL, wall, peak RSS and
the verdicts that disagree with the farm's truth. ``--profile`` adds a per-thread CPU profile
(cProfile with thread_time in every worker).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FARM = REPO.parent / "shared" / "bench" / "linkfarm.py"
sys.path.insert(0, str(REPO / "src"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, default=10000)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--port", type=int, default=18600)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--concurrency", type=int, default=64, help="max_concurrency (worker threads)")
    parser.add_argument("--callees", default="", help="with --profile: comma list of functions to break down")
    args = parser.parse_args()
    if not FARM.is_file():
        print(f"linkcpu: {FARM} is missing: the benchmark needs ../shared/bench", file=sys.stderr)
        return 2
    out = Path(tempfile.mkdtemp(prefix="awesomelint-linkcpu-"))
    farm = subprocess.Popen([sys.executable, str(FARM), "--out", str(out), "--links", str(args.links),
                             "--hosts", str(args.hosts), "--latency-ms", "50", "--port", str(args.port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not (out / "ready").exists():
            if farm.poll() is not None:
                print("linkcpu: linkfarm did not start", file=sys.stderr)
                return 2
            time.sleep(0.05)
        truth = json.loads((out / "truth.json").read_text())
        return run(args, {u: v for u, v in truth.items() if "/hang/" not in u and "/limited/" not in u})
    finally:
        farm.send_signal(signal.SIGINT)
        farm.wait(timeout=30)
        shutil.rmtree(out, ignore_errors=True)


def run(args: argparse.Namespace, truth: dict[str, str]) -> int:
    from awesomelint.links import LinkSettings, check_urls, http

    profiles: list[cProfile.Profile] = []
    if args.profile:
        work = http.HttpChecker._work

        def profiled(self: http.HttpChecker) -> None:
            profile = cProfile.Profile(time.thread_time)
            profiles.append(profile)
            profile.enable()
            try:
                work(self)
            finally:
                profile.disable()

        http.HttpChecker._work = profiled  # type: ignore[method-assign]
    settings = LinkSettings(allow_private=True, timeout=6.0, deadline=7.0, cache=None, confirm_dead=0,
                            max_concurrency=args.concurrency)
    ru0 = resource.getrusage(resource.RUSAGE_SELF)
    cpu, wall = time.process_time(), time.monotonic()
    results = check_urls(list(truth), settings)
    cpu, wall = time.process_time() - cpu, time.monotonic() - wall
    ru1 = resource.getrusage(resource.RUSAGE_SELF)
    print(f"user {ru1.ru_utime - ru0.ru_utime:.2f} s, sys {ru1.ru_stime - ru0.ru_stime:.2f} s, "
          f"context switches {ru1.ru_nvcsw - ru0.ru_nvcsw} voluntary, {ru1.ru_nivcsw - ru0.ru_nivcsw} forced")
    wrong = Counter((want, results[url].verdict) for url, want in truth.items() if results[url].verdict != want)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # Linux: KiB
    print(json.dumps({"urls": len(truth), "cpu_s": round(cpu, 2), "cpu_ms_per_url": round(1000 * cpu / len(truth), 3),
                      "wall_s": round(wall, 1), "peak_rss_mb": rss, "wrong": dict(wrong)}))
    if profiles:
        stats = pstats.Stats(profiles[0])
        for profile in profiles[1:]:
            stats.add(profile)
        stats.sort_stats("tottime").print_stats(30)
        for name in filter(None, args.callees.split(",")):
            stats.sort_stats("cumulative").print_callees(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
