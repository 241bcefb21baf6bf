"""A record's spelled-out venue names a known venue only when the phrase is the whole name."""

from __future__ import annotations

import pytest

from awesomelint.papers.record import PaperRecord
from awesomelint.papers.venue_names import names_in
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
