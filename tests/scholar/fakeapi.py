"""A fake scholarly API on 127.0.0.1: arXiv (Atom), Semantic Scholar, Crossref, OpenAlex and DBLP,
each under its own path prefix, answering in the documented response shapes from one list of papers.

A paper is a dict: ``title``, ``arxiv``, ``arxiv_year``, ``doi``, ``acl``, ``venue`` (short name, e.g.
"SIGIR"), ``venue_full``, ``year``, ``type`` (conference/journal/preprint), ``withdrawn``,
``retracted``, ``journal_ref``, ``unknown_to`` (APIs that do not know it). The server records every
request (api, time, path, headers), counts rate-limit violations against ``intervals`` (seconds
between request starts per API), can add latency, and can answer the first requests to an API with
429 and a Retry-After.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit
from xml.sax.saxutils import escape

from awesomelint.papers.titles import normalise

FIXTURES = Path(__file__).parent / "fixtures"
PREFIXES = ("arxiv", "s2", "crossref", "openalex", "dblp")


@dataclass
class Request:
    api: str
    at: float
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any = None


@dataclass
class FakeScholar:
    papers: list[dict[str, Any]]
    intervals: Mapping[str, float] = field(default_factory=dict)  # documented limits to check
    latency: float = 0.0
    throttle_first: Mapping[str, tuple[int, int]] = field(default_factory=dict)  # api -> (count, retry_after)
    log: list[Request] = field(default_factory=list)
    violations: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _words: dict[str, set[str]] = field(default_factory=dict)  # title -> its normalised words

    def by(self, api: str) -> list[Request]:
        return [r for r in self.log if r.api == api]

    def known(self, api: str) -> list[dict[str, Any]]:
        return [p for p in self.papers if api not in p.get("unknown_to", ())]

    def find(self, api: str, kind: str, value: str) -> dict[str, Any] | None:
        value = value.lower()
        for paper in self.known(api):
            if kind == "arxiv" and str(paper.get("arxiv", "")).lower() == value:
                return paper
            if kind == "doi" and (str(paper.get("doi", "")).lower() == value
                                  or (paper.get("arxiv") and value == f"10.48550/arxiv.{paper['arxiv']}".lower())):
                return paper
            if kind == "acl" and str(paper.get("acl", "")).lower() == value:
                return paper
        return None

    def search(self, api: str, query: str, limit: int = 5) -> list[dict[str, Any]]:
        words = set(normalise(query).split())
        scored = []
        for paper in self.known(api):
            mine = self._words.get(paper["title"])
            if mine is None:
                mine = self._words[paper["title"]] = set(normalise(paper["title"]).split())
            overlap = len(words & mine) / max(1, len(words | mine))
            if overlap >= 0.5:
                scored.append((overlap, paper))
        return [p for _, p in sorted(scored, key=lambda x: -x[0])[:limit]]


def load(name: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    return data


def published(paper: Mapping[str, Any]) -> bool:
    return paper.get("type", "preprint") != "preprint" and bool(paper.get("venue"))


def _year(paper: Mapping[str, Any]) -> int | None:
    return paper.get("year") if published(paper) else paper.get("arxiv_year", paper.get("year"))


# --- the documented shapes ------------------------------------------------------------------------

def arxiv_feed(state: FakeScholar, ids: list[str]) -> str:
    entries = []
    for ident in ids:
        paper = state.find("arxiv", "arxiv", re.sub(r"v\d+$", "", ident))
        if paper is None:
            continue
        year = paper.get("arxiv_year") or paper.get("year")
        withdrawn = paper.get("withdrawn")
        summary = "This paper has been withdrawn by the author." if withdrawn else f"Abstract of {paper['title']}."
        extra = ""
        if withdrawn:
            extra += "<arxiv:comment>This paper has been withdrawn by the authors</arxiv:comment>"
        if paper.get("journal_ref"):
            extra += f"<arxiv:journal_ref>{escape(paper['journal_ref'])}</arxiv:journal_ref>"
        if paper.get("doi") and paper.get("doi_on_arxiv"):
            extra += f"<arxiv:doi>{escape(paper['doi'])}</arxiv:doi>"
        title = paper.get("arxiv_title", paper["title"])
        entries.append(f"""<entry>
<id>http://arxiv.org/abs/{paper['arxiv']}v2</id>
<updated>{year}-06-01T00:00:00Z</updated><published>{year}-01-15T00:00:00Z</published>
<title>{escape(title)}</title><summary>{escape(summary)}</summary>
<author><name>A. Author</name></author>{extra}
<link href="http://arxiv.org/abs/{paper['arxiv']}v2" rel="alternate" type="text/html"/>
<arxiv:primary_category term="cs.IR" scheme="http://arxiv.org/schemas/atom"/>
</entry>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/"
 xmlns:arxiv="http://arxiv.org/schemas/atom">
