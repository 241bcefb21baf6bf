"""``LinkSettings.from_mapping``: kebab-case keys, conversions, clear errors, a hidden token."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesomelint.errors import UsageError
from awesomelint.links import LinkSettings
from awesomelint.links.settings import DEFAULT_CACHE_NAME


def test_every_key_is_read(tmp_path: Path) -> None:
    settings = LinkSettings.from_mapping({
        "timeout": 3, "connect-timeout": 1.5, "deadline": 9, "retries": 0, "max-concurrency": 4,
        "per-host-concurrency": 2, "user-agent": "ua/1", "headers": {"Example.COM": {"X-A": "b"}},
        "accept": [200, "300..302"], "exclude": ["^https://skip"], "remap": [["^http://a", "https://b"]],
        "allow-private": True, "cache": "c/links.json", "cache-ttl": {"alive": 60}, "max-body": 100,
        "retry-after-cap": 5, "strict": True,
    }, source="pyproject.toml", base_dir=tmp_path)
    assert (settings.timeout, settings.connect_timeout, settings.deadline, settings.retries) == (3, 1.5, 9, 0)
    assert (settings.max_concurrency, settings.per_host_concurrency) == (4, 2)
    assert settings.headers == {"example.com": {"X-A": "b"}}
    assert settings.accept == frozenset({200, 300, 301, 302})
    assert settings.exclude[0].pattern == "^https://skip"
    assert settings.remap[0][1] == "https://b"
    assert settings.allow_private and settings.strict
    assert settings.cache == tmp_path / "c" / "links.json"
    assert settings.cache_ttl["alive"] == 60 and settings.cache_ttl["unknown"] > 0
    assert (settings.max_body, settings.retry_after_cap) == (100, 5.0)


def test_cache_defaults_beside_the_config_and_can_be_turned_off(tmp_path: Path) -> None:
    assert LinkSettings.from_mapping({}, source="x", base_dir=tmp_path).cache == tmp_path / DEFAULT_CACHE_NAME
    assert LinkSettings.from_mapping({"cache": False}, source="x", base_dir=tmp_path).cache is None


@pytest.mark.parametrize(("table", "words"), [
    ({"timout": 3}, ["'timout'", ".awesomelint.toml", "unknown key"]),
    ({"timeout": "3"}, ["timeout", "number"]),
    ({"timeout": 0}, ["timeout", "more than 0"]),
    ({"retries": 1.5}, ["retries", "whole number"]),
    ({"retries": -1}, ["retries", "at least"]),
    ({"accept": [200, "abc"]}, ["accept", "abc"]),
    ({"exclude": ["("]}, ["exclude"]),
    ({"remap": [["a"]]}, ["remap", "list of 2 items"]),
    ({"allow-private": "yes"}, ["allow-private", "true or false"]),
    ({"cache-ttl": {"dead": 10}}, ["cache-ttl", "key 'dead'"]),
    ({"headers": {"h": {"a": 1}}}, ["headers"]),
    ({"github-token": "x"}, ["'github-token'", "unknown key"]),
])
def test_bad_keys_and_values_name_the_key_and_source(table: dict[str, object], words: list[str]) -> None:
    with pytest.raises(UsageError) as err:
        LinkSettings.from_mapping(table, source=".awesomelint.toml")
    for word in words:
        assert word in str(err.value)
    assert ".awesomelint.toml" in str(err.value)


def test_token_is_not_in_repr() -> None:
    settings = LinkSettings(github_token="ghp_secret123")
    assert "ghp_secret123" not in repr(settings)
    assert settings.github_token == "ghp_secret123"
