"""Facts derived from a document once and shared by every rule that needs them.

Rules read the same document many times (its inline regions, its paper entries ...). ``per_document``
computes such a fact once per parsed document; the engine's copies of a document (same source,
other ``extras``) share its ``lines`` tuple, so they share the result too. Only the few most recent
documents are kept, so a long run over many files holds no more than that.
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Concatenate, ParamSpec, TypeVar

from awesomelint.document import Document

P = ParamSpec("P")
T = TypeVar("T")
KEEP = 4


def per_document(fn: Callable[Concatenate[Document, P], T]) -> Callable[Concatenate[Document, P], T]:
    """Cache ``fn(doc, *args)`` per document and arguments (which must be hashable)."""
    cache: OrderedDict[tuple[int, tuple[Hashable, ...]], tuple[tuple[str, ...], T]] = OrderedDict()

    @functools.wraps(fn)
    def cached(doc: Document, /, *args: P.args, **kwargs: P.kwargs) -> T:
        key = (id(doc.lines), (*args, *sorted(kwargs.items())))
        hit = cache.get(key)
        if hit is not None and hit[0] is doc.lines:
            cache.move_to_end(key)
            return hit[1]
        value = fn(doc, *args, **kwargs)
        cache[key] = (doc.lines, value)
        while len(cache) > KEEP * 4:
            cache.popitem(last=False)
        return value

    return cached
