"""Resolve paper entries against the sources with as few requests as the batch endpoints allow.

Each entry is looked up by its strongest resolvable identifier, or by its title when it has none.
Phase one (in parallel, one thread per API): Semantic Scholar's batch for every identifier, arXiv's
``id_list`` for arXiv ids, OpenAlex title searches. Phase two: Crossref retraction notices for
every DOI known by then, records for identifiers phase one did not find (Crossref and OpenAlex
batches), DBLP for titles OpenAlex did not match. Lookups the cache answers are never sent.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from awesomelint.papers.record import PaperRecord
from awesomelint.papers.titles import normalise

from .cache import Lookup, PaperCache
from .client import Client, Unavailable
from .merge import merge
from .progress import PaperProgress
from .settings import PaperSettings
from .sources import arxiv, crossref, dblp, openalex, s2

MIN_TITLE_WORDS = 3  # shorter titles ("Yelp", "GPT-4") are not searched: too many papers share them
ACL_DOI = "10.18653/v1/"


@dataclass(frozen=True, slots=True)
class Query:
    lookup: str | None  # the strongest resolvable identifier ("arxiv:…"), or None to search the title
    title: str | None


@dataclass(frozen=True, slots=True)
class Answer:
    key: str | None  # the lookup key that was asked: an identifier, "title:…", or None (nothing to ask)
    record: PaperRecord | None
    verdict: str  # found, not-found, unknown, skipped
    error: str | None = None


@dataclass
class Stats:
    requests: dict[str, int] = field(default_factory=dict)
    throttled: dict[str, int] = field(default_factory=dict)
    cache_hits: int = 0
    lookups: int = 0
    offline: bool = False
    unanswered: int = 0  # lookups no source answered (network errors, persisting 429/5xx)
    errors: list[str] = field(default_factory=list)


def title_key(title: str | None) -> str | None:
    words = normalise(title or "")
    return "title:" + words if len(words.split()) >= MIN_TITLE_WORDS else None


def resolve(queries: Sequence[Query], settings: PaperSettings, *, client: Client | None = None,
            cache: PaperCache | None = None, progress: bool = False) -> tuple[list[Answer], Stats]:
    """One ``Answer`` per query, in order, and what it took; ``progress`` shows a status line on a terminal."""
    client = client or Client(settings)
    cache = cache if cache is not None else PaperCache(settings.cache, settings.ttl_found, settings.ttl_not_found)
    keys = [q.lookup or title_key(q.title) for q in queries]
    titles: dict[str, str] = {k: q.title or "" for k, q in zip(keys, queries, strict=True)
                              if k is not None and k.startswith("title:")}
    known: dict[str, Lookup] = {}
    todo: list[str] = []
    for key in dict.fromkeys(k for k in keys if k):
        hit, lookup = cache.get(key)
        if hit:
            known[key] = lookup
        else:
            todo.append(key)
    bar = PaperProgress(len(todo), enabled=progress)
    client.on_request = bar.request
    try:
        fetched, failures = _Fetch(client, settings).run([k for k in todo if not k.startswith("title:")],
                                                          {k: titles[k] for k in todo if k.startswith("title:")})
    finally:
        client.on_request = None
        bar.close()
    for key in todo:
        if key in fetched:
            known[key] = fetched[key]
            cache.put(key, fetched[key])
    cache.save()
    answers = []
    for wanted in keys:
        if wanted is None:
            answers.append(Answer(None, None, "skipped", "no identifier and no searchable title"))
        elif wanted in known:
            answers.append(Answer(wanted, known[wanted], "found" if known[wanted] is not None else "not-found"))
        else:
            answers.append(Answer(wanted, None, "unknown", failures.get(wanted, "no answer")))
    errors = sorted(set(failures.values()))
    stats = Stats(dict(client.requests), dict(client.throttled), cache.hits, len(todo),
                  offline=bool(todo) and client.answered == 0 and bool(failures), errors=errors,
                  unanswered=sum(1 for a in answers if a.verdict == "unknown"))
    return answers, stats


class _Fetch:
    """One run's requests: records per lookup key, and why keys got no answer."""

    def __init__(self, client: Client, settings: PaperSettings) -> None:
        self.client = client
        self.on = set(settings.sources)
        self.parts: dict[str, list[PaperRecord | None]] = defaultdict(list)  # key -> each source's answer
        self.failed: dict[str, str] = {}

    def _task(self, keys: Sequence[str], work: Callable[[], dict[str, PaperRecord | None]]) -> Callable[[], None]:
        def run() -> None:
            try:
                for key, found in work().items():
                    self.parts[key].append(found)
            except Unavailable as exc:
                for key in keys:
                    self.failed.setdefault(key, str(exc))
        return run

    def run(self, ids: list[str], titles: dict[str, str]) -> tuple[dict[str, Lookup], dict[str, str]]:
        arxiv_ids = [k for k in ids if k.startswith("arxiv:")]
        first: list[Callable[[], None]] = []
        if ids and "s2" in self.on:
            first.append(self._task(ids, lambda: s2.fetch(self.client, ids)))
        if arxiv_ids and "arxiv" in self.on:
            first.append(self._task(arxiv_ids, lambda: _keyed("arxiv:", arxiv.fetch(self.client, _values(arxiv_ids)))))
        if titles and "openalex" in self.on:
            first.append(self._task(list(titles), lambda: openalex.by_titles(self.client, titles)))
        _parallel(first)
        found = {k: merge(v) for k, v in self.parts.items()}
        second: list[Callable[[], None]] = []
        dois = sorted({d for k in ids if (d := _doi(k, found.get(k))) and not d.startswith(openalex.ARXIV_DOI)})
        if dois and "crossref" in self.on:
            second.append(lambda: self._retractions(dois))
        missing = [k for k in ids if found.get(k) is None]
        missing_dois = {d: k for k in missing if (d := _doi(k, None)) is not None}
        if missing_dois and "crossref" in self.on:
            keyed = [k for k in missing_dois if not k.startswith(openalex.ARXIV_DOI)]
            second.append(self._task([missing_dois[d] for d in keyed], lambda: _rekey(
                missing_dois, crossref.works(self.client, keyed))))
        if missing_dois and "openalex" in self.on:
            second.append(self._task(list(missing_dois.values()), lambda: _rekey(
                missing_dois, openalex.by_doi(self.client, list(missing_dois)))))
        unmatched = {k: t for k, t in titles.items() if found.get(k) is None}
        if unmatched and "dblp" in self.on:
            second.append(self._titles(unmatched, dblp.by_title))
        _parallel(second)
        result: dict[str, Lookup] = {}
        for key in (*ids, *titles):
            answers = self.parts.get(key, [])
            record = merge(answers)
            if record is not None:
                result[key] = record
            elif answers and key not in self.failed:
                result[key] = None
        return result, self.failed

    def _titles(self, titles: dict[str, str],
                search: Callable[[Client, str], PaperRecord | None]) -> Callable[[], None]:
        def run() -> None:
            for key, title in titles.items():
                try:
                    self.parts[key].append(search(self.client, title))
                except Unavailable as exc:
                    self.failed.setdefault(key, str(exc))
        return run

    def _retractions(self, dois: list[str]) -> None:
        try:
            notices = crossref.retracted(self.client, dois)
        except Unavailable:
            return  # the records stand; a retraction is only ever reported when a notice was read
        for key, parts in self.parts.items():
            for i, part in enumerate(parts):
                if part is not None and part.doi in notices:
                    parts[i] = dataclasses.replace(part, retracted=True)
            if key.startswith("doi:") and key[4:] in notices:
                parts.append(PaperRecord(retracted=True, doi=key[4:], sources=("crossref",)))


def _parallel(tasks: list[Callable[[], None]]) -> None:
    if len(tasks) <= 1:
        for task in tasks:
            task()
        return
    with ThreadPoolExecutor(len(tasks), thread_name_prefix="awesomelint-papers") as pool:
        for future in [pool.submit(t) for t in tasks]:
            future.result()


def _values(keys: list[str]) -> list[str]:
    return [k.split(":", 1)[1] for k in keys]


def _keyed(prefix: str, found: dict[str, Any]) -> dict[str, PaperRecord | None]:
    return {prefix + k: v for k, v in found.items()}


def _rekey(by_doi: dict[str, str], found: dict[str, PaperRecord | None]) -> dict[str, PaperRecord | None]:
    return {by_doi[d]: v for d, v in found.items() if d in by_doi}


def _doi(key: str, record: PaperRecord | None) -> str | None:
    """The DOI to ask about for a lookup key: its own, its record's, an ACL id's or an arXiv DataCite DOI."""
    if record is not None and record.doi:
        return record.doi
    kind, _, value = key.partition(":")
    if kind == "doi":
        return value
    if kind == "acl":
        return ACL_DOI + value.lower()
    if kind == "arxiv" and record is None:
        return openalex.ARXIV_DOI + value
    return None
