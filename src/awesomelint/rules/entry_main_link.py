"""An entry starts with its main link: a real link with text and an absolute URL, no image inside.
Doc: rules/AL125-entry-main-link.md"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from awesomelint.awesome.items import Node, item_of, position
from awesomelint.awesome.toc import checked_entries
from awesomelint.document import Document, Entry
from awesomelint.finding import Problem, Severity
from awesomelint.profiles import STYLE
from awesomelint.rule import RuleMeta

META = RuleMeta(
    id="AL125", severity=Severity.WARNING,
    name="entry-main-link",
    summary="Each entry starts with a link that has text and an absolute URL.",
    aliases=("awesome-list-item",),
    profiles=STYLE,
    presets={"awesome-lint": {"entries_only": False}},
)


_BARE_URL = re.compile(r"<?https?://[^\s>]+>?")


def is_absolute_url(url: str) -> bool:
    """Like is-url-superb: a scheme and something after it (https://x, mailto:x); no spaces."""
    url = url.strip()
    if not url or any(c.isspace() for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if not parts.scheme or len(parts.scheme) < 2:
        return False
    if parts.scheme.lower() in ("http", "https", "ftp", "ws", "wss"):
        return bool(parts.hostname)
    return bool(parts.path or parts.netloc)


SPACER_HABIT = 3


@dataclass(frozen=True, slots=True)
class Options:
    # entries_only: report only items that are link entries (they contain a link): an empty spacer
    # item, a legend line (`⚠` - …), an update-log line (*2023/10/07 - …*) or a people list
    # (**Name** — …) is not an entry; '#…' links are broken-anchor's. False: awesome-lint (preset)
    entries_only: bool = True


def _empty(entry: Entry) -> bool:
    return not entry.text.strip() and not entry.children


def check(doc: Document, options: Options) -> Iterator[Problem]:
    anchors = {h.anchor.replace("\ufe0f", "").casefold() for h in doc.rendered_headings}
    entries = list(checked_entries(doc))
    # an empty item is a slip ('- ' left behind) unless the list puts empty spacer items between its
    # entries as a habit: three or more are its convention
    spacers = sum(1 for e in entries if _empty(e)) >= SPACER_HABIT
    for entry in entries:
        if options.entries_only and _empty(entry) and not spacers:
            yield Problem(entry.line, entry.column, "the list item is empty: remove it or write "
                          "'- [Name](https://…) - Description.'")
            continue
        if options.entries_only and not _links(doc, entry):
            continue
        if not entry.text.strip():
            yield Problem(entry.line, entry.column,
                          "the entry does not start with text: write '- [Name](https://…) - Description.'")
            continue
        bare = _BARE_URL.match(entry.text)
        if bare and entry.text[bare.end():].strip():
            yield Problem(entry.text_line, entry.text_column, f"the entry starts with the bare URL "
                          f"{bare.group()!r}: write '- [Name]({bare.group()}) - Description.'",
                          entry.text_line, entry.text_column + len(bare.group()))
            continue
        if bare:
            continue  # a URL on its own, e.g. an example endpoint
        item = item_of(doc, entry)
        link = item.main_link
        if link is None:
            continue  # a plain-text item, e.g. a sub-heading in a list
        line, column = position(doc, entry, link.start)
        end_line, end_column = position(doc, entry, link.end)
        if link.type == "html" and options.entries_only and link.text.lower().startswith("<a "):
            continue  # an HTML link (<a href=…>Screenshot</a>) is a link
        if link.type != "link":
            yield Problem(line, column, f"the entry starts with {_what(link.type)} instead of its link: write "
                          "'- [Name](https://…) - Description.'", end_line, end_column)
        elif link.url.startswith("#") and (options.entries_only or link.url[1:].casefold() in anchors):
            continue  # navigation to a section (a ToC by another name, e.g. "## Categories")
        elif not link.reference and not is_absolute_url(link.url):
            shown = link.url or "an empty URL"
            yield Problem(line, column, f"the entry's link has {shown!r} as its URL: link to an absolute "
                          "https:// URL", end_line, end_column)
        elif not link.text.strip():
            yield Problem(line, column, "the entry's link has no text: name the resource, "
                          "'[Name](https://…)'", end_line, end_column)
        elif "image" in link.children and not (options.entries_only and _named_before_badge(item.nodes, link)):
            yield Problem(line, column, "the entry's link text contains an image: keep the name as "
                          "text and put badges after the description", end_line, end_column)


def _named_before_badge(nodes: tuple[Node, ...], link: Node) -> bool:
    """awesome-lint takes the link before ' - ' as the main one; in awesome-rust's
    '[mocktail](…) [![crates](…)](…) - …' that is a version badge after the name link the entry
    starts with: metadata, not an image in the name."""
    first = nodes[0] if nodes else None
    return (first is not None and first is not link and first.type == "link" and "image" not in first.children
            and bool(first.text.strip()) and all(c == "image" for c in link.children))


def _links(doc: Document, entry: Entry) -> bool:
    """The item's first line holds a link (or a bare URL): it is meant as an entry."""
    first = entry.text.split("\n", 1)[0]
    return "](" in first or "][" in first or bool(_BARE_URL.search(first)) or any(
        n.type == "link" for n in item_of(doc, entry).nodes)


def _what(kind: str) -> str:
    return {"image": "an image", "strong": "bold text", "emphasis": "emphasis", "code": "code",
            "html": "HTML"}.get(kind, kind)