<title type="html">ArXiv Query: id_list={','.join(ids)}</title>
<id>http://arxiv.org/api/fake</id><updated>2024-01-01T00:00:00-05:00</updated>
<opensearch:totalResults>{len(entries)}</opensearch:totalResults>
<opensearch:startIndex>0</opensearch:startIndex><opensearch:itemsPerPage>{len(ids)}</opensearch:itemsPerPage>
{''.join(entries)}
</feed>"""


def s2_paper(paper: Mapping[str, Any]) -> dict[str, Any]:
    ext: dict[str, Any] = {"CorpusId": int(hashlib.sha1(paper["title"].encode()).hexdigest()[:8], 16)}
    if paper.get("arxiv"):
        ext["ArXiv"] = paper["arxiv"]
    ext["DOI"] = paper.get("doi") or (f"10.48550/arXiv.{paper['arxiv']}" if paper.get("arxiv") else None)
    if published(paper):
        venue = paper.get("venue_full", paper["venue"])
        pv = {"id": hashlib.md5(venue.encode()).hexdigest(), "name": venue,
              "type": "journal" if paper.get("type") == "journal" else "conference",
              "alternate_names": [paper["venue"]], "url": None}
        journal = {"name": venue}
    else:
        venue, pv, journal = "arXiv.org", None, {"name": "ArXiv"}
    return {"paperId": hashlib.sha1(paper["title"].encode()).hexdigest(), "externalIds": ext,
            "title": paper["title"], "venue": venue, "publicationVenue": pv, "year": paper.get("s2_year", _year(paper)),
            "publicationDate": f"{_year(paper)}-07-01", "journal": journal,
            "publicationTypes": ["Conference"] if published(paper) else ["JournalArticle"]}


def crossref_work(paper: Mapping[str, Any]) -> dict[str, Any]:
    year = paper.get("year")
    return {"DOI": paper["doi"], "type": "journal-article" if paper.get("type") == "journal" else "proceedings-article",
            "title": [paper["title"]], "container-title": [paper.get("venue_full", paper.get("venue", ""))],
            "short-container-title": [paper.get("venue", "")], "issued": {"date-parts": [[year, 7, 1]]},
            "published-online": {"date-parts": [[year, 7, 1]]}, "publisher": "ACM", "source": "Crossref",
            "prefix": paper["doi"].split("/")[0], "member": "320", "reference-count": 0}


def crossref_notice(paper: Mapping[str, Any], n: int) -> dict[str, Any]:
    return {"DOI": f"10.9999/retraction.{n}", "type": "journal-article", "title": [f"Retraction: {paper['title']}"],
            "update-to": [{"DOI": paper["doi"], "type": "retraction", "label": "Retraction",
                           "updated": {"date-parts": [[2024, 1, 1]]}}]}


def openalex_work(paper: Mapping[str, Any]) -> dict[str, Any]:
    locations = []
    if published(paper):
        source = {"id": "https://openalex.org/S1", "display_name": paper.get("venue_full", paper["venue"]),
                  "type": "journal" if paper.get("type") == "journal" else "conference"}
        locations.append({"is_oa": False, "landing_page_url": f"https://doi.org/{paper.get('doi', '')}",
                          "source": source})
    if paper.get("arxiv"):
        source = {"id": "https://openalex.org/S4306400194", "display_name": "arXiv (Cornell University)",
                  "type": "repository"}
        locations.append({"is_oa": True, "landing_page_url": f"http://arxiv.org/abs/{paper['arxiv']}",
                          "source": source})
    doi = paper.get("doi") or (f"10.48550/arxiv.{paper['arxiv']}" if paper.get("arxiv") else None)
    return {"id": "https://openalex.org/W" + hashlib.sha1(paper["title"].encode()).hexdigest()[:10],
            "doi": f"https://doi.org/{doi}" if doi else None, "title": paper["title"], "display_name": paper["title"],
            "publication_year": _year(paper), "type": "article", "is_retracted": bool(paper.get("retracted")),
            "primary_location": locations[0] if locations else None, "locations": locations,
            "ids": {"openalex": "https://openalex.org/W1", **({"doi": f"https://doi.org/{doi}"} if doi else {})}}


def dblp_hits(paper: Mapping[str, Any]) -> list[dict[str, Any]]:
    hits = []
    key = re.sub(r"\W", "", paper["title"])[:12]
    if published(paper):
        info = {"title": paper["title"] + ".", "venue": paper["venue"], "year": str(paper["year"]),
                "type": "Journal Articles" if paper.get("type") == "journal" else "Conference and Workshop Papers",
                "key": f"conf/x/{key}", "ee": f"https://doi.org/{paper['doi']}" if paper.get("doi") else "",
                **({"doi": paper["doi"]} if paper.get("doi") else {})}
        hits.append({"@score": "9", "@id": "1", "info": info})
    if paper.get("arxiv"):
        hits.append({"@score": "8", "@id": "2", "info": {
            "title": paper["title"] + ".", "venue": "CoRR", "volume": f"abs/{paper['arxiv']}",
            "year": str(paper.get("arxiv_year", paper.get("year"))), "type": "Informal and Other Publications",
            "key": f"journals/corr/abs-{paper['arxiv']}", "ee": f"https://arxiv.org/abs/{paper['arxiv']}"}})
    return hits


# --- the server --------------------------------------------------------------------------------

class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: FakeScholar


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def _serve(self, method: str) -> None:
        state = self.server.state
        parts = urlsplit(self.path)
        api = parts.path.strip("/").split("/", 1)[0]
        query = parse_qs(parts.query)
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        now = time.monotonic()
        with state.lock:
            previous = [r.at for r in state.log if r.api == api]
            state.log.append(Request(api, now, method, parts.path, query, dict(self.headers.items()), body))
            interval = state.intervals.get(api)
            if interval and previous and now - previous[-1] < interval - 0.001:
                state.violations[api] += 1
            count, wait = state.throttle_first.get(api, (0, 0))
            throttled = len(previous) < count
        if state.latency:
            time.sleep(state.latency)
        if throttled:
            self._send(429, b'{"message": "Too Many Requests"}', "application/json", {"Retry-After": str(wait)})
            return
        try:
            status, payload, kind = self._answer(state, api, parts.path, query, body)
        except (KeyError, ValueError, TypeError) as exc:
            status, payload, kind = 400, json.dumps({"error": str(exc)}), "application/json"
        self._send(status, payload.encode(), kind)

    def _answer(self, state: FakeScholar, api: str, path: str, query: dict[str, list[str]],
                body: Any) -> tuple[int, str, str]:
        if api == "arxiv":
            ids = [i for i in query.get("id_list", [""])[0].split(",") if i]
            return 200, arxiv_feed(state, ids), "application/atom+xml"
        if api == "s2" and path.endswith("/paper/batch"):
            out = []
            for ident in body["ids"]:
                kind, _, value = ident.partition(":")
                paper = state.find("s2", kind.lower(), value) if value else None
                out.append(s2_paper(paper) if paper else None)
            return 200, json.dumps(out), "application/json"
        if api == "crossref" and path.startswith("/crossref/works"):
            rest = unquote(path[len("/crossref/works"):].strip("/"))
            if rest:
                paper = state.find("crossref", "doi", rest)
                if paper is None or not paper.get("doi"):
                    return 404, "Resource not found.", "text/plain"
                return 200, json.dumps({"status": "ok", "message-type": "work", "message": crossref_work(paper)}), \
                    "application/json"
            items = []
            for n, clause in enumerate(query.get("filter", [""])[0].split(",")):
                name, _, value = clause.partition(":")
                paper = state.find("crossref", "doi", value)
                if paper is None or not paper.get("doi") or paper["doi"].lower() != value.lower():
                    continue
                if name == "doi":
                    items.append(crossref_work(paper))
                elif name == "updates" and paper.get("retracted"):
                    items.append(crossref_notice(paper, n))
            message = {"facets": {}, "total-results": len(items), "items": items, "items-per-page": 20}
            answer = {"status": "ok", "message-type": "work-list", "message": message}
            return 200, json.dumps(answer), "application/json"
        if api == "openalex":
            flt = query.get("filter", [""])[0]
            name, _, value = flt.partition(":")
            if name == "doi":
                found = []
                for doi in value.split("|"):
                    paper = state.find("openalex", "doi", doi.removeprefix("https://doi.org/"))
                    if paper is not None and paper not in found:
                        found.append(paper)
            elif name == "title.search":  # OR-ed titles: the best matches of each
                found = []
                for title in value.split("|"):
                    found += [p for p in state.search("openalex", title, 3) if p not in found]
                found = found[: int(query.get("per-page", ["25"])[0])]
            else:
                raise ValueError(f"unsupported filter {name}")
            results = [openalex_work(p) for p in found]
            return 200, json.dumps({"meta": {"count": len(results), "page": 1, "per_page": 25},
                                    "results": results, "group_by": []}), "application/json"
        if api == "dblp" and path.endswith("/search/publ/api"):
            hits = [h for p in state.search("dblp", query["q"][0]) for h in dblp_hits(p)]
            result = {"query": query["q"][0], "status": {"@code": "200", "text": "OK"},
                      "hits": {"@total": str(len(hits)), "@computed": str(len(hits)), "@sent": str(len(hits)),
                               "@first": "0", **({"hit": hits} if hits else {})}}
            return 200, json.dumps({"result": result}), "application/json"
        return 404, "not found", "text/plain"

    def _send(self, status: int, payload: bytes, kind: str, headers: Mapping[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(payload)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(payload)


@contextmanager
def serve(state: FakeScholar) -> Iterator[str]:
    """Run the fake API in a thread; yields its base URL (``http://127.0.0.1:PORT``)."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.state = state
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
