"""Each API's documented response shape becomes records; requests carry the etiquette (responses)."""

from __future__ import annotations

import json
import socket

import pytest
import responses

from awesomelint.links import safety
from awesomelint.scholar.client import Client, Unavailable
from awesomelint.scholar.settings import PaperSettings
from awesomelint.scholar.sources import arxiv, crossref, dblp, openalex, s2

ATOM = b"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
<entry><id>http://arxiv.org/abs/2001.04253v4</id><published>2020-01-13T10:00:00Z</published>
<title>Parameter-Efficient Transfer from Sequential Behaviors
  for User Modeling and Recommendation</title><summary>We ...</summary>
<arxiv:journal_ref>SIGIR 2020</arxiv:journal_ref><arxiv:doi>10.1145/3397271.3401156</arxiv:doi></entry>
<entry><id>http://arxiv.org/abs/1511.00001v2</id><published>2015-11-01T00:00:00Z</published>
<title>A Withdrawn Idea</title><summary>This paper has been withdrawn by the author due to an error.</summary>
<arxiv:comment>This paper has been withdrawn</arxiv:comment></entry>
</feed>"""


@pytest.fixture(autouse=True)
def no_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """The private-address guard resolves each API host; here the hosts are mocked (responses), so a name
    resolves to nothing, as offline: no DNS query leaves the machine and no test waits on a resolver."""
    def offline(host: object, *args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_NONAME, f"{host}: not resolved in tests")

    monkeypatch.setattr(safety.socket, "getaddrinfo", offline)


def client(**kwargs: object) -> Client:
    settings = PaperSettings(intervals={}, retries=1, **kwargs)  # type: ignore[arg-type]
    return Client(settings, sleep=lambda s: None)


@responses.activate
def test_arxiv_batches_ids_in_one_request_and_reads_title_year_journal_ref_and_withdrawal() -> None:
    responses.get("https://export.arxiv.org/api/query", body=ATOM, content_type="application/atom+xml")
    found = arxiv.fetch(client(), ["2001.04253", "1511.00001", "2401.99999"])
    assert len(responses.calls) == 1
    assert "id_list=2001.04253%2C1511.00001%2C2401.99999" in responses.calls[0].request.url
    peter = found["2001.04253"]
    assert peter is not None and peter.title.startswith("Parameter-Efficient Transfer from Sequential Behaviors for")
    assert (peter.arxiv_year, peter.year, peter.doi, peter.venues) == (2020, 2020, "10.1145/3397271.3401156",
                                                                       ("SIGIR 2020",))
    withdrawn = found["1511.00001"]
    assert withdrawn is not None and withdrawn.withdrawn
    assert found["2401.99999"] is None


@responses.activate
def test_s2_batch_posts_prefixed_ids_with_the_api_key_and_maps_nulls_to_unknown() -> None:
    paper = {"paperId": "abc", "title": "BERT4Rec: Sequential Recommendation with Bidirectional Encoder "
             "Representations from Transformer", "venue": "International Conference on Information and Knowledge "
             "Management", "year": 2019, "externalIds": {"ArXiv": "1904.06690", "DOI": "10.1145/3357384.3357895"},
             "publicationVenue": {"id": "x", "name": "International Conference on Information and Knowledge "
                                  "Management", "type": "conference", "alternate_names": ["CIKM"]}}
    responses.post("https://api.semanticscholar.org/graph/v1/paper/batch", json=[paper, None])
    found = s2.fetch(client(s2_api_key="secret"), ["arxiv:1904.06690", "doi:10.1/unknown"])
    request = responses.calls[0].request
    assert json.loads(request.body) == {"ids": ["ARXIV:1904.06690", "DOI:10.1/unknown"]}
    assert request.headers["x-api-key"] == "secret"
    assert "fields=title%2Cvenue%2CpublicationVenue%2Cyear%2CpublicationDate%2CexternalIds" in request.url
    record = found["arxiv:1904.06690"]
    assert record is not None and record.peer_reviewed and "CIKM" in record.venues and record.year == 2019
    assert found["doi:10.1/unknown"] is None


@responses.activate
def test_crossref_finds_retraction_notices_for_many_dois_in_one_request_with_mailto() -> None:
    notice = {"DOI": "10.9/r1", "update-to": [{"DOI": "10.1/bad", "type": "retraction", "label": "Retraction"}]}
    fix = {"DOI": "10.9/c1", "update-to": [{"DOI": "10.1/ok", "type": "correction", "label": "Correction"}]}
    responses.get("https://api.crossref.org/works", json={"status": "ok", "message": {"items": [notice, fix]}})
    assert crossref.retracted(client(mailto="me@example.org"), ["10.1/bad", "10.1/ok"]) == {"10.1/bad": "retraction"}
    url = responses.calls[0].request.url
    assert "filter=updates%3A10.1%2Fbad%2Cupdates%3A10.1%2Fok" in url and "mailto=me%40example.org" in url
    assert "mailto:me@example.org" in responses.calls[0].request.headers["User-Agent"]


@responses.activate
def test_crossref_work_record_reads_title_subtitle_container_and_years() -> None:
    item = {"DOI": "10.1145/3460231.3474255", "type": "proceedings-article", "title": ["Transformers4Rec"],
            "subtitle": ["Bridging the Gap between NLP and Sequential / Session-Based Recommendation"],
            "container-title": ["Fifteenth ACM Conference on Recommender Systems"],
            "issued": {"date-parts": [[2021, 9, 13]]}}
    responses.get("https://api.crossref.org/works", json={"status": "ok", "message": {"items": [item]}})
    record = crossref.works(client(), ["10.1145/3460231.3474255"])["10.1145/3460231.3474255"]
    assert record is not None and record.peer_reviewed and record.year == 2021
    assert record.title == ("Transformers4Rec: Bridging the Gap between NLP and Sequential / Session-Based "
                            "Recommendation")


@responses.activate
def test_openalex_ors_dois_and_titles_in_one_filter_and_matches_results_back() -> None:
    work = {"id": "W1", "doi": "https://doi.org/10.1145/3397271.3401156", "title": "Parameter-Efficient Transfer from "
            "Sequential Behaviors for User Modeling and Recommendation", "publication_year": 2020,
            "is_retracted": True, "primary_location": {"source": {"display_name": "SIGIR", "type": "conference"}},
            "locations": [{"landing_page_url": "http://arxiv.org/abs/2001.04253v2",
                           "source": {"display_name": "arXiv (Cornell University)", "type": "repository"}}]}
    responses.get("https://api.openalex.org/works", json={"meta": {}, "results": [work]})
    by_doi = openalex.by_doi(client(), ["10.1145/3397271.3401156", "10.48550/arxiv.2001.04253", "10.1/none"])
    assert "filter=doi%3Ahttps%3A%2F%2Fdoi.org%2F10.1145%2F3397271.3401156%7C" in responses.calls[0].request.url
    assert by_doi["10.48550/arxiv.2001.04253"] is by_doi["10.1145/3397271.3401156"] is not None
    assert by_doi["10.1/none"] is None
    record = by_doi["10.1145/3397271.3401156"]
    assert record is not None and record.retracted and record.peer_reviewed and record.arxiv == "2001.04253"
    titles = openalex.by_titles(client(), {"a": "Parameter-efficient transfer from sequential behaviors for user "
                                                "modeling and recommendation", "b": "Something Else Entirely Here"})
    assert len(responses.calls) == 2 and "title.search%3A" in responses.calls[1].request.url
    assert titles["a"] is not None and titles["b"] is None


@responses.activate
def test_dblp_merges_the_conference_and_corr_hits_of_one_title() -> None:
    hits = [{"info": {"title": "Self-supervised Graph Learning for Recommendation.", "venue": "SIGIR", "year": "2021",
                      "type": "Conference and Workshop Papers", "doi": "10.1145/3404835.3462862"}},
            {"info": {"title": "Self-supervised Graph Learning for Recommendation.", "venue": "CoRR", "year": "2020",
                      "type": "Informal and Other Publications", "ee": "https://arxiv.org/abs/2010.10783"}},
            {"info": {"title": "Self-supervised Hypergraph Learning for Recommendation.", "venue": "KDD",
                      "year": "2022", "type": "Conference and Workshop Papers"}}]
    responses.get("https://dblp.org/search/publ/api", json={"result": {"hits": {"@total": "3", "hit": hits}}})
    record = dblp.by_title(client(), "Self-Supervised Graph Learning for Recommendation")
    assert "format=json" in responses.calls[0].request.url
    assert record is not None and record.venues == ("SIGIR",) and record.years == (2021,)
    assert record.arxiv == "2010.10783" and record.peer_reviewed


@responses.activate
def test_a_429_is_retried_after_its_retry_after_and_a_persisting_5xx_is_unavailable() -> None:
    waits: list[float] = []
    c = Client(PaperSettings(intervals={"dblp": 1.0}, retries=2), sleep=waits.append)
    url = "https://dblp.org/search/publ/api"
    responses.get(url, status=429, headers={"Retry-After": "7"})
    responses.get(url, json={"result": {"hits": {"@total": "0"}}})
    assert dblp.by_title(c, "Some Paper Title Here") is None
    assert len(responses.calls) == 2 and waits and max(waits) > 6.9
    assert c.throttled["dblp"] == 1
    responses.reset()
    responses.get(url, status=503)
    with pytest.raises(Unavailable, match="HTTP 503"):
        dblp.by_title(c, "Some Paper Title Here")
    assert len(responses.calls) == 3  # retries = 2


def test_a_request_to_a_private_address_is_refused_without_allow_private() -> None:
    c = Client(PaperSettings().with_base("http://127.0.0.1:9"), sleep=lambda s: None)
    with pytest.raises(Unavailable, match="private address refused"):
        dblp.by_title(c, "Any Title At All")
    assert c.requests["dblp"] == 0


@responses.activate
def test_clients_sharing_gates_keep_one_pace_per_api() -> None:
    from awesomelint.scholar.client import Gate

    now = [100.0]
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    gates: dict[str, Gate] = {}
    settings = PaperSettings(intervals={"dblp": 1.0}, retries=0)
    first = Client(settings, clock=lambda: now[0], sleep=sleep, gates=gates)
    second = Client(PaperSettings(intervals={"dblp": 1.0}, retries=0, mailto="a@b.org"), clock=lambda: now[0],
                    sleep=sleep, gates=gates)
    responses.get("https://dblp.org/search/publ/api", json={"result": {"hits": {"@total": "0"}}})
    dblp.by_title(first, "A Title Of Some Length")
    dblp.by_title(second, "Another Title Of Some Length")
    assert waits == [pytest.approx(1.05)]  # the documented interval and the 5 % margin


@responses.activate
def test_an_arxiv_error_feed_or_garbage_is_no_answer_not_a_missing_paper() -> None:
    error = (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/api/errors#incorrect_id_format'
             b'</id><title>Error</title><summary>incorrect id format for 1234</summary></entry></feed>')
    responses.get("https://export.arxiv.org/api/query", body=error)
    with pytest.raises(Unavailable, match="incorrect id format"):
        arxiv.fetch(client(), ["2001.04253"])
    responses.reset()
    responses.get("https://export.arxiv.org/api/query", body=b"<html>busy</html")
    with pytest.raises(Unavailable, match="unreadable Atom"):
        arxiv.fetch(client(), ["2001.04253"])


def test_a_crossref_record_updated_by_a_retraction_is_retracted() -> None:
    item = {"DOI": "10.1/x", "type": "journal-article", "title": ["T"], "container-title": ["J"],
            "issued": {"date-parts": [[2020]]}, "updated-by": [{"DOI": "10.1/r", "type": "retraction"}]}
    record = crossref.record(item)
    assert record is not None and record.retracted and record.years == (2020,)
    assert crossref.record({"DOI": "10.1/y", "title": []}) is None


def test_dblp_key_names_the_venue_of_a_workshop_paper() -> None:
    record = dblp.merge_hits([{"title": "A Paper.", "venue": "DLP-KDD", "year": "2022", "key": "conf/kdd/Doe22",
                               "type": "Conference and Workshop Papers"}])
    assert record.venues == ("DLP-KDD", "kdd") and record.peer_reviewed
    corr = dblp.merge_hits([{"title": "A Paper.", "venue": "CoRR", "year": "2021", "key": "journals/corr/abs-2101-1",
                             "type": "Informal and Other Publications"}])
    assert corr.venues == ("CoRR",) and not corr.peer_reviewed


@responses.activate
@pytest.mark.parametrize("answer", [[], {"results": {"a": 1}}, {"message": None}, "text", {"results": None}])
def test_an_answer_of_the_wrong_shape_is_unavailable_never_not_found(answer: object) -> None:
    """An odd answer must read as "could not check" (no finding), not as "no such paper" (AL245)."""
    responses.get("https://api.openalex.org/works", json=answer)
    responses.get("https://api.crossref.org/works", json=answer)
    c = client()
    with pytest.raises(Unavailable, match="openalex: unexpected answer"):
        openalex.by_doi(c, ["10.1000/x"])
    with pytest.raises(Unavailable, match="crossref: unexpected answer"):
        crossref.retracted(c, ["10.1000/x"])
