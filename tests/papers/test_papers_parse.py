"""The papers entry parser on tricky entries of every carrier; every part is checked against the source."""

from __future__ import annotations

import pytest

from awesomelint.papers import Paper
from tests.papers.helpers import check_positions, papers_of


def one(text: str) -> Paper:
    doc, found = papers_of("# Papers\n\n" + text)
    assert len(found) == 1, found
    check_positions(doc, found[0])
    return found[0]


def test_title_with_commas_colons_question_mark_and_parentheses() -> None:
    paper = one("- Pre-train, Prompt and Recommendation: Is It (P5) Good?, arxiv 2022, "
                "[[paper]](https://arxiv.org/abs/2302.03735) [[code]](https://github.com/a/b)\n")
    assert paper.title is not None and paper.title.text == "Pre-train, Prompt and Recommendation: Is It (P5) Good?"
    assert paper.venue is not None and paper.venue.text == "arxiv"
    assert paper.year == 2022 and paper.line == 3
    assert [(link.kind, link.style, link.label.text) for link in paper.links] == [
        ("paper", "double", "paper"), ("code", "double", "code")]
    assert paper.title.column == 3 and paper.venue.column == 59


def test_full_width_comma_does_not_break_the_entry() -> None:
    paper = one("- UPRec: User-Aware Pre-training, Really ，TKDE 2021 , [[paper]](https://arxiv.org/abs/2102.10989)\n")
    assert paper.title is not None and paper.title.text == "UPRec: User-Aware Pre-training, Really"
    assert paper.venue is not None and paper.venue.text == "TKDE" and paper.year == 2021


@pytest.mark.parametrize(("written", "venue", "year", "month", "separator", "tail"), [
    ("arXiv, 2020", "arXiv", 2020, None, ", ", None),
    ("CIKM-2020", "CIKM", 2020, None, "-", None),
    ("WSDM 2018/08", "WSDM", 2018, 8, " ", None),
    ("NeurIPS 2021 Workshop ICBINB", "NeurIPS", 2021, None, " ", "Workshop ICBINB"),
    ("PGAI@CIKM 2023", "PGAI@CIKM", 2023, None, " ", None),
])
def test_venue_year_forms(written: str, venue: str, year: int, month: int | None, separator: str,
                          tail: str | None) -> None:
    paper = one(f"- Title: With, Commas, {written} , [[paper]](https://arxiv.org/abs/2001.00001)\n")
    vy = paper.venue_year
    assert vy is not None and vy.venue is not None
    assert (vy.venue.text, vy.year, vy.month, vy.separator) == (venue, year, month, separator)
    assert (vy.tail.text if vy.tail else None) == tail
    assert paper.title is not None and paper.title.text == "Title: With, Commas"


def test_entry_continued_on_a_lazy_line_keeps_line_positions() -> None:
    paper = one("- S3-Rec: Self-Supervised Learning\n, CIKM-2020 , [[paper]](https://arxiv.org/abs/2008.07873)\n")
    assert paper.title is not None and paper.title.text == "S3-Rec: Self-Supervised Learning"
    assert paper.venue_year is not None and (paper.venue_year.whole.line, paper.venue_year.whole.column) == (4, 3)
    assert paper.links[0].label.line == 4


def test_venue_between_links_and_glued_name() -> None:
    paper = one("- PixelRec: A Dataset [[link]](https://github.com/w/PixelRec),arxiv 2023,"
                "[[paper]](https://arxiv.org/abs/2309.06789)\n")
    assert paper.title is not None and paper.title.text == "PixelRec: A Dataset"
    assert paper.venue is not None and paper.venue.text == "arxiv" and paper.year == 2023
    yelp = one("- Yelp[[link]](https://www.yelp.com/dataset)\n")
    assert yelp.title is not None and yelp.title.text == "Yelp" and yelp.venue_year is None
    assert yelp.links[0].kind == "link"


def test_entry_without_venue() -> None:
    paper = one("- CTR-BERT: Cost-effective distillation for teacher models,  [[paper]](https://x.org/a.pdf)\n")
    assert paper.title is not None and paper.title.text == "CTR-BERT: Cost-effective distillation for teacher models"
    assert paper.venue_year is None and paper.looks_like_paper


