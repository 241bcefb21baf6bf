"""The awesome rules' fixes (AL120-AL159), together with the Markdown-style fixes as `--fix` runs them, on
real lists, unsafe ones included: fixes converge, a second --fix changes nothing, every link survives
(ToC links too, unless they pointed at no heading or at what a ToC must not list), and a regenerated
ToC only links to existing headings; where regenerating would drop a listed section, no fix is offered."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from awesomelint.document import Document
from awesomelint.finding import Finding
from awesomelint.fix import fix_text
from awesomelint.registry import default_registry
from tests.sharedparse import lint as shared_lint
from tests.sharedparse import parsed

OURS = sorted(r.id for r in default_registry() if r.meta.fixable and "AL120" <= r.id <= "AL159")
STYLE = sorted(r.id for r in default_registry() if r.meta.fixable and "AL004" <= r.id <= "AL099")
BADGE = ("", "https://awesome.re")


def test_our_fixable_rules_are_there() -> None:
    assert OURS == ["AL120", "AL122", "AL126", "AL128", "AL130", "AL135"]


def _unofficial_badge(link: tuple[str, str]) -> bool:
    return "sindresorhus/awesome" in link[1] or "awesome.re" in link[1] or link[0].strip().lower() == "awesome"


def _links(doc: Document) -> Counter[tuple[str, str]]:
    return Counter((link.text, link.url) for link in doc.links if not link.url.startswith("#"))


def test_fixes_converge_and_keep_links(corpus_file: Path) -> None:
    text = corpus_file.read_text(encoding="utf-8").lstrip("\ufeff")
    first: list[list[Finding]] = []  # the findings on the unfixed text: fix_text's first pass

    def lint(source: str) -> list[Finding]:
        found = shared_lint(source, select=OURS + STYLE, profile="awesome")  # lint_text, parse shared
        if not first:
            first.append(found)
        return found

    outcome = fix_text(text, lint, unsafe=True)
    assert outcome.stable, "fixes kept coming"
    if outcome.applied == 0:
        return
    assert fix_text(outcome.text, lint, unsafe=True).applied == 0, "a second --fix changes something"
    original, fixed = parsed(text), parsed(outcome.text)  # the parses the lint passes made (tests/sharedparse.py)
    sections = {h.anchor.replace("\ufe0f", "").casefold() for h in original.headings if h.level in (2, 3)
                and h.text.strip().casefold() not in ("contributing", "footnotes", "related lists")}
    listed = Counter(k.url[1:].casefold() for k in original.links
                     if k.url.startswith("#") and k.url[1:].casefold() in sections)
    kept = Counter(k.url[1:].casefold() for k in fixed.links if k.url.startswith("#"))
    assert not listed - kept, f"ToC links to real sections lost: {sorted(listed - kept)[:5]}"
    before, after = _links(original), _links(fixed)
    added = after - before
    lost = {k for k in before - after if not _unofficial_badge(k)}  # AL122 swaps its image for the official one
    assert not lost, f"links lost or changed: {sorted(lost)[:5]}"
    assert set(added) <= {BADGE, ("Awesome", "https://awesome.re/badge.svg")}, sorted(added)[:5]
    anchors = {h.anchor.replace("\ufe0f", "").casefold() for h in fixed.headings}
    toc_before = [k for k in original.links if k.url.startswith("#")]
    if any(f.rule_id == "AL135" for f in first[0]) and toc_before:
        remaining = shared_lint(outcome.text, select=["AL135"], profile="awesome")
        items = [f for f in remaining if "ToC item" in f.message or "no item for" in f.message
                 or "the ToC lists" in f.message]
        assert all(f.fix is None for f in items), [f.message for f in items][:3]  # fixed, or no fix offered
        assert all(k.url[1:].casefold() in anchors for k in fixed.links
                   if k.url.startswith("#") and k.context == "entry" and k not in toc_before), "a ToC link to nowhere"
