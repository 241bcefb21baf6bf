"""The papers profile: an entry parser for paper lists and the profile detector
(``awesomelint.profiles.detectors`` lists it)."""

from __future__ import annotations

from awesomelint.papers.collect import papers
from awesomelint.papers.detect import detect_papers
from awesomelint.papers.model import Paper, PaperLink, VenueYear
from awesomelint.papers.parse import parse_entry
from awesomelint.papers.source import Part, Source

__all__ = ["Paper", "PaperLink", "Part", "Source", "VenueYear", "detect_papers", "papers", "parse_entry"]
