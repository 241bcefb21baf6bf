#!/usr/bin/env python3
"""The Action's start-up (its key and install steps), run with bash as the emulated runner runs them.

Three cases, each in a fresh RUNNER_TEMP: a build from source (the action's path without a wheel), the
release's prebuilt wheel in ``dist/``, and a restored environment whose key matches (what the
``actions/cache`` step gives every later run). Package downloads come from the configured index.

    python bench/action_start.py [--repeat 2]
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

import yaml

REPO = Path(__file__).resolve().parents[1]
STEPS = {s.get("id"): s for s in yaml.safe_load((REPO / "action.yml").read_text())["runs"]["steps"]}


def step(name: str, temp: Path, action: Path, env: dict[str, str]) -> dict[str, str]:
    output = temp / f"out-{name}"
    output.write_text("")
    full = {**os.environ, **env, "RUNNER_TEMP": str(temp), "GITHUB_ACTION_PATH": str(action),
            "GITHUB_OUTPUT": str(output), "PYTHON": sys.executable}
    done = subprocess.run(["bash", "-e", "-c", STEPS[name]["run"]], env=full, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        sys.exit(f"step {name} failed: {done.stderr}")
    return dict(line.split("=", 1) for line in output.read_text().splitlines() if "=" in line)


def start(temp: Path, action: Path) -> tuple[float, str]:
    began = time.perf_counter()
    key = step("key", temp, action, {})["key"]
    cached = step("install", temp, action, {"KEY": key})["cached"]
    return time.perf_counter() - began, cached


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "action-source"
        skip = shutil.ignore_patterns(".venv", ".git", "dist", "__pycache__", "*.egg-info")
        shutil.copytree(REPO, source, ignore=skip)
        wheel = root / "action-wheel"
        shutil.copytree(source, wheel)
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheel / "dist"),
                        str(source)], check=True)
        times: dict[str, list[float]] = {"source": [], "wheel": [], "cached": []}
        for n in range(args.repeat):
            for case, action in (("source", source), ("wheel", wheel)):
                temp = root / f"temp-{case}-{n}"
                temp.mkdir()
                seconds, cached = start(temp, action)
                assert cached == "false"
                times[case].append(seconds)
                if case == "wheel":
                    seconds, cached = start(temp, action)  # the restored environment, same key
                    assert cached == "true"
                    times["cached"].append(seconds)
        print("Action start (key + install steps), median of", args.repeat, "runs:")
        for case, values in times.items():
            print(f"  {case:<7} {statistics.median(values):6.2f} s")


if __name__ == "__main__":
    main()
