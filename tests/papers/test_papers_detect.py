"""Profile detection: paper lists get ``papers`` (before the awesome check), with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesomelint.parse.parser import parse
from awesomelint.profiles import detect_profile, detectors
from tests.conftest import CORPUS, SHARED, require_shared
from tests.papers.helpers import doc_of

PAPERS = "\n".join(f"- Paper Number {n}: A Study, KDD 20{10 + n}, [[paper]](https://arxiv.org/abs/{10 + n}01.0000{n})"
                   for n in range(6))


def test_detector_is_tried_first() -> None:
    names = [name for name, _ in detectors()]
    assert names[0] == "papers" and names.count("papers") == 1


def test_a_paper_list_called_awesome_is_a_paper_list() -> None:
    profile, reason = detect_profile(doc_of("# Awesome Papers\n\n" + PAPERS + "\n"))
    assert profile == "papers"
    assert reason.startswith("6 of 6 entries look like papers")


def test_an_awesome_list_is_not_a_paper_list() -> None:
    tools = "\n".join(f"- [Tool {n}](https://github.com/acme/tool{n}) - Does thing {n}. [Source Code](https://x.org/{n})"
                      for n in range(8))
    assert detect_profile(doc_of("# Awesome Tools\n\n" + tools + "\n"))[0] == "awesome"


def test_too_few_papers_is_not_a_paper_list() -> None:
    assert detect_profile(doc_of("# Reading\n\n" + PAPERS.split("\n")[0] + "\n"))[0] == "plain"


@pytest.mark.parametrize(("name", "profile"), [
    ("archersama__awesome-recommend-system-pretraining-papers.md", "papers"),
    ("CHIANGEL__Awesome-LLM-for-RecSys.md", "papers"),
    ("hee9joon__Awesome-Diffusion-Models.md", "papers"),
    ("floodsung__Deep-Learning-Papers-Reading-Roadmap.md", "papers"),
    ("Hannibal046__Awesome-LLM.md", "awesome"),  # mostly `[Name](url) - description` items
    ("avelino__awesome-go.md", "awesome"),
    ("awesome-selfhosted__awesome-selfhosted.md", "awesome"),
])
def test_corpus_profiles(name: str, profile: str) -> None:
    require_shared()
    path = CORPUS / name
    assert detect_profile(parse(path.read_text(encoding="utf-8"), Path(name)))[0] == profile


@pytest.mark.slow
def test_paper_lists_of_both_corpora_are_detected_by_content() -> None:
    """Issue 10: whatever the title ('Awesome ...', none, Chinese), paper lists get papers; awesome lists do not."""
    require_shared()
    from tests.papers.coverage import paper_lists

    names = paper_lists()
    detected = {name: detect_profile(parse((SHARED / name).read_text(encoding="utf-8"), Path(name)))
                for name in names}
    missed = {name: reason for name, (profile, reason) in detected.items() if profile != "papers"}
    assert set(missed) <= {"corpus/Hannibal046__Awesome-LLM.md"}, missed  # tools with one paper section
    for profile, reason in detected.values():
        assert profile != "papers" or " of " in reason  # --explain-profile gives the counts
