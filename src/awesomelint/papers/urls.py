"""What a paper list's URLs are: code repositories, awesome lists, arXiv and DOI identifiers.

Builds on ``awesomelint.urlkey`` (identity keys, arXiv ids, tracking parameters) with what the
papers rules need beyond it: DOIs inside publisher URLs, the canonical arXiv URL, query rewriting.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from awesomelint.urlkey import RESERVED_GITHUB_OWNERS, arxiv_id, identity_key, tracking_parameters

CODE_HOSTS = frozenset({"github.com", "gitlab.com", "bitbucket.org", "gitee.com", "codeberg.org",
                        "sourceforge.net", "huggingface.co", "git.sr.ht", "colab.research.google.com",
                        "pypi.org", "kaggle.com", "paperswithcode.com", "modelscope.cn",
                        "anonymous.4open.science"})
_AWESOME = re.compile(r"^awesome(?:[-_.]|$)", re.IGNORECASE)
_REPO_PATH = re.compile(r"^/([^/]+)/([^/]+)")
_DOI_IN_PATH = re.compile(r"(?:^|/)(10\.\d{4,9}/[^?#\s]+)")
_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$", re.IGNORECASE)
_ARXIV_URL = re.compile(
    r"^(?P<scheme>https?)://(?P<host>(?:www\.|export\.)?arxiv\.org)/(?P<form>abs|pdf|html)/"
    r"(?P<id>\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(?P<version>v\d+)?(?P<ext>\.pdf)?(?P<slash>/?)$",
    re.IGNORECASE,
)


def host(url: str) -> str:
    try:
        return (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")
    except ValueError:
        return ""


def _path(url: str) -> str:
    try:
        return urlsplit(url.strip()).path
    except ValueError:
        return ""


def github_repo(url: str) -> tuple[str, str] | None:
    """(owner, repo) of a github.com URL that names a repository (or a path inside one)."""
    if host(url) != "github.com":
        return None
    match = _REPO_PATH.match(_path(url))
    if not match or match.group(1).lower() in RESERVED_GITHUB_OWNERS:
        return None
    return match.group(1), match.group(2).removesuffix(".git")


_PAPER_PAGE = re.compile(
    r"arxiv\.org|doi\.org|/doi/|openreview\.net|aclanthology\.org|aclweb\.org/anthology|thecvf\.com|ecva\.net"
    r"|papers\.nips\.cc|neurips\.cc|proceedings\.mlr\.press|ieeexplore\.ieee\.org|dl\.acm\.org"
    r"|link\.springer\.com|sciencedirect\.com|ijcai\.org|ojs\.aaai\.org|aaai\.org/|semanticscholar\.org"
    r"|biorxiv\.org|nature\.com|science\.org|jmlr\.org|\.pdf(?:$|[?#])", re.IGNORECASE)


def is_paper_page(url: str) -> bool:
    """A paper's page or PDF: arXiv, DOI, OpenReview, the ACL Anthology, CVF, proceedings, publishers."""
    return bool(_PAPER_PAGE.search(url))


def is_code_url(url: str) -> bool:
    name = host(url)
    return name in CODE_HOSTS or name.startswith(("gitlab.", "git."))


def is_awesome_list(url: str) -> bool:
    repo = github_repo(url)
    return repo is not None and bool(_AWESOME.match(repo[1]))


def is_paper_document(url: str) -> bool:
    """A GitHub repository page: not a paper, unless it links a file such as a PDF."""
    repo = github_repo(url)
    path = _path(url).lower()
    return repo is None or "/blob/" in path or "/raw/" in path or path.endswith(".pdf")


def doi(url: str) -> str | None:
    """The DOI a URL names: doi.org links and publisher paths such as dl.acm.org/doi/abs/10.x/y."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if not parts.netloc:
        return None
    match = _DOI_IN_PATH.search(unquote(parts.path))
    if not match or ("doi" not in parts.netloc.lower() and "/doi/" not in parts.path.lower()):
        return None
    return match.group(1).rstrip("/").lower().removesuffix(".pdf")


def paper_id(url: str) -> str:
    """A key naming the paper a URL points to: arXiv id (also via arXiv DOIs), DOI, else identity."""
    found = arxiv_id(url)
    if found:
        return "arxiv:" + found
    name = doi(url)
    if name:
        arxiv = _ARXIV_DOI.match(name)
        return "arxiv:" + arxiv.group(1) if arxiv else "doi:" + name
    return identity_key(url)


def arxiv_year(identifier: str) -> int:
    """The year an arXiv identifier was assigned: ``2302.03735`` -> 2023, ``cs/0112017`` -> 2001."""
    digits = identifier.rsplit("/", 1)[-1]
    yy = int(digits[:2])
    return 1900 + yy if yy >= 91 else 2000 + yy


def arxiv_form(url: str) -> str | None:
    """"abs", "pdf" or "html": the arXiv page a URL links; None when it is not an arXiv page URL."""
    match = _ARXIV_URL.match(url.strip())
    return match.group("form").lower() if match else None


def canonical_arxiv(url: str, form: str) -> tuple[str, list[str]] | None:
    """(normalised URL, what changed) for an arXiv abs/pdf/html URL; None when it is not one."""
    match = _ARXIV_URL.match(url.strip())
    if not match:
        return None
    changes = []
    if match.group("scheme").lower() != "https":
        changes.append("use https")
    if match.group("host").lower() != "arxiv.org":
        changes.append(f"use arxiv.org, not {match.group('host')}")
    if match.group("version"):
        changes.append(f"drop the pinned version {match.group('version')}")
    current = match.group("form").lower()
    target = current if form in ("any", "") or current == "html" else form
    if target != current:
        changes.append(f"link the {target} page, not the {current}")
    ident = match.group("id")
    suffix = ".pdf" if target == "pdf" and current == "pdf" and match.group("ext") else ""
    normalised = f"https://arxiv.org/{target}/{ident}{suffix}"
    if not changes and normalised != url.strip():
        return None  # only case or a trailing slash differ: leave it
    return normalised, changes


def without_tracking(url: str, extra: frozenset[str] = frozenset()) -> tuple[str, list[str]]:
    """``url`` with tracking parameters removed from its query (others kept as written), and their names."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url, []
    names = tracking_parameters(url)
    query = parts.query
    kept = []
    for item in query.split("&") if query else []:
        key = unquote(item.split("=", 1)[0])
        if key.lower() in extra and key not in names:
            names.append(key)
        if key not in names:
            kept.append(item)
    if not names:
        return url, []
    head = url.split("?", 1)[0]
    tail = "#" + parts.fragment if "#" in url else ""
    return head + ("?" + "&".join(kept) if kept else "") + tail, names
