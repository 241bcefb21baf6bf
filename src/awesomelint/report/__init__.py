"""One module per output format; each renders the same findings and context.

``renderer(name)`` loads a format's module on first use, so a run imports only the formats it writes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from awesomelint.report.formats import FORMATS, MODULES

if TYPE_CHECKING:
    from awesomelint.finding import Finding
    from awesomelint.report.context import ReportContext

Renderer = Callable[[Sequence["Finding"], "ReportContext"], str]

__all__ = ["FORMATS", "Renderer", "renderer"]


def renderer(name: str) -> Renderer:
    """The render function of format ``name`` (one of ``FORMATS``)."""
    module = importlib.import_module(f"awesomelint.report.{MODULES[name]}")
    return cast(Renderer, module.render)
