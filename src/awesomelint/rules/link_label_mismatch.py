"""A link's label says the wrong thing about its target: ``code`` on something that is not a code
repository (or is an awesome list), ``paper`` on a GitHub repository. Doc: rules/AL209-link-label-mismatch.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.papers import papers
from awesomelint.papers.model import PaperLink
from awesomelint.papers.rulekit import problem
from awesomelint.papers.urls import github_repo, host, is_awesome_list, is_code_url, is_paper_document
from awesomelint.profiles import PAPERS
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL209",
    name="link-label-mismatch",
    summary="A code label points to a code repository and a paper label to a paper.",
    severity=Severity.WARNING,
    profiles=PAPERS,
)


# where code lives besides a code host: an archive, a shared folder, an attachment, a forge of its own or a
# page that says it holds code; "not a known code host" alone is no mismatch. A project's homepage
# (name.github.io/project/) or a paper is still reported: it is clearly not the code
_ARCHIVE = re.compile(r"\.(?:zip|tar|tgz|gz|bz2|xz|7z|rar)$", re.IGNORECASE)
_SHARED = frozenset({"drive.google.com", "dropbox.com", "box.com", "onedrive.live.com", "1drv.ms", "pan.baidu.com",
                     "mega.nz", "zenodo.org", "figshare.com", "osf.io"})
_CODE_PAGE = re.compile(r"(?:^|[/_.-])(?:code|codes|software|source|src|download|downloads|repository|repo|repos)"
                        r"(?:$|[/_.-])", re.IGNORECASE)
# a file the page hands out: OpenReview's "attachment?id=…&name=supplementary_material" is the code's archive
_ATTACHMENT = re.compile(r"(?:^|[/=_.-])(?:attachment|supplementary|supplemental|supp)(?:$|[/&=_.-])", re.IGNORECASE)
_CODE_HOST_PREFIX = ("code.", "git.", "svn.", "hg.")  # code.ihub.org.cn: a forge of its own
_HOST_LABELS = frozenset({"github", "gitlab", "gitee"})  # a label that names a host must link that host
_FRAMEWORKS = frozenset({"python", "pytorch", "tensorflow", "jax"})


def _code_elsewhere(label: str, url: str) -> bool:
    """``[Code](author.github.io/code.html)``, a ``.zip``, a Drive folder: the code, off a code host."""
    if label.strip("[]` ").lower() in _HOST_LABELS:
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    path = parts.path
    if path.lower().endswith(".pdf"):
        return False  # "trace_codes.pdf" is a document
    name = host(url)
    shared = any(name == h or name.endswith("." + h) for h in _SHARED)  # app.box.com
    return bool(_ARCHIVE.search(path) or shared or _CODE_PAGE.search(path)
                or _ATTACHMENT.search(f"{path}?{parts.query}") or name.startswith(_CODE_HOST_PREFIX))


def _named(link: PaperLink) -> bool:
    """A plain ``[PyTorch](https://pytorch.org/)`` in a sentence names the framework; it is no label."""
    return link.style == "single" and link.label.text.strip().lower() in _FRAMEWORKS


def _mismatch(kind: str, url: str, label: str = "") -> str | None:
    if not url.lower().startswith(("http://", "https://")):
        return None
    if kind == "code" and _code_elsewhere(label, url):
        return None
    if kind == "code":
        if is_awesome_list(url):
            return "an awesome list, not code"
        if host(url) == "github.com" and github_repo(url) is None:
            return "a GitHub page that is not a repository"
        if not is_code_url(url):
            return f"{host(url)}, not a code repository"
    if kind == "paper" and not is_paper_document(url):
        return "a GitHub repository, not a paper"
    return None


def check(doc: Document, options: object) -> Iterator[Problem]:
    for paper in papers(doc):
        for link in paper.links:
            if link.kind not in ("code", "paper") or _named(link):
                continue
            what = _mismatch(link.kind, link.url, link.label.text)
            if what:
                yield problem(paper.source, link.start, link.end,
                              f"'{link.label.text}' ({link.kind}) links {link.url}: {what}")
