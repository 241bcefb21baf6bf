"""The papers profile: an entry parser for paper lists and the profile detector.

Importing this package registers the ``papers`` detector in ``awesomelint.profiles.DETECTORS``;
every papers rule imports it, and the registry imports every rule, so detection is always on.
"""

from __future__ import annotations

from awesomelint.papers.collect import papers
from awesomelint.papers.detect import detect_papers, register
from awesomelint.papers.model import Paper, PaperLink, VenueYear
from awesomelint.papers.parse import parse_entry
from awesomelint.papers.source import Part, Source

register()

__all__ = ["Paper", "PaperLink", "Part", "Source", "VenueYear", "detect_papers", "papers", "parse_entry"]
