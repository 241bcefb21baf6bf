"""Check ``github.com/OWNER/REPO`` links through the GitHub API when a token is given.

Repositories are looked up 100 at a time with one GraphQL query (``repository(owner, name)``);
the ones it does not find are asked again over REST (``GET /repos/OWNER/REPO``, which follows
renames). Missing repositories are dead, renamed ones redirect to their new URL, archived ones are
flagged. The token goes only to the API host over https, in the Authorization header, and appears in
no message, log line or cache entry. If the API refuses (bad token, an answer of the wrong shape),
the links are left to the ordinary HTTP check. A rate limit (GraphQL ``RATE_LIMITED``, or 403/429
with ``x-ratelimit-remaining: 0`` or ``retry-after``) is waited out when the wait fits the budget;
otherwise the repositories not yet looked up are ``unknown`` for this run - never a fan-out of
REST or HTTP requests against a host that asked us to stop.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

import requests

from awesomelint.linkresult import LinkResult
from awesomelint.linksettings import LinkSettings

from .classify import retry_after
from .urls import Repo, repo_of

BATCH = 100
SECONDARY_WAIT = 60.0  # GitHub's advice for a secondary rate limit that names no wait
RATE_LIMITED = "GitHub rate limit; checked on the next run"
log = logging.getLogger("awesomelint.links")


class RateLimited(Exception):
    """The API asked us to wait ``seconds`` (None: it did not say how long)."""

    def __init__(self, seconds: float | None) -> None:
        super().__init__(seconds)
        self.seconds = seconds


def api_allowed(api: str) -> str | None:
    """Why the token must not go to ``api``, or None. Only https; the host is checked by the caller."""
    try:
        parts = urlsplit(api)
    except ValueError:
        return f"{api!r} is not a URL"
    if parts.scheme != "https" or not parts.hostname:
        return f"{api!r} is not an https URL"
    return None


class GitHubChecker:
    def __init__(self, settings: LinkSettings, session: requests.Session | None = None, *,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if not settings.github_token:
            raise ValueError("GitHubChecker needs a token")
        refused = api_allowed(settings.github_api)
        if refused:
            raise ValueError(f"the GitHub token is only sent over https: {refused}")
        self.settings = settings
        self.api = settings.github_api.rstrip("/")
        self.session = session if session is not None else requests.Session()
        self._auth = {"Authorization": f"bearer {settings.github_token}",
                      "Accept": "application/vnd.github+json", "User-Agent": "awesomelint"}
        self.requests = 0
        self.sleep = sleep
        self.waited = 0.0  # seconds spent waiting out rate limits

    @property
    def graphql_url(self) -> str:
        return self.api[: -len("/v3")] + "/graphql" if self.api.endswith("/api/v3") else self.api + "/graphql"

    def check(self, urls: Iterable[str],
              on_result: Callable[[LinkResult], None] | None = None) -> dict[str, LinkResult]:
        """Results for the URLs the API could decide; the others are left out (check them over HTTP)."""
        results = self._check(urls)
        if on_result is not None:
            for result in results.values():
                on_result(result)
        return results

    def _check(self, urls: Iterable[str]) -> dict[str, LinkResult]:
        by_repo: dict[Repo, list[str]] = {}
        for url in urls:
            repo = repo_of(url)
            if repo is not None:
                by_repo.setdefault(Repo(repo.owner.lower(), repo.name.lower()), []).append(url)
        found: dict[Repo, dict[str, Any] | None] = {}
        repos = list(by_repo)
        results: dict[str, LinkResult] = {}
        try:
            for start in range(0, len(repos), BATCH):
                batch = self._patiently(self._graphql, repos[start:start + BATCH])
                if batch is None:
                    return {}
                found.update(batch)
            for repo, urls_of_repo in by_repo.items():
                info = found.get(repo)
                if info is None:
                    info = self._patiently(self._rest, repo)
                if info is None:
                    continue  # the API could not tell: leave it to HTTP
                for url in urls_of_repo:
                    results[url] = _result(url, repo, info)
        except RateLimited:
            for urls_of_repo in by_repo.values():
                for url in urls_of_repo:
                    if url not in results:
                        results[url] = LinkResult(url, "unknown", error=RATE_LIMITED, github=True,
                                                  provisional=True)
        return results

    def _patiently(self, ask: Callable[[Any], Any], what: Any) -> Any:
        """``ask(what)``, waiting out rate limits while the waits fit ``retry_after_cap``."""
        while True:
            try:
                return ask(what)
            except RateLimited as limited:
                wait = SECONDARY_WAIT if limited.seconds is None else limited.seconds
                if self.waited + wait > self.settings.retry_after_cap:
                    log.warning("GitHub API rate limit (reset in %.0f s, over the budget of %g s): the "
                                "remaining repositories are checked on the next run",
                                wait, self.settings.retry_after_cap)
                    raise
                log.warning("GitHub API rate limit: waiting %.0f s", wait)
                self.waited += wait
                self.sleep(wait)

    def _send(self, method: str, url: str, **kwargs: Any) -> requests.Response | None:
        self.requests += 1
        try:
            response = self.session.request(method, url, headers=self._auth,
                                            timeout=(self.settings.connect_timeout, self.settings.timeout),
                                            **kwargs)
        except requests.exceptions.RequestException as exc:
            log.warning("GitHub API unreachable (%s); checking github.com links over HTTP",
                        type(exc).__name__)
            return None
        headers = {k.lower(): v for k, v in response.headers.items()}
        if response.status_code in (403, 429) and (
                headers.get("x-ratelimit-remaining") == "0" or "retry-after" in headers
                or response.status_code == 429 or "rate limit" in response.text[:1000].lower()):
            raise RateLimited(retry_after(headers))
        return response

    def _graphql(self, repos: list[Repo]) -> dict[Repo, dict[str, Any] | None] | None:
        params = ", ".join(f"$o{i}: String!, $n{i}: String!" for i in range(len(repos)))
        fields = " ".join(f"r{i}: repository(owner: $o{i}, name: $n{i}) {{ nameWithOwner url isArchived }}"
                          for i in range(len(repos)))
        variables: dict[str, str] = {}
        for i, repo in enumerate(repos):
            variables[f"o{i}"], variables[f"n{i}"] = repo.owner, repo.name
        response = self._send("POST", self.graphql_url,
                               json={"query": f"query({params}) {{ {fields} }}", "variables": variables})
        if response is None:
            return None
        if response.status_code != 200:
            log.warning("GitHub API answered %s; checking github.com links over HTTP", response.status_code)
            return None
        body = _json_object(response)
        if body is None:
            log.warning("GitHub API sent no JSON object; checking github.com links over HTTP")
            return None
        errors = body.get("errors")
        if isinstance(errors, list) and any(isinstance(e, dict) and e.get("type") == "RATE_LIMITED"
                                            for e in errors):
            headers = {k.lower(): v for k, v in response.headers.items()}
            raise RateLimited(retry_after(headers))
        data = body.get("data")
        if not isinstance(data, dict):
            log.warning("GitHub API answered without data; checking github.com links over HTTP")
            return None
        out: dict[Repo, dict[str, Any] | None] = {}
        for i, repo in enumerate(repos):
            node = data.get(f"r{i}")
            out[repo] = {"full_name": node.get("nameWithOwner"), "html_url": node.get("url"),
                         "archived": bool(node.get("isArchived"))} if isinstance(node, dict) else None
        return out

    def _rest(self, repo: Repo) -> dict[str, Any] | None:
        """A repository GraphQL did not find: ask REST, which follows renames. 404 means missing."""
        response = self._send("GET", f"{self.api}/repos/{repo.slug}")
        if response is None:
            return None
        if response.status_code == 404:
            return {"missing": True}
        if response.status_code != 200:
            return None
        body = _json_object(response)
        if body is None:
            return None
        return {"full_name": body.get("full_name"), "html_url": body.get("html_url"),
                "archived": bool(body.get("archived"))}


def _json_object(response: requests.Response) -> dict[str, Any] | None:
    """The body as a JSON object; None for anything else (no JSON, a list, nesting too deep)."""
    try:
        body = response.json()
    except (ValueError, RecursionError):
        return None
    return body if isinstance(body, dict) else None


def _result(url: str, repo: Repo, info: dict[str, Any]) -> LinkResult:
    if info.get("missing"):
        why = f"GitHub repository {repo.slug} does not exist"
        return LinkResult(url, "dead", 404, None, why, github=True)
    full_name = info.get("full_name")
    full_name = full_name if isinstance(full_name, str) and full_name else repo.slug
    archived = bool(info.get("archived"))
    if full_name.lower() != repo.slug.lower():
        html_url = info.get("html_url")
        new_url = html_url if isinstance(html_url, str) and html_url.startswith("https://") else (
            f"https://github.com/{full_name}")
        return LinkResult(url, "redirect", 200, new_url, f"repository moved to {full_name}",
                          archived=archived, github=True)
    return LinkResult(url, "alive", 200, None, "repository is archived" if archived else None,
                      archived=archived, github=True)
