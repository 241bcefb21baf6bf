"""AL219 same-paper-different-venue-year: what makes two copies one paper, which differences count,
and where the finding is (checked against the source text)."""

from __future__ import annotations

from awesomelint.engine import lint_text

FLAN = "Finetuned Language Models Are Zero-Shot Learners"


def _found(*sections: list[str]) -> tuple[str, list[tuple[int, int, str, str]]]:
    parts = ["# Papers", ""]
    for number, rows in enumerate(sections):
        parts += [f"## Section {number}", "", *rows, ""]
    text = "\n".join(parts)
    lines = text.split("\n")
    return text, [(f.line, f.column, lines[f.line - 1][f.column - 1 : f.end_column - 1], f.message)
                  for f in lint_text(text, profile="papers", select=["AL219"])]


def test_the_later_copy_is_reported_at_its_venue_year_naming_the_first() -> None:
    _, found = _found([f"- {FLAN}, ICLR 2022, [[paper]](https://arxiv.org/abs/2109.01652)"],
                      [f"- {FLAN}, ICLR 2021, [[paper]](https://arxiv.org/pdf/2109.01652v2.pdf)"],
                      [f"- {FLAN}, ICLR 2020, [[paper]](https://arxiv.org/abs/2109.01652)"])
    assert [(line, column, text) for line, column, text, _ in found] == [(9, 53, "ICLR 2021"), (13, 53, "ICLR 2020")]
    assert all("from line 5 ('ICLR 2022')" in message for *_, message in found)
    assert "arXiv id 2109.01652" in found[0][3]


def test_copies_in_one_section_are_left_to_duplicate_paper() -> None:
    _, found = _found([f"- {FLAN}, ICLR 2022, [[paper]](https://arxiv.org/abs/2109.01652)",
                       f"- {FLAN}, ICLR 2021, [[paper]](https://arxiv.org/abs/2109.01652)"])
    assert found == []


def test_a_preprint_or_workshop_beside_the_published_version_is_not_a_contradiction() -> None:
    _, found = _found([f"- {FLAN}, arXiv 2021, [[paper]](https://arxiv.org/abs/2109.01652)",
                       "- Denoising Diffusion Restoration Models, NeurIPS 2022, [[paper]](https://arxiv.org/abs/2201.11793)"],
                      [f"- {FLAN}, ICLR 2022, [[paper]](https://arxiv.org/abs/2109.01652)",
                       "- Denoising Diffusion Restoration Models, ICLR 2022 Workshop, [[paper]](https://arxiv.org/abs/2201.11793)"])
    assert found == []


def test_one_publication_record_makes_any_difference_count() -> None:
    title = "Federated Learning with Noisy User Feedback"
    _, found = _found([f"- {title}, NAACL 2022, [[paper]](https://aclanthology.org/2022.naacl-main.196/)"],
                      [f"- {title}, NAACL Workshop 2021, [[paper]](https://aclanthology.org/2022.naacl-main.196)"])
    assert [(line, column, text) for line, column, text, _ in found] == [(9, 48, "NAACL Workshop 2021")]
    assert found[0][3].startswith("venue and year 'NAACL Workshop 2021' differ from line 5 ('NAACL 2022')")


def test_one_title_by_other_authors_or_with_other_ids_is_another_work() -> None:
    _, found = _found(["- **What are Diffusion Models?** *Lilian Weng* 2021 [[blog]](https://lilianweng.github.io/a)",
                       f"- {FLAN}, ICLR 2022, [[paper]](https://openreview.net/forum?id=gEZrGCozdqR)"],
                      ["- **What are Diffusion Models?** *Ari Seff* 2022 [[video]](https://www.youtube.com/watch?v=x)",
                       f"- {FLAN}, NeurIPS 2021 Workshop, [[paper]](https://openreview.net/forum?id=other)"])
    assert found == []


def test_a_venue_year_inside_a_citation_link_is_not_the_entrys() -> None:
    title = "Event-based Feature Tracking with Probabilistic Data Association"
    _, found = _found([f"- [{title}](https://doi.org/10.1109/ICRA.2017.7989517), ICRA 2017"],
                      [f"- [{title}](https://github.com/daniilidis-group/event_feature_tracking), associated to the "
                       "papers [Zhu et al., ICRA 2017](#zhu17icra) and [Zhu et al., CVPR 2017](#zhu17cvpr)."])
    assert found == []
