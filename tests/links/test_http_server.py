"""Against a real HTTP server on 127.0.0.1: every fault kind, the body cap, the deadline, code blocks."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from awesomelint.links import LinkSettings, check_urls
from awesomelint.parse.parser import parse

from .conftest import BIG, FaultServer, closed_port

pytestmark = pytest.mark.network_local
FAST = LinkSettings(allow_private=True, timeout=2.0, connect_timeout=1.0, deadline=3.0, retries=1)

EXPECTED = {
    "/ok/1": ("alive", 200),
    "/notfound/1": ("dead", 404),
    "/gone/1": ("dead", 410),
    "/error/1": ("unreachable", 500),  # a 5xx that persists: dead once confirmed on a later run
    "/flaky/1": ("alive", 200),
    "/moved/1": ("redirect", 200),
    "/temp/1": ("alive", 200),
    "/loop/1": ("dead", 302),
    "/nohead/1": ("alive", 200),
    "/limited/1": ("alive", 200),
    "/slow/1": ("alive", 200),
    "/botwall/1": ("unknown", 403),
    "/s999/1": ("unknown", 999),
    "/reset/1": ("unreachable", None),
    "/big/1": ("alive", 200),
}


def test_every_fault_kind_gets_its_verdict(server: FaultServer, either_transport: str) -> None:
    urls = [server.url(p) for p in EXPECTED]
    refused = f"http://127.0.0.1:{closed_port()}/refused"
    results = check_urls([*urls, refused], FAST)
    got = {p: (results[server.url(p)].verdict, results[server.url(p)].status_code) for p in EXPECTED}
    assert got == EXPECTED
    assert results[refused].verdict == "unreachable"
    assert "refused" in (results[refused].error or "")
    assert results[server.url("/moved/1")].final_url == server.url("/ok/moved")
    assert results[server.url("/loop/1")].error is not None and "loop" in results[server.url("/loop/1")].error
    # HEAD first, GET only when needed
    methods = {(m, p) for _, m, p, _ in server.log}
    assert ("HEAD", "/ok/1") in methods and ("GET", "/ok/1") not in methods
    assert ("GET", "/nohead/1") in methods
    assert server.hits["/flaky/1"] == 2 and server.hits["/error/1"] == 2  # one retry each
    assert server.hits["/loop/1"] == 1  # a Location pointing at itself is a loop at once


def test_retry_after_is_waited_out_before_asking_again(server: FaultServer) -> None:
    results = check_urls([server.url("/limited/2")], FAST)
    assert results[server.url("/limited/2")].verdict == "alive"
    times = [t for t, _, p, _ in server.log if p == "/limited/2"]
    assert len(times) == 2
    assert times[1] - times[0] >= 1.0  # Retry-After: 1


def test_64_mib_body_is_never_read(server: FaultServer, either_transport: str) -> None:
    results = check_urls([server.url("/big/2")], FAST)
    assert results[server.url("/big/2")].verdict == "alive"
    time.sleep(0.2)  # let the server notice the closed connection
    assert server.big_sent < BIG // 4  # only what socket buffers took before the checker hung up


def test_a_server_that_never_answers_hits_the_deadline(server: FaultServer) -> None:
    settings = LinkSettings(allow_private=True, timeout=30.0, deadline=0.8, retries=3)
    started = time.monotonic()
    results = check_urls([server.url("/hang/1")], settings)
    elapsed = time.monotonic() - started
    assert results[server.url("/hang/1")].verdict == "timeout"
    # without the deadline: four tries of a 30 s read timeout (120 s); the bound leaves room for a loaded machine
    assert elapsed < 20


def test_a_trickling_server_is_cut_off_at_the_deadline(server: FaultServer) -> None:
    settings = LinkSettings(allow_private=True, timeout=5.0, deadline=1.0, retries=2)
    result = check_urls([server.url("/trickle/1")], settings)[server.url("/trickle/1")]
    assert result.verdict == "timeout"  # the headers trickle forever: returning at all is the deadline's doing
    assert server.hits["/trickle/1"] == 1


def test_links_in_code_blocks_are_never_requested(server: FaultServer, tmp_path: Path) -> None:
    text = (f"# Awesome\n\n- [Live]({server.url('/ok/list')}) - A link.\n\n"
            f"```sh\ncurl {server.url('/never/1')}\n# see [this]({server.url('/never/2')})\n```\n\n"
            f"    [indented]({server.url('/never/3')})\n")
    doc = parse(text, tmp_path / "README.md")
    urls = [link.url for link in doc.links]
    results = check_urls(urls, FAST)
    assert list(results) == [server.url("/ok/list")]
    assert not [p for p in server.hits if p.startswith("/never")]


def test_each_distinct_url_is_requested_once(server: FaultServer) -> None:
    url = server.url("/ok/dup")
    results = check_urls([url, url, url + "#intro", server.url("/ok/dup").replace("127.0.0.1", "127.0.0.1")],
                         FAST)
    assert server.hits["/ok/dup"] == 1
    assert set(results) == {url, url + "#intro"}


def test_private_addresses_are_refused_by_default(server: FaultServer) -> None:
    results = check_urls([server.url("/ok/private")], LinkSettings())
    result = results[server.url("/ok/private")]
    assert result.verdict == "refused"
    assert result.error == "127.0.0.1 is a loopback address"
    assert server.hits["/ok/private"] == 0


def test_browser_like_user_agent_and_per_host_headers(server: FaultServer) -> None:
    settings = LinkSettings(allow_private=True, headers={"127.0.0.1": {"X-Test": "yes"}, "*": {"X-All": "1"}})
    check_urls([server.url("/ok/ua")], settings)
    headers = next(h for _, _, p, h in server.log if p == "/ok/ua")
    assert headers["User-Agent"].startswith("Mozilla/5.0")
    assert headers["X-Test"] == "yes" and headers["X-All"] == "1"
