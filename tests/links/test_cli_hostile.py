"""End to end: hostile servers, odd links and broken caches never cost the report (issue 14, items 1-5)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from awesomelint.cli import main

from .rawserver import OK, RawServer, raw_server, redirect

pytestmark = pytest.mark.network_local


@pytest.fixture
def raw() -> Iterator[RawServer]:
    with raw_server() as srv:
        yield srv


def write_list(folder: Path, raw: RawServer) -> Path:
    (folder / ".awesomelint.toml").write_text("[links]\ntimeout = 1\ndeadline = 2\nretries = 0\n",
                                             encoding="utf-8")
    readme = folder / "README.md"
    readme.write_text(
        "# Awesome Test\n\n## Things\n\n"
        f"- [Latin]({raw.route('/latin', redirect(b'/caf' + bytes([0xE9])))}) - Non-UTF-8 Location.\n"
        f"- [Six]({raw.route('/six', redirect(b'http://[::1/'))}) - Malformed IPv6 redirect.\n"
        "- [Literal](http://[2001:db8::1]/) - An IPv6 link.\n"
        "- [Broken](http://[::1/) - A malformed one.\n", encoding="utf-8")
    raw.route("/caf%E9", OK)
    return readme


def run(folder: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--check-links", "--allow-private", "--format", "text",
                                       "--format", "json", "-o", str(folder / "report.json"), *args,
                                       str(folder / "README.md")], env={"CI": "true", "GITHUB_TOKEN": ""})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_hostile_answers_become_verdicts_and_the_report_is_written(tmp_path: Path, raw: RawServer) -> None:
    write_list(tmp_path, raw)
    (tmp_path / ".awesomelint-cache.json").write_text("[" * 200000, encoding="utf-8")
    code, output = run(tmp_path)
    assert code == 1, output
    assert "Traceback" not in output
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    verdicts = {e["url"]: e["verdict"] for e in report["links"]}
    assert (verdicts.pop(raw.url("/latin")), verdicts.pop(raw.url("/six"))) == ("redirect", "dead")
    assert verdicts.pop("http://[2001:db8::1]/") in ("unreachable", "timeout")  # checked: a documentation address
    assert list(verdicts.values()) == ["skipped"]  # http://[::1/ is malformed
    dead = [f for f in report["findings"] if f["rule"] == "AL100"]
    assert [(f["line"], f["column"]) for f in dead] == [(6, 3)]  # the malformed redirect
    assert "malformed" in dead[0]["message"]
    assert (tmp_path / ".awesomelint-cache.json.broken").exists()
    assert json.loads((tmp_path / ".awesomelint-cache.json").read_text())["format"] == "awesomelint-link-cache"


@pytest.mark.parametrize("where", ["folder", "under-a-file"])
def test_unusable_cache_path_is_exit_2_before_any_request(tmp_path: Path, raw: RawServer, where: str) -> None:
    write_list(tmp_path, raw)
    (tmp_path / "folder").mkdir()
    cache = tmp_path / ("folder" if where == "folder" else "README.md/cache.json")
    code, output = run(tmp_path, "--cache", str(cache))
    assert code == 2
    last = output.strip().splitlines()[-1]
    assert last.startswith("awesomelint: error: ") and ("link cache" in last or "--cache" in last), last
    assert sum(raw.hits.values()) == 0


def test_refused_links_are_reported_as_info(tmp_path: Path, raw: RawServer) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# Awesome Test\n\n## Things\n\n"
                      f"- [Local]({raw.url('/local')}) - A loopback link.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--check-links", "--no-cache", "--format", "json",
                                       "--select", "AL100,AL105", str(readme)], env={"CI": "true"})
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)["findings"]
    assert [(f["rule"], f["severity"], f["line"], f["column"]) for f in found] == [("AL105", "info", 5, 3)]
    assert "127.0.0.1 is a loopback address" in found[0]["message"]
    assert sum(raw.hits.values()) == 0
