"""GitHub repositories through the API: missing, renamed, archived; the token never leaks."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
import requests
import responses

from awesomelint.links import LinkSettings, check_urls
from awesomelint.links.github import repo_of

from .conftest import FakeClock

API = "https://api.github.test"
TOKEN = "ghp_TOPSECRET0123456789"


def graphql(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
    assert request.headers["Authorization"] == f"bearer {TOKEN}"
    body = json.loads(request.body or b"{}")
    names = body["variables"]
    data: dict[str, object] = {}
    for key in names:
        if not key.startswith("o"):
            continue
        i = key[1:]
        slug = f"{names['o' + i]}/{names['n' + i]}"
        data["r" + i] = {
            "acme/tool": {"nameWithOwner": "acme/tool", "url": "https://github.com/acme/tool", "isArchived": False},
            "acme/old": {"nameWithOwner": "acme/old", "url": "https://github.com/acme/old", "isArchived": True},
            "olduser/thing": {"nameWithOwner": "neworg/thing", "url": "https://github.com/neworg/thing",
                              "isArchived": False},
        }.get(slug)
    return 200, {}, json.dumps({"data": data})


def settings(tmp_path: Path, **kw: object) -> LinkSettings:
    return LinkSettings(allow_private=True, max_concurrency=1, github_token=TOKEN, github_api=API,
                        cache=tmp_path / "cache.json", **kw)  # type: ignore[arg-type]


@responses.activate
def test_missing_renamed_and_archived_repositories(tmp_path: Path, clock: FakeClock,
                                                   caplog: pytest.LogCaptureFixture) -> None:
    responses.add_callback(responses.POST, f"{API}/graphql", callback=graphql)
    responses.add(responses.GET, f"{API}/repos/acme/nothing", status=404)
    responses.add(responses.HEAD, "https://github.com/acme/tool/issues", status=200)
    urls = ["https://github.com/acme/tool", "https://github.com/Acme/Tool/", "https://github.com/acme/old",
            "https://github.com/olduser/thing#readme", "https://github.com/acme/nothing",
            "https://github.com/acme/tool/issues"]
    with caplog.at_level(logging.DEBUG):
        results = check_urls(urls, settings(tmp_path), clock=clock, sleep=clock.sleep)
    assert results["https://github.com/acme/tool"].verdict == "alive"
    assert results["https://github.com/Acme/Tool/"].verdict == "alive"
    assert results["https://github.com/acme/old"].archived
    moved = results["https://github.com/olduser/thing#readme"]
    assert (moved.verdict, moved.final_url, moved.github) == (
        "redirect", "https://github.com/neworg/thing#readme", True)
    assert results["https://github.com/acme/nothing"].verdict == "dead"
    assert results["https://github.com/acme/tool/issues"].verdict == "alive"  # not a repo root: plain HTTP
    posts = [c for c in responses.calls if c.request.method == "POST"]
    assert len(posts) == 1  # one batched query for all repositories
    assert not any("api.github" in (c.request.url or "") for c in responses.calls
                   if c.request.method == "HEAD")
    # the token goes to the API host only, and is never printed, logged, returned or cached
    for call in responses.calls:
        if not (call.request.url or "").startswith(API):
            assert TOKEN not in str(call.request.headers)
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(results)
    assert TOKEN not in (tmp_path / "cache.json").read_text()
    assert "github:https://github.com/acme/old" in json.loads((tmp_path / "cache.json").read_text())["entries"]


@responses.activate
def test_refused_token_falls_back_to_http(tmp_path: Path, clock: FakeClock,
                                          caplog: pytest.LogCaptureFixture) -> None:
    responses.add(responses.POST, f"{API}/graphql", status=401, json={"message": f"Bad credentials {TOKEN}"})
    responses.add(responses.HEAD, "https://github.com/acme/tool", status=200)
    with caplog.at_level(logging.WARNING):
        results = check_urls(["https://github.com/acme/tool"], settings(tmp_path), clock=clock, sleep=clock.sleep)
    assert results["https://github.com/acme/tool"].verdict == "alive"
    assert not results["https://github.com/acme/tool"].github
    assert "401" in caplog.text and TOKEN not in caplog.text


@responses.activate
def test_without_a_token_the_api_is_not_used(tmp_path: Path, clock: FakeClock) -> None:
    responses.add(responses.HEAD, "https://github.com/acme/tool", status=200)
    results = check_urls(["https://github.com/acme/tool"], LinkSettings(allow_private=True, github_api=API),
                         clock=clock, sleep=clock.sleep)
    assert results["https://github.com/acme/tool"].verdict == "alive"
    assert [c.request.method for c in responses.calls] == ["HEAD"]


@pytest.mark.parametrize(("url", "slug"), [
    ("https://github.com/a/b", "a/b"), ("http://www.github.com/a/b.git", "a/b"), ("https://github.com/a/b/", "a/b"),
    ("https://github.com/a/b.js", "a/b.js"), ("https://github.com/a/b/tree/main", None),
    ("https://github.com/topics/python", None), ("https://github.com/a", None), ("https://gitlab.com/a/b", None),
])
def test_repo_of(url: str, slug: str | None) -> None:
    repo = repo_of(url)
    assert (repo.slug if repo else None) == slug
