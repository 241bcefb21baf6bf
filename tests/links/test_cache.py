"""The JSON link cache: TTL per verdict, dead never cached, atomic writes, bad files ignored."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
import responses

from awesomelint.errors import UsageError
from awesomelint.links import LinkResult, LinkSettings, check_urls
from awesomelint.links.cache import FORMAT, VERSION, LinkCache
from awesomelint.links.settings import DEFAULT_TTL

from .conftest import FakeClock

pytestmark = pytest.mark.usefixtures("requests_transport")  # responses mocks requests


def test_ttl_per_verdict_and_dead_never_cached(tmp_path: Path) -> None:
    now = [1000.0]
    cache = LinkCache(tmp_path / "c.json", DEFAULT_TTL, now=lambda: now[0])
    cache.put("http://a.test/", LinkResult("http://a.test/", "alive", 200))
    cache.put("http://b.test/", LinkResult("http://b.test/", "unknown", 999))
    cache.put("http://c.test/", LinkResult("http://c.test/", "dead", 404))
    cache.put("http://d.test/", LinkResult("http://d.test/", "timeout"))
    cache.save()
    now[0] += 2 * 86400  # two days: unknown (1 day) expired, alive (7 days) not
    again = LinkCache.load(tmp_path / "c.json", DEFAULT_TTL, now=lambda: now[0])
    assert again.get("http://a.test/") is not None
    assert again.get("http://b.test/") is None
    assert again.get("http://c.test/") is None and again.get("http://d.test/") is None
    now[0] += 8 * 86400
    assert again.get("http://a.test/") is None


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    cache = LinkCache(tmp_path / "sub" / "c.json", DEFAULT_TTL)
    cache.put("http://a.test/", LinkResult("http://a.test/", "alive", 200))
    cache.save()
    assert [p.name for p in (tmp_path / "sub").iterdir()] == ["c.json"]
    data = json.loads((tmp_path / "sub" / "c.json").read_text())
    assert data["format"] == FORMAT and data["version"] == VERSION
    assert data["entries"]["http://a.test/"]["verdict"] == "alive"


@pytest.mark.parametrize("content", ["{not json", '{"format": "lychee", "version": 1, "entries": {}}',
                                     "http://x,200,1795769995\n", '[1, 2]', "[" * 200000, "\xff\xfe",
                                     '{"format": "awesomelint-link-cache", "version": 1, "entries": []}'])
def test_broken_cache_is_moved_aside_with_a_warning_and_rebuilt(tmp_path: Path, content: str,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "c.json"
    path.write_bytes(content.encode("latin-1"))
    with caplog.at_level(logging.WARNING, logger="awesomelint.links"):
        cache = LinkCache.load(path, DEFAULT_TTL)
    assert cache.entries == {}
    assert "moved it to c.json.broken" in caplog.text
    assert (tmp_path / "c.json.broken").read_bytes() == content.encode("latin-1")  # nothing lost
    cache.put("http://a.test/", LinkResult("http://a.test/", "alive", 200))
    cache.save()
    assert "http://a.test/" in LinkCache.load(path, DEFAULT_TTL).entries


@pytest.mark.parametrize("where", ["folder", "under-a-file"])
def test_unusable_cache_path_is_a_usage_error(tmp_path: Path, where: str) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "file").write_text("x")
    path = tmp_path / "folder" if where == "folder" else tmp_path / "file" / "c.json"
    with pytest.raises(UsageError, match="link cache"):
        LinkCache.load(path, DEFAULT_TTL)


def test_cache_under_missing_folders_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "c.json"
    cache = LinkCache.load(path, DEFAULT_TTL)
    cache.put("http://a.test/", LinkResult("http://a.test/", "alive", 200))
    cache.save()
    assert path.is_file()


def test_a_failed_write_is_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "c.json"
    cache = LinkCache.load(path, DEFAULT_TTL)
    path.mkdir()  # something took the place of the file during the run
    with caplog.at_level(logging.WARNING, logger="awesomelint.links"):
        cache.save()
    assert "not written" in caplog.text
    assert [p.name for p in tmp_path.iterdir()] == ["c.json"]  # no temporary file left


def test_invalid_entries_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text(json.dumps({"format": FORMAT, "version": VERSION, "entries": {
        "http://ok.test/": {"verdict": "alive", "checked_at": 10**12, "status_code": 200},
        "http://bad.test/": {"verdict": "maybe", "checked_at": 10**12},
        "http://bad2.test/": {"verdict": "alive", "checked_at": "yesterday"},
    }}))
    cache = LinkCache.load(path, DEFAULT_TTL, now=lambda: 10**12 + 1)
    assert list(cache.entries) == ["http://ok.test/"]


@responses.activate
def test_warm_run_asks_only_for_what_is_not_cached(tmp_path: Path, clock: FakeClock) -> None:
    responses.add(responses.HEAD, "http://a.test/ok", status=200)
    responses.add(responses.HEAD, "http://a.test/gone", status=404)
    settings = LinkSettings(allow_private=True, max_concurrency=1, cache=tmp_path / "c.json")
    urls = ["http://a.test/ok", "http://A.test:80/ok#x", "http://a.test/gone"]
    cold = check_urls(urls, settings, clock=clock, sleep=clock.sleep)
    assert len(responses.calls) == 2
    warm = check_urls(urls, settings, clock=clock, sleep=clock.sleep)
    assert len(responses.calls) == 3  # only the dead link again
    assert {u: r.verdict for u, r in warm.items()} == {u: r.verdict for u, r in cold.items()}
    entries = json.loads((tmp_path / "c.json").read_text())["entries"]
    assert list(entries) == ["http://a.test/ok"]  # normalised key; the dead link is not stored
