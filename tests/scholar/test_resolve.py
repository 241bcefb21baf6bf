"""End to end against the local fake scholarly API: fewest requests, rate limits, cache, failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from awesomelint.scholar.cache import PaperCache
from awesomelint.scholar.resolve import Query, resolve
from awesomelint.scholar.settings import INTERVALS, PaperSettings
from tests.scholar.fakeapi import FakeScholar, load, serve

pytestmark = pytest.mark.network_local
SCALE = 0.02  # the documented intervals, fifty times shorter


def settings(base: str, tmp_path: Path, **kwargs: object) -> PaperSettings:
    return PaperSettings(allow_private=True, cache=tmp_path / ".awesomelint-cache.json",
                         **kwargs).with_base(base).scaled(SCALE)  # type: ignore[arg-type]


def queries() -> list[Query]:
    return [Query("arxiv:2001.04253", "Parameter-Efficient Transfer from Sequential Behaviors"),
            Query("arxiv:2203.15876", "Self-Supervised Learning for Recommender Systems: A Survey"),
            Query("doi:10.1145/3460231.3474255", "Transformers4Rec"),
            Query("arxiv:2401.00001", "A Paper Nobody Knows"),
            Query(None, "Self-supervised Learning for Large-scale Item Recommendations"),
            Query(None, "Yelp")]


def test_batches_fewest_requests_and_answers_each_query(tmp_path: Path) -> None:
    state = FakeScholar(load("reference.json"), intervals={k: v * SCALE for k, v in INTERVALS.items()})
    with serve(state) as base:
        answers, stats = resolve(queries(), settings(base, tmp_path, mailto="me@example.org"))
    verdicts = [(a.key, a.verdict) for a in answers]
    assert verdicts == [("arxiv:2001.04253", "found"), ("arxiv:2203.15876", "found"),
                        ("doi:10.1145/3460231.3474255", "found"), ("arxiv:2401.00001", "not-found"),
                        ("title:self supervised learning for large scale item recommendations", "found"),
                        (None, "skipped")]
    survey = answers[1].record
    assert survey is not None and survey.venue == "TKDE" and survey.year == 2023 and survey.arxiv_year == 2022
    # one S2 batch, one arXiv id_list, one OpenAlex title search, one Crossref notices query, one
    # OpenAlex DOI batch for the id nobody knows; no DBLP request (OpenAlex matched the title)
    assert stats.requests == {"s2": 1, "arxiv": 1, "openalex": 2, "crossref": 1}
    assert state.violations == {}
    s2 = state.by("s2")[0]
    assert s2.method == "POST" and s2.body == {"ids": ["ARXIV:2001.04253", "ARXIV:2203.15876",
                                                       "DOI:10.1145/3460231.3474255", "ARXIV:2401.00001"]}
    assert all("mailto:me@example.org" in r.headers["User-Agent"] for r in state.log)
    assert state.by("crossref")[0].query["mailto"] == ["me@example.org"]


def test_second_run_is_answered_by_the_cache_without_a_request(tmp_path: Path) -> None:
    state = FakeScholar(load("reference.json"))
    with serve(state) as base:
        first, _ = resolve(queries(), settings(base, tmp_path))
        sent = len(state.log)
        again, stats = resolve(queries(), settings(base, tmp_path))
    assert len(state.log) == sent and stats.requests == {} and stats.cache_hits == 5
    assert [a.verdict for a in again] == [a.verdict for a in first]
    assert again[1].record == first[1].record
    data = json.loads((tmp_path / ".awesomelint-cache.json").read_text())
    assert data["format"] == "awesomelint-link-cache" and data["entries"] == {}
    assert data["papers"]["arxiv:2401.00001"]["found"] is False


def test_not_found_expires_after_a_day_and_found_after_a_week(tmp_path: Path) -> None:
    now = [1_000_000.0]
    cache = PaperCache(tmp_path / "c.json", 7 * 86400, 86400, now=lambda: now[0])
    cache.put("arxiv:1", None)
    from awesomelint.papers.record import PaperRecord

    cache.put("arxiv:3", PaperRecord(title="T", titles=("T",), years=(2020,)))
    cache.save()
    now[0] += 2 * 86400
    later = PaperCache(tmp_path / "c.json", 7 * 86400, 86400, now=lambda: now[0])
    assert later.get("arxiv:1") == (False, None)
    assert later.get("arxiv:3") == (True, PaperRecord(title="T", titles=("T",), years=(2020,)))
    now[0] += 6 * 86400
    assert later.get("arxiv:3") == (False, None)


def test_link_cache_keeps_the_papers_section(tmp_path: Path) -> None:
    from awesomelint.links.cache import LinkCache
    from awesomelint.links.result import LinkResult
    from awesomelint.links.settings import DEFAULT_TTL

    path = tmp_path / "c.json"
    papers = PaperCache(path, 7 * 86400, 86400)
    papers.put("arxiv:1", None)
    papers.save()
    links = LinkCache.load(path, DEFAULT_TTL)
    links.put("https://a.example/", LinkResult("https://a.example/", "alive", 200))
    links.save()
    data = json.loads(path.read_text())
    assert "arxiv:1" in data["papers"] and "https://a.example/" in data["entries"]
    assert PaperCache(path, 7 * 86400, 86400).get("arxiv:1") == (True, None)


@pytest.mark.parametrize("record", [
    {"titles": 5}, {"title": 7}, {"years": ["2020"]}, {"year": "2020"}, {"year": True}, {"venues": "KDD"},
    {"peer_reviewed": "yes"}, [], "T",
])
def test_a_corrupt_record_in_the_cache_is_a_miss_not_a_crash(tmp_path: Path, record: object) -> None:
    from awesomelint.papers.record import PaperRecord

    path = tmp_path / "c.json"
    good = PaperCache(path, 7 * 86400, 86400)
    good.put("arxiv:1", PaperRecord(title="T", titles=("T",), years=(2020,), peer_reviewed=True))
    good.save()
    data = json.loads(path.read_text())
    assert PaperCache(path, 7 * 86400, 86400).get("arxiv:1")[0]  # the record as written is a hit
    data["papers"]["arxiv:1"]["record"] = record
    path.write_text(json.dumps(data))
    assert PaperCache(path, 7 * 86400, 86400).get("arxiv:1") == (False, None)


def test_retry_after_is_honoured_and_no_request_lands_inside_the_window(tmp_path: Path) -> None:
    state = FakeScholar(load("reference.json"), throttle_first={"s2": (1, 1)})
    with serve(state) as base:
        answers, stats = resolve(queries()[:1], settings(base, tmp_path))
    s2 = state.by("s2")
    assert len(s2) == 2 and s2[1].at - s2[0].at >= 1.0
    assert answers[0].verdict == "found" and stats.throttled == {"s2": 1}


def test_no_network_says_so_and_leaves_every_entry_unknown(tmp_path: Path) -> None:
    with serve(FakeScholar([])) as base:
        dead = base  # the server stops when the block ends: nothing listens on the port any more
    answers, stats = resolve(queries(), settings(dead, tmp_path, retries=0))
    assert stats.offline
    assert {a.verdict for a in answers} == {"unknown", "skipped"}
    assert not json.loads((tmp_path / ".awesomelint-cache.json").read_text())["papers"]


def test_s2_year_of_the_preprint_does_not_hide_the_venue_year(tmp_path: Path) -> None:
    conure = {"title": "One Person, One Model, One World: Learning Continual User Representation without Forgetting",
              "arxiv": "2009.13724", "arxiv_year": 2020, "s2_year": 2020, "venue": "SIGIR", "year": 2021,
              "type": "conference"}
    with serve(FakeScholar([conure])) as base:
        answers, _ = resolve([Query("arxiv:2009.13724", conure["title"])], settings(base, tmp_path))
    record = answers[0].record
    assert record is not None and record.year == 2021 and set(record.years) == {2020, 2021}
    assert record.venue == "SIGIR" and record.arxiv_year == 2020
