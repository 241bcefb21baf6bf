"""Facts derived from a document once and shared by every rule that reads them.

The engine opens a ``scope`` around the work on one document (planning, every rule, every fix
pass); inside it, ``per_document`` functions compute each fact once per document and arguments.
Outside a scope (a helper called directly, e.g. from a test) they simply compute. Nothing outlives
the scope, so a run over many files holds the facts of one file at a time.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Concatenate, ParamSpec, TypeVar

from awesomelint.document import Document

P = ParamSpec("P")
T = TypeVar("T")

# (function, id(document), arguments) -> (document, value); the document is kept so its id stays unique
Store = dict[tuple[Any, int, tuple[Hashable, ...]], tuple[Document, Any]]
_store: ContextVar[Store | None] = ContextVar("awesomelint_memo", default=None)


@contextmanager
def scope() -> Iterator[None]:
    """Share derived facts until the block ends; nested scopes use the outer one."""
    if _store.get() is not None:
        yield
        return
    token = _store.set({})
    try:
        yield
    finally:
        _store.reset(token)


def per_document(fn: Callable[Concatenate[Document, P], T]) -> Callable[Concatenate[Document, P], T]:
    """Compute ``fn(doc, *args)`` once per document and arguments (which must be hashable) in a scope."""

    @functools.wraps(fn)
    def cached(doc: Document, /, *args: P.args, **kwargs: P.kwargs) -> T:
        store = _store.get()
        if store is None:
            return fn(doc, *args, **kwargs)
        key = (cached, id(doc), (*args, *sorted(kwargs.items())))
        hit = store.get(key)
        if hit is not None and hit[0] is doc:
            value: T = hit[1]
            return value
        value = fn(doc, *args, **kwargs)
        store[key] = (doc, value)
        return value

    return cached
