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

pytestmark = pytest.mark.usefixtures("requests_transport")  # responses mocks requests

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


@responses.activate
@pytest.mark.parametrize("body", ["[1, 2]", '"text"', "null", '{"data": [1]}', '{"data": {"r0": [1]}}',
                                  "[" * 200000])
def test_an_api_answer_of_the_wrong_shape_falls_back_to_http(tmp_path: Path, clock: FakeClock,
                                                             body: str) -> None:
    responses.add(responses.POST, f"{API}/graphql", body=body)
    responses.add(responses.GET, f"{API}/repos/acme/tool", body=body)
    responses.add(responses.HEAD, "https://github.com/acme/tool", status=200)
    results = check_urls(["https://github.com/acme/tool"], settings(tmp_path), clock=clock, sleep=clock.sleep)
    assert results["https://github.com/acme/tool"].verdict == "alive"


def rate_limited_then(data: dict[str, object], reset_in: float) -> object:
    """A GraphQL endpoint that answers RATE_LIMITED once (status 200, as GitHub does), then ``data``."""
    calls = []

    def answer(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        calls.append(request)
        if len(calls) == 1:
            headers = {"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(int(reset_in))}
            return 200, headers, json.dumps({"errors": [{"type": "RATE_LIMITED", "message": "limit"}]})
        return 200, {}, json.dumps({"data": data})
    return answer


@responses.activate
def test_graphql_rate_limit_within_budget_is_waited_out(tmp_path: Path, clock: FakeClock) -> None:
    node = {"nameWithOwner": "acme/tool", "url": "https://github.com/acme/tool", "isArchived": False}
    responses.add_callback(responses.POST, f"{API}/graphql", callback=rate_limited_then({"r0": node}, 30))
    results = check_urls(["https://github.com/acme/tool"], settings(tmp_path), clock=clock, sleep=clock.sleep)
    assert results["https://github.com/acme/tool"].verdict == "alive"
    assert clock.sleeps == [30.0]  # x-ratelimit-reset as a delta
    assert len(responses.calls) == 2


@responses.activate
def test_graphql_rate_limit_over_budget_leaves_repositories_unknown_without_fan_out(
        tmp_path: Path, clock: FakeClock) -> None:
    responses.add_callback(responses.POST, f"{API}/graphql", callback=rate_limited_then({}, 3600))
    urls = [f"https://github.com/acme/r{i}" for i in range(250)]
    results = check_urls(urls, settings(tmp_path), clock=clock, sleep=clock.sleep)
    assert {r.verdict for r in results.values()} == {"unknown"}
    assert results[urls[7]].error == "GitHub rate limit; checked on the next run"
    assert len(responses.calls) == 1  # no more GraphQL, no REST, no HTTP
    assert clock.sleeps == []
    assert "acme/r7" not in (tmp_path / "cache.json").read_text()  # asked again next run


@responses.activate
@pytest.mark.parametrize(("status", "headers"), [
    (403, {"x-ratelimit-remaining": "0", "x-ratelimit-reset": "9999999999"}),
    (429, {"retry-after": "600"}),
    (403, {"retry-after": "120"}),
])
def test_rest_rate_limit_stops_the_rest_lookups(tmp_path: Path, clock: FakeClock, status: int,
                                                headers: dict[str, str]) -> None:
    responses.add(responses.POST, f"{API}/graphql", json={"data": {}})  # no repository found by GraphQL
    for i in range(5):
        responses.add(responses.GET, f"{API}/repos/acme/r{i}", status=status, headers=headers)
    results = check_urls([f"https://github.com/acme/r{i}" for i in range(5)], settings(tmp_path),
                         clock=clock, sleep=clock.sleep)
    assert {r.verdict for r in results.values()} == {"unknown"}
    assert [c.request.method for c in responses.calls] == ["POST", "GET"]


@responses.activate
def test_a_secondary_limit_without_a_wait_is_a_minute(tmp_path: Path, clock: FakeClock) -> None:
    node = {"nameWithOwner": "acme/tool", "url": "https://github.com/acme/tool", "isArchived": False}
    responses.add(responses.POST, f"{API}/graphql", status=403,
                  json={"message": "You have exceeded a secondary rate limit."})
    responses.add(responses.POST, f"{API}/graphql", json={"data": {"r0": node}})
    results = check_urls(["https://github.com/acme/tool"], settings(tmp_path), clock=clock, sleep=clock.sleep)
    assert results["https://github.com/acme/tool"].verdict == "alive"
    assert clock.sleeps == [60.0]


@responses.activate
def test_token_never_goes_over_plain_http(tmp_path: Path, clock: FakeClock) -> None:
    responses.add(responses.HEAD, "https://github.com/acme/tool", status=200)
    plain = LinkSettings(allow_private=True, github_token=TOKEN, github_api="http://api.github.test")
    results = check_urls(["https://github.com/acme/tool"], plain, clock=clock, sleep=clock.sleep)
    assert results["https://github.com/acme/tool"].verdict == "alive"
    assert [c.request.method for c in responses.calls] == ["HEAD"]
    assert all(TOKEN not in str(c.request.headers) for c in responses.calls)


def test_a_committed_config_cannot_send_the_token_elsewhere(tmp_path: Path) -> None:
    table = {"github-api": "https://evil.example/api"}
    from_config = LinkSettings.from_mapping(table, source="x.toml", github_token=TOKEN)
    assert from_config.github_token is None
    default = LinkSettings.from_mapping({"github-api": "https://api.github.com"}, source="x", github_token=TOKEN)
    assert default.github_token == TOKEN
    trusted = LinkSettings.from_mapping(table, source="x", github_token=TOKEN, github_api="https://ghe.corp/api/v3")
    assert (trusted.github_token, trusted.github_api) == (TOKEN, "https://ghe.corp/api/v3")


def test_github_api_url_from_the_environment_is_trusted(monkeypatch: pytest.MonkeyPatch) -> None:
    from awesomelint.config import Config
    from awesomelint.links.provider import LinkRunOptions, settings_for

    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    monkeypatch.setenv("GITHUB_API_URL", "https://ghe.corp/api/v3")
    config = Config(links={"github-api": "https://evil.example/api"})
    settings = settings_for(config, LinkRunOptions.from_env())
    assert (settings.github_token, settings.github_api) == (TOKEN, "https://ghe.corp/api/v3")
    monkeypatch.delenv("GITHUB_API_URL")
    assert settings_for(config, LinkRunOptions.from_env()).github_token is None
