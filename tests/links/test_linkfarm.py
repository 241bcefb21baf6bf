"""The checker against linkfarm (../shared/bench): many loopback hosts, every fault, ground truth."""

from __future__ import annotations

import importlib.util
import json
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from awesomelint.links import LinkSettings, check_urls
from awesomelint.parse.parser import parse
from tests.conftest import SHARED, require_shared

pytestmark = [pytest.mark.network_local, pytest.mark.slow]
BENCH = SHARED / "bench"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.2", 0))
        return int(sock.getsockname()[1])


def load_score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("linkfarm_score", BENCH / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_linkfarm_verdicts_are_all_right_and_polite(tmp_path: Path) -> None:
    require_shared()
    out = tmp_path / "farm"
    farm = subprocess.Popen(
        [sys.executable, str(BENCH / "linkfarm.py"), "--out", str(out), "--links", "120", "--hosts", "4",
         "--latency-ms", "5", "--limited-host-rps", "7", "--seed", "7", "--port", str(free_port())],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 10
        while not (out / "ready").exists():
            assert farm.poll() is None, farm.stderr.read().decode() if farm.stderr else "linkfarm died"
            assert time.monotonic() < deadline, "linkfarm did not start"
            time.sleep(0.05)
        doc = parse((out / "list.md").read_text(), out / "list.md")
        settings = LinkSettings(allow_private=True, timeout=6.0, deadline=7.0, cache=None, confirm_dead=0)
        results = check_urls([link.url for link in doc.links], settings)
    finally:
        farm.send_signal(signal.SIGINT)
        farm.wait(timeout=10)
    truth = json.loads((out / "truth.json").read_text())
    stats = json.loads((out / "stats.json").read_text())
    graded = load_score().grade(truth, {u: r.verdict for u, r in results.items()}, stats)
    assert graded["examples_wrong"] == [] and graded["right"] == len(truth)
    assert graded["false_alarms"] == 0 and graded["missed_dead"] == 0
    assert graded["retry_after_violations"] == 0
    assert graded["code_block_requests"] == 0
    assert graded["requests_per_distinct_url"] <= 1.3