def test_year_first_prefix_bold_title_and_wrapped_links() -> None:
    paper = one("* [2004 TOIS] pLSA: **Latent Semantic Models for Collaborative Filtering**. "
                "[[PDF](https://example.org/p89.pdf)] [[Codes](https://github.com/a/b)]\n")
    assert paper.venue_year is not None and paper.venue_year.year_first
    assert paper.venue is not None and paper.venue.text == "TOIS" and paper.year == 2004
    assert paper.title is not None and paper.title.text == "Latent Semantic Models for Collaborative Filtering"
    assert [(link.kind, link.style) for link in paper.links] == [("paper", "wrapped"), ("code", "wrapped")]


def test_italic_prefix_short_year_and_badge() -> None:
    paper = one("- (*EMNLP'23*) StructGPT: A General Framework [[paper](https://arxiv.org/abs/2305.09645)]"
                "[[code](https://github.com/RUCAIBox/StructGPT)]![GitHub Repo stars]"
                "(https://img.shields.io/github/stars/RUCAIBox/StructGPT?style=social)\n")
    assert paper.venue is not None and paper.venue.text == "EMNLP"
    assert paper.year == 2023 and paper.venue_year is not None and paper.venue_year.separator == "'"
    assert paper.title is not None and paper.title.text == "StructGPT: A General Framework"
    assert len(paper.badges) == 1 and len(paper.links) == 2


def test_date_prefix_and_authors_with_venue_in_italics() -> None:
    paper = one("- [2023/10] **Towards End-to-End Embodied Decision Making.** *Liang Chen et al. arXiv.* "
                "[[paper](https://arxiv.org/abs/2310.02071)] [[project page](https://pca-eval.github.io/)]\n")
    assert (paper.year, paper.venue_year.month if paper.venue_year else None) == (2023, 10)
    assert paper.venue is not None and paper.venue.text == "arXiv"
    assert paper.authors is not None and paper.authors.text == "Liang Chen et al."
    assert [link.kind for link in paper.links] == ["paper", "project"]


def test_numbered_item_with_short_name_quoted_bold_title_and_authors() -> None:
    paper = one('1. <u>T0</u>: **"Multitask Prompted Training Enables Zero-Shot Task Generalization"**. '
                "*Victor Sanh et al.* ICLR 2022. [[Paper](https://arxiv.org/abs/2110.08207)] "
                "[[Checkpoint](https://huggingface.co/bigscience/T0)]\n")
    assert paper.title is not None
    assert paper.title.text == "Multitask Prompted Training Enables Zero-Shot Task Generalization"
    assert paper.authors is not None and paper.authors.text == "Victor Sanh et al."
    assert paper.venue is not None and paper.venue.text == "ICLR" and paper.year == 2022


def test_authors_in_the_next_indented_paragraph() -> None:
    doc, found = papers_of("# Papers\n\n1. **The Graph Neural Network Model.** IEEE TNN 2009. "
                           "[paper](https://example.org/gnn.pdf)\n\n    *Scarselli, Franco and Gori, Marco.*\n\n"
                           "1. **Another Paper Title.** ICLR 2020. [paper](https://arxiv.org/abs/2001.00001)\n")
    first, second = found
    check_positions(doc, first)
    assert first.title is not None and first.title.text == "The Graph Neural Network Model"
    assert first.venue is not None and first.venue.text == "IEEE TNN" and first.year == 2009
    assert first.authors is not None and first.authors.text == "Scarselli, Franco and Gori, Marco."
    assert (first.authors.line, first.authors.column) == (5, 6)
    assert second.authors is None


def test_parenthesised_year_after_bold_title_and_plain_authors() -> None:
    paper = one("- **Distilling the knowledge in a neural network** (2015), G. Hinton et al. "
                "[[pdf]](http://arxiv.org/pdf/1503.02531)\n")
    assert paper.title is not None and paper.title.text == "Distilling the knowledge in a neural network"
    assert paper.year == 2015 and paper.venue is None
    assert paper.authors is not None and paper.authors.text == "G. Hinton et al."
    plain = one("- Adversarially learned inference (2016), V. Dumoulin et al. [[pdf]](https://arxiv.org/abs/1606.00704)\n")
    assert plain.title is not None and plain.title.text == "Adversarially learned inference" and plain.year == 2016


