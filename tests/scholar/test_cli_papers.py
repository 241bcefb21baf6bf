"""``awesomelint --check-papers`` end to end: the CLI, the fake scholarly API on 127.0.0.1, the rules,
the JSON report, the cache, and what happens without a network."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from awesomelint.cli import main
from awesomelint.scholar.settings import ENDPOINTS, from_mapping
from tests.scholar.fakeapi import FakeScholar, load, serve

pytestmark = pytest.mark.network_local
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
REFERENCE = SHARED / "corpus" / "archersama__awesome-recommend-system-pretraining-papers.md"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the default cache file is beside the config, or in the working folder


def reference(tmp_path: Path) -> Path:
    if not REFERENCE.is_file():
        if os.environ.get("AWESOMELINT_REQUIRE_SHARED"):
            pytest.fail(f"{REFERENCE} is missing")
        pytest.skip(f"the shared corpus is not beside the repository ({REFERENCE})")
    target = tmp_path / "README.md"
    shutil.copyfile(REFERENCE, target)
    return target


def run(args: list[str], base: str | None) -> tuple[int, str, str]:
    env = {"AWESOMELINT_SCHOLAR_BASE": base or "", "AWESOMELINT_SCHOLAR_RATE_SCALE": "0.01",
           "S2_API_KEY": "", "OPENALEX_API_KEY": "", "AWESOMELINT_MAILTO": ""}
    result = CliRunner().invoke(main, args, env=env)
    return result.exit_code, result.stdout, result.stderr


def test_reference_list_finds_the_link_slip_and_a_published_preprint(tmp_path: Path) -> None:
    readme = reference(tmp_path)
    state = FakeScholar(load("reference.json"))
    with serve(state) as base:
        code, out, err = run(["--check-papers", "--allow-private", "--format", "json", str(readme)], base)
    assert code == 1, err
    report = json.loads(out)
    found = {(f["rule"], f["line"]): f for f in report["findings"] if f["rule"].startswith("AL24")}
    lines = readme.read_text().splitlines()
    slip = found[("AL241", 48)]
    assert slip["severity"] == "error" and "Parameter-Efficient Transfer" in slip["message"]
    assert lines[47][slip["column"] - 1 : slip["end_column"] - 1] == "[[paper]](https://arxiv.org/pdf/2001.04253.pdf)"
    assert ("AL241", 43) not in found  # the same link is right where it was first used
    assert ("AL242", 48) not in found and ("AL240", 48) not in found  # a wrong record judges nothing else
    survey = found[("AL240", 15)]
    assert survey["severity"] == "info" and "TKDE 2023" in survey["message"]
    assert lines[14][survey["column"] - 1 : survey["end_column"] - 1] == "arxiv 2022"
    assert "ECIR 2024" in found[("AL240", 73)]["message"]
    assert "WSDM 2019" in found[("AL242", 32)]["message"]
    assert not [k for k in found if k[0] in ("AL243", "AL244")]
    papers = {p["line"]: p for p in report["papers"]}
    assert papers[48] == {"path": "README.md", "line": 48, "title": "One Person, One Model, One World: Learning "
                          "Continual User Representation without Forgetting", "ids": ["arxiv:2001.04253"],
                          "resolved_by": "arxiv:2001.04253", "verdict": "found",
                          "record": {"title": "Parameter-Efficient Transfer from Sequential Behaviors for User "
                                     "Modeling and Recommendation", "venue": "SIGIR", "year": 2020,
                                     "doi": "10.1145/3397271.3401156", "arxiv": "2001.04253"}}
    assert state.violations == {}


def test_second_run_makes_no_request_and_finds_the_same(tmp_path: Path) -> None:
    readme = reference(tmp_path)
    state = FakeScholar(load("reference.json"))
    args = ["--check-papers", "--allow-private", "--format", "json", str(readme)]
    with serve(state) as base:
        _, first, _ = run(args, base)
        sent = len(state.log)
        _, second, _ = run(args, base)
    assert sent > 0 and len(state.log) == sent
    assert json.loads(first)["findings"] == json.loads(second)["findings"]
    assert "papers" in json.loads((tmp_path / ".awesomelint-cache.json").read_text())


def test_the_unsafe_fix_rewrites_the_venue_year_in_the_lists_form(tmp_path: Path) -> None:
    readme = reference(tmp_path)
    with serve(FakeScholar(load("reference.json"))) as base:
        code, _, err = run(["--check-papers", "--allow-private", "--no-cache", "--fix", "--unsafe-fixes",
                            "--select", "AL240", str(readme)], base)
    assert code == 0, err  # every AL240 finding was fixed
    lines = readme.read_text().splitlines()
    assert lines[14].endswith("A Survey ,TKDE 2023, [[paper]](https://arxiv.org/pdf/2203.15876.pdf)"), err
    assert ", ECIR 2024, [[paper]](http://arxiv.org/abs/2305.08845v1)" in lines[72]
    assert ", arxiv 2023, [[paper]](https://arxiv.org/abs/2304.03879)" in lines[28]  # still a preprint


def test_without_network_says_so_once_and_exits_2_only_when_strict(tmp_path: Path) -> None:
    readme = reference(tmp_path)
    with serve(FakeScholar([])) as base:
        dead = base
    code, _, err = run(["--check-papers", "--allow-private", "--no-cache", "--select", "AL24", str(readme)], dead)
    assert code == 0 and err.count("papers: no network") == 1
    code, _, err = run(["--strict-papers", "--allow-private", "--no-cache", "--select", "AL24", str(readme)], dead)
    assert code == 2 and err.count("papers: no network") == 1


def test_offline_by_default_and_config_turns_it_on(tmp_path: Path) -> None:
    readme = reference(tmp_path)
    state = FakeScholar(load("reference.json"))
    with serve(state) as base:
        _, out, _ = run(["--allow-private", "--format", "json", str(readme)], base)
        assert "papers" not in json.loads(out) and state.log == []
        (tmp_path / ".awesomelint.toml").write_text('check-papers = true\n[papers]\nmailto = "me@example.org"\n')
        code, out, _ = run(["--allow-private", "--format", "json", str(readme)], base)
    assert code == 1 and any(f["rule"] == "AL241" for f in json.loads(out)["findings"])
    assert state.log and all("mailto:me@example.org" in r.headers["User-Agent"] for r in state.log)


def test_the_base_url_override_needs_allow_private(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWESOMELINT_SCHOLAR_BASE", "http://127.0.0.1:9")
    assert from_mapping({}, source="t").endpoints == ENDPOINTS
    assert from_mapping({}, source="t", allow_private=True).endpoints["s2"] == "http://127.0.0.1:9/s2/graph/v1"


def test_a_bad_papers_table_is_a_usage_error(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# Papers\n")
    (tmp_path / ".awesomelint.toml").write_text('[papers]\nmailto = "nobody"\n')
    code, _, err = run([str(readme)], None)
    assert code == 2 and "[papers]: mailto = 'nobody' must be an e-mail address" in err


def test_paper_fixes_land_on_their_own_entries_when_other_fixes_move_lines(tmp_path: Path) -> None:
    readme = reference(tmp_path)
    with serve(FakeScholar(load("reference.json"))) as base:
        code, out, err = run(["--check-papers", "--allow-private", "--no-cache", "--fix", "--unsafe-fixes",
                              "--format", "json", str(readme)], base)
    assert code in (0, 1), err
    text = readme.read_text()
    lines = text.splitlines()
    slips = [f["line"] for f in json.loads(out)["findings"] if f["rule"] == "AL241"]
    assert [lines[n - 1][2:16] for n in slips] == ["One Person, On"]  # the report is about the fixed file
    assert "Mutual Information Maximization, CIKM 2020" in text  # AL200 joined the entry: later lines moved up
    by_title = {line.split(",")[0].lstrip("-+ "): line for line in text.splitlines() if line.startswith(("-", "+"))}
    assert "TKDE 2023" in by_title["Self-Supervised Learning for Recommender Systems: A Survey"]
    assert "ECIR 2024" in by_title["Large Language Models are Zero-Shot Rankers for Recommender Systems"]
    assert "arxiv 2023" in by_title["Generative Recommendation: Towards Next-generation Recommender Paradigm"].lower()
    assert text.count("TKDE 2023") == 1 and text.count("ECIR 2024") == 1


def test_a_source_that_keeps_failing_is_reported_once_and_fails_only_when_strict(tmp_path: Path) -> None:
    readme = reference(tmp_path)
    state = FakeScholar(load("reference.json"), throttle_first={"s2": (100, 0)})  # S2 answers 429 throughout
    with serve(state) as base:
        args = ["--allow-private", "--no-cache", "--select", "AL24", str(readme)]
        code, _, err = run(["--check-papers", *args], base)
        # arXiv still answers for its ids: the link slip is found without Semantic Scholar
        assert code == 1 and err.count("paper entries got no answer (s2: HTTP 429 after 3 attempts)") == 1, err
        code, _, err = run(["--strict-papers", *args], base)
    assert code == 2 and err.count("got no answer") == 1
    assert len(state.by("s2")) == 6  # three attempts per run, then the entries are left unknown


def test_sources_can_be_narrowed_in_the_config(tmp_path: Path) -> None:
    readme = reference(tmp_path)
    (tmp_path / ".awesomelint.toml").write_text('[papers]\nsources = ["s2", "arxiv"]\n')
    state = FakeScholar(load("reference.json"))
    with serve(state) as base:
        code, out, _ = run(["--check-papers", "--allow-private", "--no-cache", "--format", "json", str(readme)], base)
    assert {r.api for r in state.log} == {"s2", "arxiv"}
    assert code == 1 and any(f["rule"] == "AL241" for f in json.loads(out)["findings"])
