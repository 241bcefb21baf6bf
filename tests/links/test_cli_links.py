"""``awesomelint --check-links`` end to end against the loopback fault server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from awesomelint.cli import main

from .conftest import FaultServer

pytestmark = pytest.mark.network_local
TOKEN = "ghp_CLISECRET987654321"


def write_list(folder: Path, server: FaultServer) -> Path:
    (folder / ".awesomelint.toml").write_text(
        "[links]\ntimeout = 2\ndeadline = 3\nretries = 1\ncache = \"links-cache.json\"\n", encoding="utf-8")
    readme = folder / "README.md"
    readme.write_text(
        "# Awesome Test\n\n## Things\n\n"
        f"- [Ok]({server.url('/ok/1')}) - Alive.\n"
        f"- [Gone]({server.url('/notfound/1')}) - Dead, twice: [again]({server.url('/notfound/1')}).\n"
        f"- [Moved]({server.url('/moved/1')}) - Moved.\n"
        f"- [Wall]({server.url('/botwall/1')}) - Bot wall.\n\n"
        f"```sh\ncurl {server.url('/never/1')}\n```\n", encoding="utf-8")
    return readme


def run(folder: Path, *args: str) -> tuple[int, dict[str, object], str]:
    runner = CliRunner()
    result = runner.invoke(main, ["check", "--format", "json", "--select", "AL100,AL101,AL102", *args,
                                  str(folder / "README.md")], env={"GITHUB_TOKEN": TOKEN, "CI": "true"})
    assert TOKEN not in result.output
    return result.exit_code, json.loads(result.stdout), result.output


def test_check_links_reports_each_occurrence_and_json_links(tmp_path: Path, server: FaultServer) -> None:
    readme = write_list(tmp_path, server)
    again = readme.read_text(encoding="utf-8").splitlines()[5].index("[again") + 1
    code, report, _ = run(tmp_path, "--check-links", "--allow-private")
    found = [(f["line"], f["column"], f["rule"]) for f in report["findings"]]  # type: ignore[index, union-attr]
    assert found == [(6, 3, "AL100"), (6, again, "AL100"), (7, 3, "AL101"), (8, 3, "AL102")]
    assert code == 1
    links = report["links"]
    assert [(e["line"], e["column"], e["verdict"]) for e in links] == [  # type: ignore[union-attr, index]
        (5, 3, "alive"), (6, 3, "dead"), (6, again, "dead"), (7, 3, "redirect"), (8, 3, "unknown")]
    moved = links[3]  # type: ignore[index]
    assert moved["final_url"] == server.url("/ok/moved") and moved["status_code"] == 200
    assert set(links[0]) == {"url", "verdict", "status_code", "final_url", "path", "line", "column", "error",
                            "failing_since"}
    assert server.hits["/notfound/1"] == 1 and "/never/1" not in server.hits
    cache = (tmp_path / "links-cache.json").read_text()
    assert server.url("/ok/1") in cache and TOKEN not in cache


def test_unknown_fails_only_with_strict_links(tmp_path: Path, server: FaultServer) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(f"# Awesome\n\n- [Wall]({server.url('/s999/1')}) - Wall.\n", encoding="utf-8")
    code, report, _ = run(tmp_path, "--check-links", "--allow-private", "--no-cache")
    assert code == 0 and [f["severity"] for f in report["findings"]] == ["warning"]  # type: ignore[union-attr, index]
    code, report, _ = run(tmp_path, "--strict-links", "--allow-private", "--no-cache")
    assert code == 1 and [f["severity"] for f in report["findings"]] == ["error"]  # type: ignore[union-attr, index]
    assert not (tmp_path / ".awesomelint-cache.json").exists()


def test_private_links_are_refused_without_allow_private(tmp_path: Path, server: FaultServer) -> None:
    write_list(tmp_path, server)
    _, report, _ = run(tmp_path, "--check-links", "--no-cache")
    assert {e["verdict"] for e in report["links"]} == {"refused"}  # type: ignore[union-attr, index]
    assert not server.hits


def test_without_check_links_nothing_is_requested(tmp_path: Path, server: FaultServer) -> None:
    write_list(tmp_path, server)
    code, report, _ = run(tmp_path)
    assert "links" not in report and not server.hits and code == 0


def test_fix_rewrites_a_permanent_redirect(tmp_path: Path, server: FaultServer) -> None:
    readme = write_list(tmp_path, server)
    CliRunner().invoke(main, ["check", "--select", "AL101", "--check-links", "--allow-private", "--fix",
                              str(readme)], env={"CI": "true"})
    text = readme.read_text(encoding="utf-8")
    assert f"- [Moved]({server.url('/ok/moved')}) - Moved." in text
    assert server.url("/moved/1") not in text


def test_bad_links_config_is_a_usage_error(tmp_path: Path, server: FaultServer) -> None:
    write_list(tmp_path, server)
    (tmp_path / ".awesomelint.toml").write_text("[links]\ntimout = 2\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--check-links", str(tmp_path / "README.md")])
    assert result.exit_code == 2 and "timout" in result.output
