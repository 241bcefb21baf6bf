"""Awesome lists that open with an HTML header are detected as awesome lists."""

from __future__ import annotations

from awesomelint.parse.parser import parse
from awesomelint.profiles import detect_profile
from awesomelint.registry import default_registry


def _profile(text: str) -> tuple[str, str]:
    default_registry()  # loading the rules registers their detectors
    return detect_profile(parse(text, "README.md"))


def test_centered_logo_with_awesome_alt_text() -> None:
    text = ('<div align="center">\n\t<img width="500" src="media/logo.svg" alt="Awesome Node.js">\n</div>\n\n'
            "- [a](https://a.example) - A.\n")
    profile, reason = _profile(text)
    assert profile == "awesome" and "HTML header at line 1" in reason


def test_badge_in_html_is_enough() -> None:
    text = '<p align="center">\n<img alt="badge" src="https://awesome.re/badge-flat2.svg">\n</p>\n\nText.\n'
    assert _profile(text) == ("awesome", "the awesome badge at line 2")


def test_plain_list_stays_plain() -> None:
    text = '<div align="center">\n<img src="logo.svg" alt="My links">\n</div>\n\n- [a](https://a.example) - A.\n'
    assert _profile(text)[0] == "plain"
