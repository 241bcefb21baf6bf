"""Which profile a document gets when the config does not say, and why (``--explain-profile``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from awesomelint.document import Document

_AWESOME_TITLE = re.compile(r"awesome\b", re.IGNORECASE)  # "Awesome Go", not "awesomelint"
_AWESOME_BADGE = re.compile(r"awesome\.re/(badge|mentioned)|sindresorhus/awesome", re.IGNORECASE)

# Detectors are tried in order; each returns a reason when the profile fits. Paper-list detection
# lives with the papers rules and registers itself here.
Detector = Callable[[Document], str | None]
DETECTORS: list[tuple[str, Detector]] = []


def _awesome(doc: Document) -> str | None:
    if doc.title and _AWESOME_TITLE.match(doc.title.text):
        return f"the title {doc.title.text!r} starts with 'Awesome'"
    for link in doc.links[:20]:
        if link.kind == "image" and _AWESOME_BADGE.search(link.url):
            return f"the awesome badge at line {link.line}"
    return None


DETECTORS.append(("awesome", _awesome))


def detect_profile(doc: Document) -> tuple[str, str]:
    """(profile, reason). Falls back to ``plain``: generic link-list rules only."""
    for name, detector in DETECTORS:
        reason = detector(doc)
        if reason:
            return name, reason
    return "plain", "neither an awesome list (no 'Awesome' title or badge) nor a paper list"
