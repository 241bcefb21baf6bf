"""Seeded URL fuzzing: no function that parses a URL may raise, whatever a list or a server contains."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest

from awesomelint import urlkey
from awesomelint.engine import lint_text
from awesomelint.links import LinkSettings, urls
from awesomelint.links.safety import forbidden_ip
from awesomelint.papers import urls as paper_urls
from awesomelint.rules.entry_main_link import is_absolute_url

SEED = 20261201
SCHEMES = ["http://", "https://", "HTTPS://", "ftp://", "mailto:", "doi:", "", "//", "http:", "http:///",
           "javascript:", "h\u0000ttp://"]
HOSTS = ["example.org", "www.github.com", "github.com", "arxiv.org", "doi.org", "dx.doi.org", "[::1]",
         "[2001:db8::1]", "[::1", "::1]", "[v1.x]", "[fe80::1%25eth0]", "bücher.example", "\u0301abc.org",
         "xn--zz.org", "a" * 70 + ".org", "ex ample.org", "", ".", "..", "host:99999", "host:port",
         "host:", "user:pw@host", "@", "127.0.0.1", "0x7f.1", "localhost.", "\udcff.org", "exa%41mple.org",
         "例子.测试", "EXAMPLE.ORG:443", "[::ffff:10.0.0.1]:80"]
PATHS = ["", "/", "/owner/repo", "/owner/repo.git/", "/abs/2302.03735v2", "/pdf/cs/0112017.pdf",
         "/10.1145/3442188.3445922", "/doi/abs/10.1000/xyz", "/a b", "/caf\xe9", "/\x00\x01\x7f",
         "/%", "/%zz", "/%E9", "/index.html", "/../..", "/" + "x" * 300, "/\u202e\ufeff", "/orgs/x"]
QUERIES = ["", "?", "?utm_source=x&a=1", "?a", "?=&=", "?si=1#frag", "?%ff=%fe", "?a=b;c=d"]
FRAGMENTS = ["", "#", "#top", "#a#b", "#\u00e9", "#%"]
NOISE = "[]@:%#?/\\ \t\n\x00\x7f\u00e9\u0301\udcff\ufeff"


def fuzzed_urls(count: int, seed: int = SEED) -> list[str]:
    rng = random.Random(seed)
    found = []
    for _ in range(count):
        url = (rng.choice(SCHEMES) + rng.choice(HOSTS) + rng.choice(PATHS) + rng.choice(QUERIES)
               + rng.choice(FRAGMENTS))
        for _ in range(rng.randrange(3)):  # a few random edits
            at = rng.randrange(len(url) + 1)
            url = url[:at] + rng.choice(NOISE) + url[at + rng.randrange(2):]
        found.append(url)
    return found


SETTINGS = LinkSettings.from_mapping({"exclude": ["^ftp"], "remap": [["^http://", "https://"]]}, source="t")
FUNCTIONS: dict[str, Callable[[str], Any]] = {
    "urlkey.tracking_parameters": urlkey.tracking_parameters,
    "urlkey.arxiv_id": urlkey.arxiv_id,
    "urlkey.identity_key": urlkey.identity_key,
    "links.urls.is_http": urls.is_http,
    "links.urls.split": urls.split,
    "links.urls.normalise": urls.normalise,
    "links.urls.fragment": urls.fragment,
    "links.urls.host_key": urls.host_key,
    "links.urls.unusable": urls.unusable,
    "links.urls.repo_of": urls.repo_of,
    "links.urls.remap": lambda u: urls.remap(u, SETTINGS),
    "links.urls.excluded_by": lambda u: urls.excluded_by(u, SETTINGS),
    "links.urls.redirect_target": lambda u: urls.redirect_target("https://example.org/a/b", u),
    "links.urls.redirect_target(latin-1)": lambda u: urls.redirect_target(
        "https://example.org/", u.encode("utf-8", "surrogatepass").decode("latin-1")),
    "links.urls.host_problem": lambda u: urls.host_problem(u.split("/")[0]),
    "links.safety.forbidden_ip": forbidden_ip,
    "papers.urls.host": paper_urls.host,
    "papers.urls.github_repo": paper_urls.github_repo,
    "papers.urls.is_code_url": paper_urls.is_code_url,
    "papers.urls.is_awesome_list": paper_urls.is_awesome_list,
    "papers.urls.is_paper_document": paper_urls.is_paper_document,
    "papers.urls.doi": paper_urls.doi,
    "papers.urls.paper_id": paper_urls.paper_id,
    "papers.urls.canonical_arxiv": lambda u: paper_urls.canonical_arxiv(u, "abs"),
    "papers.urls.without_tracking": lambda u: paper_urls.without_tracking(u, frozenset({"ref"})),
    "rules.entry_main_link.is_absolute_url": is_absolute_url,
}


@pytest.mark.parametrize("name", sorted(FUNCTIONS))
def test_no_url_parser_raises(name: str) -> None:
    function = FUNCTIONS[name]
    for url in fuzzed_urls(3000):
        try:
            function(url)
        except Exception as exc:
            pytest.fail(f"{name}({url!r}) raised {type(exc).__name__}: {exc}")


def test_redirect_target_is_always_requestable_or_says_why() -> None:
    for url in fuzzed_urls(3000):
        target, why = urls.redirect_target("https://example.org/a/", url)
        if target is None:
            assert why.startswith("malformed URL"), (url, why)
        elif urls.is_http(target):
            assert urls.unusable(target) is None, (url, target)
            path_and_query = target.split("/", 3)[-1]
            assert path_and_query.isascii(), (url, target)
            assert not any(c in target for c in " \t\r\n\x00\x7f"), (url, target)


@pytest.mark.parametrize("profile", ["awesome", "papers", "plain", "awesome-lint"])
def test_linting_a_list_of_fuzzed_links_never_crashes(profile: str) -> None:
    entries = [f"- [Item {i}]({url}) - Description {i}.\n" if i % 3 else f"- <{url}> - Bare {i}.\n"
               for i, url in enumerate(u for u in fuzzed_urls(300, seed=SEED + 1)
                                       if not any(c in u for c in "\n()<>\udcff"))]  # files are UTF-8
    text = "# Awesome Fuzz\n\n## Contents\n\n- [Links](#links)\n\n## Links\n\n" + "".join(entries)
    findings = lint_text(text, profile=profile)
    assert all(f.line >= 1 and f.column >= 1 for f in findings)
    assert not [f for f in findings if f.rule_id == "AL999"]
