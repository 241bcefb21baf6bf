"""The progress bar shows on a terminal only, never in CI or into a pipe."""

from __future__ import annotations

import io

import pytest

from awesomelint.links import LinkResult
from awesomelint.links.progress import Progress


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    out = Tty()
    bar = Progress(2, stream=out, interval=0.0)
    bar.update(LinkResult("a", "alive"))
    bar.update(LinkResult("b", "dead"))
    bar.close()
    assert "2/2 checked, 1 failing" in out.getvalue()


def test_no_bar_in_a_pipe_or_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    pipe = io.StringIO()
    Progress(1, stream=pipe, interval=0.0).update(LinkResult("a", "alive"))
    assert pipe.getvalue() == ""
    monkeypatch.setenv("CI", "true")
    tty = Tty()
    Progress(1, stream=tty, interval=0.0).update(LinkResult("a", "alive"))
    assert tty.getvalue() == ""
