"""Dead only when confirmed: transient failures are warnings until they fail on two runs a day apart."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import responses
from click.testing import CliRunner

from awesomelint.cli import main
from awesomelint.links import LinkResult, LinkSettings, check_urls
from awesomelint.links.confirm import confirm, parse_duration

from .conftest import FakeClock

pytestmark = pytest.mark.usefixtures("requests_transport")  # responses mocks requests

DAY = 86400.0


def test_confirm_rules() -> None:
    down = LinkResult("http://a.test/", "unreachable", 503, error="HTTP 503")
    first, record = confirm(down, None, 1000.0, DAY)
    assert (first.verdict, first.failing_since, record) == ("unreachable", 1000.0, {"since": 1000.0, "last": 1000.0})
    soon, record = confirm(down, record, 1000.0 + 3600, DAY)
    assert soon.verdict == "unreachable" and record == {"since": 1000.0, "last": 4600.0}
    later, record = confirm(down, record, 1000.0 + DAY, DAY)
    assert later.verdict == "dead" and "failing since 1970-01-01 00:16 UTC" in (later.error or "")
    back, record = confirm(LinkResult("http://a.test/", "alive", 200), record, 1000.0 + 2 * DAY, DAY)
    assert back.verdict == "alive" and record is None
    gone, record = confirm(LinkResult("http://a.test/", "dead", 404), None, 5.0, DAY)
    assert gone.verdict == "dead" and record == {"since": 5.0, "last": 5.0}  # definitive: dead at once
    now, _ = confirm(down, None, 5.0, 0.0)
    assert now.verdict == "dead"  # --confirm-dead 0
    slow = LinkResult("http://a.test/", "timeout")
    assert confirm(slow, {"since": 0.0, "last": 0.0}, DAY, DAY)[0].verdict == "dead"
    wall = LinkResult("http://a.test/", "unknown", 403)
    assert confirm(wall, {"since": 0.0, "last": 0.0}, DAY, DAY) == (wall, {"since": 0.0, "last": 0.0})


@pytest.mark.parametrize(("text", "seconds"), [("24h", DAY), ("90m", 5400.0), ("2d", 2 * DAY), ("0", 0.0),
                                               (12, 43200.0), ("3600s", 3600.0), ("1.5h", 5400.0)])
def test_parse_duration(text: str | float, seconds: float) -> None:
    assert parse_duration(text) == seconds


@responses.activate
def test_a_site_down_for_a_day_becomes_dead_on_the_next_run(tmp_path: Path, clock: FakeClock) -> None:
    url = "http://down.test/"
    responses.add(responses.HEAD, url, status=503)
    responses.add(responses.GET, url, status=503)
    responses.add(responses.HEAD, "http://gone.test/", status=404)
    cache = tmp_path / "cache.json"
    settings = LinkSettings(allow_private=True, max_concurrency=1, retries=0, cache=cache)

    def check() -> dict[str, LinkResult]:
        return check_urls([url, "http://gone.test/"], settings, clock=clock, sleep=clock.sleep)

    first = check()
    assert first[url].verdict == "unreachable" and first["http://gone.test/"].verdict == "dead"
    assert abs((first[url].failing_since or 0) - time.time()) < 60
    assert check()[url].verdict == "unreachable"  # an hour later, or a re-run: still a warning
    data = json.loads(cache.read_text())
    data["failing"][url]["since"] -= DAY + 60  # as if the first failure was yesterday
    cache.write_text(json.dumps(data))
    confirmed = check()[url]
    assert confirmed.verdict == "dead" and "failing since" in (confirmed.error or "")
    responses.replace(responses.HEAD, url, status=200)
    assert check()[url].verdict == "alive"
    assert url not in json.loads(cache.read_text()).get("failing", {})


@responses.activate
def test_without_a_cache_a_transient_failure_stays_a_warning(clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://down.test/", status=502)
    responses.add(responses.GET, "http://down.test/", status=502)
    settings = LinkSettings(allow_private=True, retries=0)
    assert check_urls(["http://down.test/"], settings, clock=clock, sleep=clock.sleep)[
        "http://down.test/"].verdict == "unreachable"


@responses.activate
def test_cli_confirm_dead_0_and_json_failing_since(tmp_path: Path) -> None:
    responses.add(responses.HEAD, "http://down.test/", status=503)
    responses.add(responses.GET, "http://down.test/", status=503)
    readme = tmp_path / "README.md"
    readme.write_text("# Awesome Test\n\n- [Down](http://down.test/) - Down.\n", encoding="utf-8")
    (tmp_path / ".awesomelint.toml").write_text("[links]\nretries = 0\n", encoding="utf-8")

    def run(*args: str) -> tuple[int, dict[str, object]]:
        result = CliRunner().invoke(main, ["check", "--check-links", "--allow-private", "--format", "json",
                                           "--select", "AL100,AL102", *args, str(readme)], env={"CI": "true"})
        return result.exit_code, json.loads(result.stdout) if result.stdout.startswith("{") else {}

    code, report = run()
    assert code == 0
    assert [f["rule"] for f in report["findings"]] == ["AL102"]  # type: ignore[index, union-attr]
    (entry,) = report["links"]  # type: ignore[misc]
    assert entry["verdict"] == "unreachable" and entry["failing_since"].endswith("Z")
    code, report = run("--confirm-dead", "0")
    assert code == 1 and [f["rule"] for f in report["findings"]] == ["AL100"]  # type: ignore[index, union-attr]
    code, _ = run("--confirm-dead", "soon")
    assert code == 2


def test_confirm_dead_in_config() -> None:
    assert LinkSettings.from_mapping({"confirm-dead": "2d"}, source="t").confirm_dead == 2 * DAY
    assert LinkSettings.from_mapping({"confirm-dead": 0}, source="t").confirm_dead == 0.0
    assert LinkSettings().confirm_dead == DAY
    with pytest.raises(Exception, match="confirm-dead"):
        LinkSettings.from_mapping({"confirm-dead": "tomorrow"}, source="t")
