#!/usr/bin/env python3
"""``--check-papers`` on the fake scholarly API: requests, requests per paper, wall time, rate-limit
violations, and whether a second run makes any request.

    python bench/papers.py [--scale 0.05] [--latency-ms 50] [--unknown 0.1] [FILE ...]

Lists: the 20 paper lists of ../shared/corpus-wide/ (MANIFEST kind "papers") and the reference list
../shared/corpus/archersama__awesome-recommend-system-pretraining-papers.md, or the FILEs given.
The fake API (tests/scholar/fakeapi.py, on 127.0.0.1 only) knows a synthetic record for every paper
entry (its title, its arXiv id and DOI when it links one), except a fraction ``--unknown`` that
OpenAlex does not know (so DBLP is asked too). It answers after ``--latency-ms`` and counts a
violation for each request that starts sooner after the previous one to the same API than that
API's documented interval (arXiv 3 s, Semantic Scholar 1 s, OpenAlex 0.1 s, Crossref 0.2 s, DBLP
1 s), all multiplied by ``--scale``: the client runs with the same scaled intervals, so ``--scale 1``
is the real rates (minutes), and the default 0.05 keeps a run short enough to run by hand.
One client (one set of rate gates) serves every list, as in one CLI run over many files.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SHARED = REPO.parent / "shared"
REFERENCE = SHARED / "corpus" / "archersama__awesome-recommend-system-pretraining-papers.md"

from tests.scholar.fakeapi import FakeScholar, serve  # noqa: E402

from awesomelint.papers import papers  # noqa: E402
from awesomelint.papers.identifiers import identifiers  # noqa: E402
from awesomelint.parse.parser import parse  # noqa: E402
from awesomelint.scholar.client import Client  # noqa: E402
from awesomelint.scholar.provider import check_documents  # noqa: E402
from awesomelint.scholar.settings import INTERVALS, PaperSettings  # noqa: E402

VENUES = ["KDD", "SIGIR", "CIKM", "WSDM", "NeurIPS", "ICLR", "ICML", "ACL", "CVPR", "AAAI"]


def paper_lists() -> list[Path]:
    with (SHARED / "corpus-wide" / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    found = [SHARED / "corpus-wide" / (r["repo"].replace("/", "__") + ".md") for r in rows if r["kind"] == "papers"]
    return [*found, REFERENCE]


def records(docs: list[Any], unknown: float, rng: random.Random) -> list[dict[str, Any]]:
    """A synthetic record for every paper entry: its own title, identifiers, and a venue for half."""
    out: dict[str, dict[str, Any]] = {}
    for doc in docs:
        for paper in papers(doc):
            if not paper.looks_like_paper or paper.title is None:
                continue
            ids = {i.kind: i.value for i in identifiers(paper)}
            key = ids.get("arxiv") or ids.get("doi") or paper.title.text
            year = paper.year or 2020
            published = rng.random() < 0.5
            record: dict[str, Any] = {"title": paper.title.text, "arxiv_year": year, "year": year,
                                      "type": "conference" if published or "doi" in ids else "preprint"}
            if "arxiv" in ids:
                record["arxiv"] = ids["arxiv"]
            if "doi" in ids:
                record["doi"] = ids["doi"]
            if "acl" in ids:
                record["acl"] = ids["acl"]
            if record["type"] == "conference":
                record["venue"] = rng.choice(VENUES)
            if not ids and rng.random() < unknown:
                record["unknown_to"] = ["openalex"]
            out.setdefault(key, record)
    return list(out.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--scale", type=float, default=0.05, help="multiply every rate-limit interval [0.05]")
    parser.add_argument("--latency-ms", type=float, default=50.0, help="the fake API's answer latency [50]")
    parser.add_argument("--unknown", type=float, default=0.1, help="title-only papers OpenAlex lacks [0.1]")
    args = parser.parse_args()
    files = args.files or paper_lists()
    missing = [f for f in files if not f.is_file()]
    if missing:
        raise SystemExit(f"bench: missing {missing[0]} (../shared must be beside the repository)")
    docs = [parse(f.read_text(encoding="utf-8"), f) for f in files]
    limits = {k: v * args.scale for k, v in INTERVALS.items()}
    state = FakeScholar(records(docs, args.unknown, random.Random(7)), intervals=limits,
                        latency=args.latency_ms / 1000)
    rows = []
    with serve(state) as base, tempfile.TemporaryDirectory() as scratch:
        settings = PaperSettings(allow_private=True, cache=Path(scratch) / "cache.json").with_base(base)
        settings = settings.scaled(args.scale)
        client = Client(settings)
        for run in (1, 2):
            for path, doc in zip(files, docs, strict=True):
                before, started = len(state.log), time.perf_counter()
                checked = check_documents([doc], settings, client=client)
                elapsed = time.perf_counter() - started
                checks = list(checked.facts[doc.path.as_posix()].checks.values())
                with_id = sum(1 for c in checks if any(k.split(":")[0] in ("arxiv", "doi", "acl", "s2") for k in c.ids))
                sent = len(state.log) - before
                rows.append((run, path.stem.split("__")[-1][:34], len(checks), with_id, sent, elapsed,
                             sum(1 for c in checks if c.verdict == "found")))
    print(f"fake API latency {args.latency_ms:g} ms, intervals x{args.scale:g}: "
          + ", ".join(f"{k} {v:.3g} s" for k, v in limits.items()))
    print(f"{'run':>3} {'list':<34} {'papers':>6} {'w/ id':>6} {'found':>6} {'requests':>8} {'req/paper':>9} {'s':>6}")
    for run, name, count, with_id, sent, elapsed, found in rows:
        per = sent / count if count else 0.0
        print(f"{run:>3} {name:<34} {count:>6} {with_id:>6} {found:>6} {sent:>8} {per:>9.3f} {elapsed:>6.2f}")
    for run in (1, 2):
        mine = [r for r in rows if r[0] == run]
        count, sent, wall = sum(r[2] for r in mine), sum(r[4] for r in mine), sum(r[5] for r in mine)
        mostly = [r for r in mine if r[2] and r[3] / r[2] > 0.5]
        m_count, m_sent = sum(r[2] for r in mostly), sum(r[4] for r in mostly)
        print(f"run {run}: {sent} requests for {count} paper entries ({sent / max(1, count):.3f}/paper), "
              f"{wall:.1f} s; lists where most entries carry an id: {m_sent} requests for {m_count} entries "
              f"({m_sent / max(1, m_count):.3f}/paper)")
    by_api: dict[str, int] = {}
    for request in state.log:
        by_api[request.api] = by_api.get(request.api, 0) + 1
    print("requests by API:", ", ".join(f"{k} {v}" for k, v in sorted(by_api.items())))
    print("rate-limit violations:", dict(state.violations) or 0)
    return 0 if not state.violations else 1


if __name__ == "__main__":
    sys.exit(main())
