"""A link uses `http://`: readers get an unencrypted, tamperable connection when `https://` usually works.

Doc: rules/AL161-insecure-link.md
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from awesomelint.context import RuleContext
from awesomelint.document import Document
from awesomelint.finding import Problem, Severity
from awesomelint.markup.markdown import regions, replace
from awesomelint.profiles import OURS
from awesomelint.rule import NoOptions, RuleMeta

META = RuleMeta(id="AL161", name="insecure-link", summary="Links use https:// rather than http://.",
                severity=Severity.WARNING, fixable=True, profiles=OURS)

_BARE = re.compile(r"(?<![\w/@.])http://[^\s<>\[\]()\"'`]+", re.IGNORECASE)
_LOCAL = re.compile(r"^http://(localhost|127\.|0\.0\.0\.0|\[::1\]|[^/]*\.(local|test|internal)\b)", re.I)


def verified(url: str, results: Mapping[str, Any]) -> bool:
    """The link checker saw the https:// form alive, or saw the http:// form redirect to it."""
    secure = "https://" + url[len("http://"):]
    direct = results.get(secure)
    if direct is not None and direct.verdict == "alive":
        return True
    result = results.get(url)
    final = (getattr(result, "final_url", None) or "").rstrip("/")
    return result is not None and result.verdict in ("alive", "redirect") and final == secure.rstrip("/")


def _bare_urls(doc: Document) -> list[tuple[int, int, str]]:
    """Plain-text URLs, which GitHub links automatically (the core's links leave them out)."""
    spans = [(link.line, link.column, link.end_line, link.end_column) for link in doc.links]
    found = []
    for region in regions(doc, ("paragraph", "block_text", "heading", "table")):
        for m in _BARE.finditer(region.text):
            if region.masked[m.start()]:
                continue
            line, column = region.position(m.start())
            if any((s, c) <= (line, column) < (e, ec) for s, c, e, ec in spans):
                continue
            found.append((line, column, m.group(0).rstrip(".,;:!?*_~")))
    return found


def check(doc: Document, options: NoOptions, ctx: RuleContext) -> Iterator[Problem]:
    results: Mapping[str, Any] = ctx.links.results if ctx.links else {}
    targets = [(link.line, link.column, link.url) for link in doc.links]
    targets += [(d.line, d.column, d.url) for d in doc.refdefs]
    targets += _bare_urls(doc)
    for line, column, url in sorted(targets):
        if not url.lower().startswith("http://") or _LOCAL.match(url):
            continue
        fix = None
        source = doc.line_text(line)
        at = source.find(url, column - 1)
        if at >= 0 and verified(url, results):
            fix = replace(line, at + 1, at + 5, "https", "use https://")
        yield Problem(line, column, f"insecure link {url}: use https://"
                      + (" (verified by the link check)" if fix else ""), fix=fix)
