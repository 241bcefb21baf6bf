"""A record's spelled-out venue names a known venue only when the phrase is the whole name."""

from __future__ import annotations

import re

import pytest

from awesomelint.papers.record import PaperRecord
from awesomelint.papers.venue_names import names_in, short_name
from awesomelint.papers.venues import catalog
from awesomelint.scholar.merge import merge


@pytest.mark.parametrize(("venue", "names"), [
    ("Proceedings of the 37th International Conference on Machine Learning", {"ICML"}),
    ("International Conference on Machine Learning, ICML 2020", {"ICML"}),
    ("Advances in Neural Information Processing Systems 33", {"NeurIPS"}),
    ("2023 IEEE/CVF Conference on Computer Vision and Pattern Recognition Workshops (CVPRW)", {"CVPR"}),
    ("ACM SIGKDD Conference on Knowledge Discovery and Data Mining", {"KDD"}),
    ("The Web Conference", {"WWW"}),
    # a longer name that begins with a known venue's full name is another venue
    ("2021 20th IEEE International Conference on Machine Learning and Applications (ICMLA)", set()),
    ("International Conference on Machine Learning and Cybernetics", set()),
    ("International Conference on Computer Vision Theory and Applications", set()),
])
def test_a_full_name_names_its_venue_only_as_a_whole(venue: str, names: set[str]) -> None:
    assert names_in(venue) == names


def test_an_icmla_record_is_not_called_icml() -> None:
    record = PaperRecord(title="T", venue=None, year=2021, peer_reviewed=True, sources=("crossref",),
                         venues=("2021 20th IEEE International Conference on Machine Learning and Applications",))
    merged = merge([record])
    assert merged is not None and merged.venue != "ICML"


def test_every_catalog_venue_is_read_from_its_full_name() -> None:
    """venues.toml is the one table: each venue's full name (without its note) reads as the venue."""
    missed = [(v.name, v.full) for v in catalog().venues
              if short_name([re.sub(r"\([^)]*\)", "", v.full)]) != v.name and v.name != "arXiv"]
    assert missed == []


@pytest.mark.parametrize(("venue", "names"), [
    ("Proceedings of the 2019 Conference of the North American Chapter of the Association for Computational "
     "Linguistics: Human Language Technologies, Volume 1", {"NAACL"}),
    ("Annual Conference of the North American Chapter of the ACL", {"NAACL"}),
    ("International AAAI Conference on Web and Social Media", {"ICWSM"}),
    ("ACM SIGIR Conference on Human Information Interaction and Retrieval", {"CHIIR"}),
    ("Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition", {"CVPR"}),
    ("IEEE Transactions on Robotics", {"T-RO"}),
    ("Nature Communications 14", {"Nature Communications"}),
    ("Pattern Recognition", {"Pattern Recognition"}),
    # a short ordinary full name is read only as the whole text
    ("Journal of Computer Science", set()),
    ("Statistical Pattern Recognition Letters of Finance", set()),
])
def test_full_names_from_the_catalog(venue: str, names: set[str]) -> None:
    assert names_in(venue) == names
