"""The profiles as data: their names, the rule sets rules declare, and how a profile is detected.

A profile is a default rule set for one kind of list. ``DETECTORS`` is tried in order when the config
does not name a profile; the first that fits wins, with a reason (``--explain-profile``). What each
profile runs is listed by ``awesomelint rules --profile NAME``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # the CLI reads the profile names at start-up: no model to load for that
    from awesomelint.document import Document

Profile = Literal["awesome", "awesome-style", "papers", "plain", "awesome-lint"]
PROFILES: tuple[Profile, ...] = ("awesome", "awesome-style", "papers", "plain", "awesome-lint")
DESCRIPTIONS: dict[str, str] = {
    "awesome": "an awesome list: sindresorhus/awesome's conventions, without awesome-lint's false alarms",
    "awesome-style": "a list of '[name](url) - description' entries that does not claim to be awesome: the entry "
                     "rules without the awesome-submission rules (badge, contributing, repository age …)",
    "papers": "a paper list: title, authors, venue, year and [paper]/[code] links",
    "plain": "any link list: generic Markdown hygiene and link rules",
    "awesome-lint": "exactly what awesome-lint checks, the way it reports it (parity)",
}

# The sets a rule's META.profiles is made of.
ALL_PROFILES: frozenset[str] = frozenset(PROFILES)
HYGIENE = ALL_PROFILES  # generic Markdown hygiene
STYLE = frozenset({"awesome", "awesome-style", "awesome-lint"})  # awesome-lint's checks and house style
AWESOME = frozenset({"awesome", "awesome-style"})  # our awesome-list rules beyond awesome-lint
# what a list submitted to sindresorhus/awesome must have (badge, contributing guide, repository age …):
# not for an awesome-style list that does not claim to be awesome
SUBMISSION = frozenset({"awesome", "awesome-lint"})
SUBMISSION_OURS = frozenset({"awesome"})
LINT_ONLY = frozenset({"awesome-lint"})  # kept for parity, off in our awesome profile
OURS = frozenset({"awesome", "awesome-style", "papers", "plain"})  # beyond awesome-lint, for every kind of list
PAPERS = frozenset({"papers"})
OPT_IN: frozenset[str] = frozenset()  # on only when selected or enabled in the config

Detector = Callable[["Document"], str | None]

_AWESOME_TITLE = re.compile(r"awesome\b", re.IGNORECASE)  # "Awesome Go", not "awesomelint"
_AWESOME_BADGE = re.compile(r"awesome\.re/(badge|mentioned)|sindresorhus/awesome", re.IGNORECASE)


def awesome_title_or_badge(doc: Document) -> str | None:
    if doc.title and _AWESOME_TITLE.match(doc.title.text):
        return f"the title {doc.title.text!r} starts with 'Awesome'"
    for link in doc.links[:20]:
        if link.kind == "image" and _AWESOME_BADGE.search(link.url):
            return f"the awesome badge at line {link.line}"
    return None


def detectors() -> tuple[tuple[Profile, Detector], ...]:
    """In order: paper lists first (they are often called 'Awesome …'), then awesome lists."""
    from awesomelint.awesome.detect import detect_awesome_style, detect_html_awesome
    from awesomelint.papers.detect import detect_papers

    return (("papers", detect_papers), ("awesome", awesome_title_or_badge), ("awesome", detect_html_awesome),
            ("awesome-style", detect_awesome_style))


def detect_profile(doc: Document) -> tuple[Profile, str]:
    """(profile, reason). Falls back to ``plain``: generic link-list rules only."""
    for name, detector in detectors():
        reason = detector(doc)
        if reason:
            return name, reason
    return "plain", "neither an awesome list (no 'Awesome' title or badge) nor a paper list"