def test_bibliography_paragraph() -> None:
    paper = one('**[14]** Hinton, Geoffrey E., et al. "**Improving neural networks by preventing co-adaptation**." '
                "arXiv preprint arXiv:1207.0580 (2012). [[pdf]](https://arxiv.org/pdf/1207.0580.pdf) "
                "**(Dropout)** :star::star::star:\n")
    assert paper.kind == "paragraph" and paper.year == 2012
    assert paper.title is not None and paper.title.text == "Improving neural networks by preventing co-adaptation"
    assert paper.authors is not None and paper.authors.text == "Hinton, Geoffrey E., et al."


def test_hard_break_paragraph_with_date_line() -> None:
    paper = one("**Diffusion Models in NLP: A Survey** \\\n*Hao Zou, Zae Myung Kim* \\\n"
                "arXiv 2023. [[Paper](https://arxiv.org/abs/2303.07576)] \\\n14 Mar 2023\n")
    assert paper.kind == "paragraph" and (paper.source.line, paper.source.end_line) == (3, 6)
    assert paper.title is not None and paper.title.text == "Diffusion Models in NLP: A Survey"
    assert paper.authors is not None and paper.authors.text == "Hao Zou, Zae Myung Kim"
    assert paper.venue is not None and paper.venue.text == "arXiv" and paper.venue.line == 5
    assert (paper.date_year, paper.date_month, paper.order_key) == (2023, 3, (2023, 3))


def test_table_rows_by_header() -> None:
    doc, found = papers_of(
        "# Papers\n\n | **Name** | **Paper** | **Venue** | **Year** | **Code** |\n | --- | --- | --- | --- | --- |\n"
        " | RAH | [RAH! RecSys-Assistant-Human: A Framework](https://arxiv.org/abs/2308.09904) | arxiv | 2023 |"
        " [Python](https://github.com/a/b) |\n"
        "\n| Name | Paper | Publication | Link |\n|:---:|:---|:---:|:---:|\n"
        "| LLM4KGC | Knowledge Graph Completion Models are Few-shot Learners | Arxiv 2023 |"
        " [[Link]](https://arxiv.org/abs/2305.09858v1) |\n")
    assert [p.kind for p in found] == ["table_row", "table_row"]
    for paper in found:
        check_positions(doc, paper)
    first, second = found
    assert first.title is not None and first.title.text == "RAH! RecSys-Assistant-Human: A Framework"
    assert first.venue is not None and first.venue.text == "arxiv" and first.year == 2023
    assert [link.kind for link in first.links] == ["title", "code"]
    assert second.title is not None and second.title.text == "Knowledge Graph Completion Models are Few-shot Learners"
    assert second.venue is not None and second.venue.text == "Arxiv" and second.year == 2023
    assert second.links[0].kind == "link"


def test_links_in_the_text_are_mentions_not_titles() -> None:
    paper = one("- 💫 [2024/02/08] New paper R3 has been released! Paper: [Training Large Language Models for "
                "Reasoning](https://arxiv.org/abs/2402.05808).\n")
    assert [link.kind for link in paper.links] == ["mention"]
    assert not paper.looks_like_paper
    bold = one("- **[Attention Is All You Need](https://arxiv.org/abs/1706.03762)** - The transformer, NeurIPS 2017.\n")
    assert bold.title is not None and bold.title.text == "Attention Is All You Need"
    assert [link.kind for link in bold.links] == ["title"] and bold.looks_like_paper


def test_table_of_contents_and_awesome_items_are_not_papers() -> None:
    _, found = papers_of("# Papers\n\n- [Review](#review)\n- [Tool](https://github.com/a/tool) - Does things.\n")
    assert [p.title.text if p.title else None for p in found] == ["Tool"]
    assert not found[0].looks_like_paper
