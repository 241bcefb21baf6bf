"""Check ``github.com/OWNER/REPO`` links through the GitHub API when a token is given.

Repositories are looked up 100 at a time with one GraphQL query (``repository(owner, name)``);
the ones it does not find are asked again over REST (``GET /repos/OWNER/REPO``, which follows
renames). Missing repositories are dead, renamed ones redirect to their new URL, archived ones are
flagged. The token goes only to the API host, in the Authorization header, and appears in no
message, log line or cache entry. If the API refuses (bad token, rate limit), the links are left
to the ordinary HTTP check.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

import requests

from .result import LinkResult
from .settings import LinkSettings
from .urls import Repo, repo_of

BATCH = 100
log = logging.getLogger("awesomelint.links")
class GitHubChecker:
    def __init__(self, settings: LinkSettings, session: requests.Session | None = None) -> None:
        if not settings.github_token:
            raise ValueError("GitHubChecker needs a token")
        self.settings = settings
        self.api = settings.github_api.rstrip("/")
        self.session = session if session is not None else requests.Session()
        self._auth = {"Authorization": f"bearer {settings.github_token}",
                      "Accept": "application/vnd.github+json", "User-Agent": "awesomelint"}
        self.requests = 0

    @property
    def graphql_url(self) -> str:
        return self.api[: -len("/v3")] + "/graphql" if self.api.endswith("/api/v3") else self.api + "/graphql"

    def check(self, urls: Iterable[str]) -> dict[str, LinkResult]:
        """Results for the URLs the API could decide; the others are left out (check them over HTTP)."""
        by_repo: dict[Repo, list[str]] = {}
        for url in urls:
            repo = repo_of(url)
            if repo is not None:
                by_repo.setdefault(Repo(repo.owner.lower(), repo.name.lower()), []).append(url)
        found: dict[Repo, dict[str, Any] | None] = {}
        repos = list(by_repo)
        for start in range(0, len(repos), BATCH):
            batch = self._graphql(repos[start:start + BATCH])
            if batch is None:
                return {}
            found.update(batch)
        results: dict[str, LinkResult] = {}
        for repo, urls_of_repo in by_repo.items():
            info = found.get(repo)
            if info is None:
                info = self._rest(repo)
            if info is None:
                continue  # the API could not tell: leave it to HTTP
            for url in urls_of_repo:
                results[url] = _result(url, repo, info)
        return results

    def _post(self, body: dict[str, Any]) -> requests.Response | None:
        self.requests += 1
        try:
            response = self.session.post(self.graphql_url, json=body, headers=self._auth,
                                         timeout=(self.settings.connect_timeout, self.settings.timeout))
        except requests.exceptions.RequestException as exc:
            log.warning("GitHub API unreachable (%s); checking github.com links over HTTP",
                        type(exc).__name__)
            return None
        if response.status_code != 200:
            log.warning("GitHub API answered %s; checking github.com links over HTTP", response.status_code)
            return None
        return response

    def _graphql(self, repos: list[Repo]) -> dict[Repo, dict[str, Any] | None] | None:
        params = ", ".join(f"$o{i}: String!, $n{i}: String!" for i in range(len(repos)))
        fields = " ".join(f"r{i}: repository(owner: $o{i}, name: $n{i}) {{ nameWithOwner url isArchived }}"
                          for i in range(len(repos)))
        variables: dict[str, str] = {}
        for i, repo in enumerate(repos):
            variables[f"o{i}"], variables[f"n{i}"] = repo.owner, repo.name
        response = self._post({"query": f"query({params}) {{ {fields} }}", "variables": variables})
        if response is None:
            return None
        try:
            data = response.json().get("data") or {}
        except ValueError:
            log.warning("GitHub API sent no JSON; checking github.com links over HTTP")
            return None
        out: dict[Repo, dict[str, Any] | None] = {}
        for i, repo in enumerate(repos):
            node = data.get(f"r{i}")
            out[repo] = {"full_name": node.get("nameWithOwner"), "html_url": node.get("url"),
                         "archived": bool(node.get("isArchived"))} if isinstance(node, dict) else None
        return out

    def _rest(self, repo: Repo) -> dict[str, Any] | None:
        """A repository GraphQL did not find: ask REST, which follows renames. 404 means missing."""
        self.requests += 1
        try:
            response = self.session.get(f"{self.api}/repos/{repo.slug}", headers=self._auth,
                                        timeout=(self.settings.connect_timeout, self.settings.timeout))
        except requests.exceptions.RequestException:
            return None
        if response.status_code == 404:
            return {"missing": True}
        if response.status_code != 200:
            return None
        try:
            body = response.json()
        except ValueError:
            return None
        return {"full_name": body.get("full_name"), "html_url": body.get("html_url"),
                "archived": bool(body.get("archived"))}


def _result(url: str, repo: Repo, info: dict[str, Any]) -> LinkResult:
    if info.get("missing"):
        why = f"GitHub repository {repo.slug} does not exist"
        return LinkResult(url, "dead", 404, None, why, github=True)
    full_name = str(info.get("full_name") or repo.slug)
    archived = bool(info.get("archived"))
    if full_name.lower() != repo.slug.lower():
        new_url = str(info.get("html_url") or f"https://github.com/{full_name}")
        return LinkResult(url, "redirect", 200, new_url, f"repository moved to {full_name}",
                          archived=archived, github=True)
    return LinkResult(url, "alive", 200, None, "repository is archived" if archived else None,
                      archived=archived, github=True)
