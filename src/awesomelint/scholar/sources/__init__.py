"""One module per scholarly API: the requests it takes (batched where the API allows) and how
its documented response shape becomes ``PaperRecord``s. Each ``fetch`` returns key -> record, or
None for a key the API answered it does not know; it raises ``Unavailable`` when it got no answer."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
