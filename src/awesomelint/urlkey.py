"""When two URLs name the same resource: the key duplicate detection compares.

Deliberately looser than an HTTP cache key: scheme, ``www.``, trailing slashes, index files,
tracking parameters, GitHub's owner/repo case, arXiv abs/pdf/version forms and DOI resolvers do
not make two links different. Fragments stay significant (two anchors on one page are two links).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import SplitResult, parse_qsl, unquote, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|_hsenc|_hsmi|igshid|casa_token|ref_src|si)$",
    re.IGNORECASE,
)
_INDEX = re.compile(r"/index\.(html?|php|aspx?|jsp)$", re.IGNORECASE)
_ARXIV = re.compile(
    r"^(?:export\.)?arxiv\.org/(?:abs|pdf|html)/((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[a-z]{2})?/\d{7}))(?:v\d+)?(?:\.pdf)?/?$",
    re.IGNORECASE,
)
_DOI = re.compile(r"^(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+)$", re.IGNORECASE)
DEFAULT_PORTS = {"http": 80, "https": 443}
_CASE_INSENSITIVE_HOSTS = {"github.com", "gitlab.com", "twitter.com", "x.com", "huggingface.co"}

# github.com/<these>/... are GitHub's own pages, never a user's or an organisation's repository. The
# one list for every module that reads GitHub URLs (link checking, paper links, duplicates).
RESERVED_GITHUB_OWNERS = frozenset({
    "about", "apps", "blog", "codespaces", "collections", "contact", "customer-stories", "enterprise",
    "events", "explore", "features", "issues", "join", "login", "marketplace", "new", "notifications",
    "orgs", "organizations", "pricing", "pulls", "readme", "resources", "search", "security", "settings",
    "site", "solutions", "sponsors", "team", "topics", "trending", "users",
})


def tracking_parameters(url: str) -> list[str]:
    """The names of tracking parameters in ``url``'s query, in order."""
    try:
        query = urlsplit(url).query
    except ValueError:
        return []
    return [k for k, _ in parse_qsl(query, keep_blank_values=True) if _TRACKING.match(k)]


def arxiv_id(url: str) -> str | None:
    """The arXiv identifier without version, for abs, pdf and html links."""
    host_path = re.sub(r"^https?://(www\.)?", "", url.strip(), flags=re.IGNORECASE).split("#")[0].split("?")[0]
    m = _ARXIV.match(host_path)
    return m.group(1).lower() if m else None


@lru_cache(maxsize=8192)  # several rules ask for the key of every link
def identity_key(url: str) -> str:
    url = url.strip()
    if url.lower().startswith("doi:"):
        return "doi:" + url[4:].strip().lower()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return url
    arxiv = arxiv_id(url)
    if arxiv:
        return "arxiv:" + arxiv
    try:
        port = parts.port if parts.port not in (None, 80, 443) else None
    except ValueError:  # a malformed port: the URL is its own key
        return url
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = unquote(parts.path)
    doi = _DOI.match(host + path)
    if doi:
        return "doi:" + doi.group(1).lower()
    path = _INDEX.sub("/", path).rstrip("/")
    if host in _CASE_INSENSITIVE_HOSTS:
        path = path.lower().removesuffix(".git")
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k))
    key = host + (f":{port}" if port else "") + path
    if query:
        key += "?" + urlencode(query, errors="surrogatepass")
    if parts.fragment:
        key += "#" + parts.fragment
    return key


def split(url: str) -> SplitResult | None:
    """``urlsplit`` that never raises: None for a malformed URL (bad IPv6 brackets, bad port)."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    return parts


def normalise(url: str) -> str:
    """Lower-case scheme and host, drop a default port and the fragment; path and query stay as written.

    A malformed URL comes back stripped and otherwise as written (``unusable`` says why).
    """
    parts = split(url.strip())
    if parts is None:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or port == DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    if parts.username or parts.password:
        netloc = f"{parts.username or ''}{':' + parts.password if parts.password else ''}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


_REPO = re.compile(r"^https?://(?:www\.)?github\.com/([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)/"
                   r"([A-Za-z0-9._-]+?)(?:\.git)?/?$", re.IGNORECASE)

@dataclass(frozen=True, slots=True)
class Repo:
    owner: str
    name: str

    @property
    def slug(self) -> str:
        return f"{self.owner}/{self.name}"


def repo_of(url: str) -> Repo | None:
    """The repository a URL names when it is a repository's root page, else None."""
    match = _REPO.match(url)
    if not match or match.group(1).lower() in RESERVED_GITHUB_OWNERS or match.group(2) in (".", ".."):
        return None
    return Repo(match.group(1), match.group(2))
