"""The status line while papers are looked up: on a terminal only, and erased at the end."""

from __future__ import annotations

import io

import pytest

from awesomelint.scholar.progress import PaperProgress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_status_line_names_requests_per_api_and_the_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    stream = Terminal()
    bar = PaperProgress(12, stream=stream)
    bar.request("s2", 0.0)
    bar.request("arxiv", 2.9)
    bar.close()
    out = stream.getvalue()
    assert "\rpapers: 12 lookups, requests: s2 1" in out
    assert "requests: arxiv 1, s2 1 (waiting for arxiv, 2.9 s)" in out
    assert out.endswith("\r")


def test_silent_when_not_a_terminal_or_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    plain = io.StringIO()
    PaperProgress(3, stream=plain).request("s2", 0.0)
    assert plain.getvalue() == ""
    monkeypatch.setenv("CI", "true")
    terminal = Terminal()
    PaperProgress(3, stream=terminal).request("s2", 0.0)
    assert terminal.getvalue() == ""
