"""Which identifier a paper link carries, and which of an entry's identifiers is the strongest."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesomelint.papers import papers
from awesomelint.papers.identifiers import identifier, identifiers, paper_link_identifier
from awesomelint.parse.parser import parse


@pytest.mark.parametrize(("url", "expected"), [
    ("https://arxiv.org/pdf/2203.15876.pdf", ("arxiv", "2203.15876")),
    ("http://arxiv.org/abs/2306.05817v1", ("arxiv", "2306.05817")),
    ("https://huggingface.co/papers/2305.08845", ("arxiv", "2305.08845")),
    ("https://doi.org/10.48550/arXiv.2001.04253", ("arxiv", "2001.04253")),
    ("https://dl.acm.org/doi/abs/10.1145/3460231.3474255?casa_token=b4-oEoLXZyc", ("doi", "10.1145/3460231.3474255")),
    ("https://dl.acm.org/doi/pdf/10.1145/3459637.3481952", ("doi", "10.1145/3459637.3481952")),
    ("https://aclanthology.org/2020.acl-main.1.pdf", ("acl", "2020.acl-main.1")),
    ("https://www.aclweb.org/anthology/P19-1001", ("acl", "P19-1001")),
    ("https://www.semanticscholar.org/paper/Attention-is-All-you-Need-Vaswani/204e3073870fae3d05bcbc2f6a8e263d9b72e776",
     ("s2", "204e3073870fae3d05bcbc2f6a8e263d9b72e776")),
    ("https://openreview.net/pdf?id=hFx3fY7-m9b", ("openreview", "hFx3fY7-m9b")),
    ("https://openaccess.thecvf.com/content/CVPR2022/html/Dong_M5Product_Self-Harmonized_CVPR_2022_paper.html",
     ("cvf", "CVPR2022/Dong_M5Product_Self-Harmonized_CVPR_2022")),
    ("https://proceedings.mlr.press/v139/radford21a.html", ("pmlr", "v139/radford21a")),
    ("https://proceedings.neurips.cc/paper_files/paper/2022/file/4ad4fc1528374422dd7a69dea9e72948-Paper.pdf",
     ("neurips", "2022/4ad4fc1528374422dd7a69dea9e72948")),
    ("https://github.com/RUCAIBox/UniSRec", None),
    ("https://ojs.aaai.org/index.php/AAAI/article/view/16557", None),
])
def test_identifier_of_a_link(url: str, expected: tuple[str, str] | None) -> None:
    assert identifier(url) == expected


def test_the_paper_links_resolvable_id_comes_first_and_code_links_never_count() -> None:
    text = ("# Papers\n\n- Some Paper Title Here, KDD 2022, [[code]](https://github.com/a/arxiv.org-abs-2001.04253) "
            "[[project]](https://openreview.net/forum?id=abc) [[paper]](https://doi.org/10.1145/1.2)"
            " [[arXiv]](https://arxiv.org/abs/2206.05941)\n")
    paper = papers(parse(text, Path("README.md")))[0]
    assert [i.key for i in identifiers(paper)] == ["arxiv:2206.05941", "doi:10.1145/1.2", "openreview:abc"]
    strongest = paper_link_identifier(paper)
    assert strongest is not None and strongest.key == "arxiv:2206.05941" and strongest.link.kind == "paper"
