"""Issue 10's second judged sample of paper findings: each test pins the form that used to be a false
alarm (now quiet) next to the slip the rule must still catch, at its exact line and column."""

from __future__ import annotations

from tests.papers.helpers import found as _found
from tests.papers.helpers import text_at as _at


def _pairs(separated: int, glued: int) -> str:
    rows = [f"- Point Cloud Paper Number {i}, CVPR 2019, [[paper](https://arxiv.org/abs/1901.{i:05d})]"
            f"{' ' if i < separated else ''}[[code](https://github.com/a/p{i})]"
            for i in range(separated + glued)]
    return "# Papers\n\n" + "\n".join(rows) + "\n"


def test_link_separator_needs_a_dominant_form_not_a_split() -> None:
    assert _found(_pairs(6, 6), "AL204") == []  # Yochengliu: 6 glued, 6 separated: no convention
    text = _pairs(8, 1)
    found = _found(text, "AL204")
    assert [(line, column) for line, column, _ in found] == [(11, 85)]
    assert _at(text, 11, 85, 8) == "[[code]("


def test_a_link_after_the_title_makes_no_separator_choice() -> None:
    # Yochengliu: "[[CVPR](u)] Title. [[code](u)]" separates venue and code by the title: no vote
    rows = [f"- [[CVPR](https://cvpr.org/{i})] Point Cloud Paper Number {i}. [[paper](https://arxiv.org/abs/1901.{i:05d})]"
            f"{' ' if i % 2 else ''}[[code](https://github.com/a/p{i})]" for i in range(12)]
    assert _found("# Papers\n\n" + "\n".join(rows) + "\n", "AL204") == []


def test_year_order_compares_siblings_not_nested_versions() -> None:
    def row(year: int, indent: str = "") -> str:
        title = f"A Paper About Events From {year} {indent!r}"
        return f"{indent}- Author, A., *[{title}](https://doi.org/10.1/{year})*, ECCV, {year}."

    # uzh-rpg: a 2021 follow-up under its 2020 parent, a 2020 earlier version under a 2021 parent
    top = [row(2018), row(2019), row(2020), row(2021, "    "), row(2021), row(2020, "    "), row(2022), row(2023)]
    assert _found("# Papers\n\n" + "\n".join(top) + "\n", "AL212") == []
    slipped = [*top[:6], row(2012), *top[6:]]
    text = "# Papers\n\n" + "\n".join(slipped) + "\n"
    found = _found(text, "AL212")
    assert [(line, column) for line, column, _ in found] == [(9, 87)]
    assert _at(text, 9, 87, 4) == "2012" and found[0][2].endswith("(line 7 has 2021)")


def test_missing_year_judges_a_table_that_dates_none_of_its_rows_on_its_own() -> None:
    dated = [f"| Federated Learning Paper Number {i} | ICML | {1990 + i} | [[pdf](https://arxiv.org/abs/20.{i:05d})] |"
             for i in range(30)]
    platforms = [f"| [Platform{i}](https://github.com/p/{i}) | [A Federated Learning Framework White Paper {i}]"
                 f"(https://arxiv.org/abs/2007.{i:05d}) | Lab {i} |" for i in range(3)]
    workshop = "- [[NeurIPS-SpicyFL'20](http://icfl.cc/SpicyFL/2020)] Workshop on Scalability, Privacy, and Security"
    text = ("# Papers\n\n| Title | Venue | Year | Paper |\n| - | - | - | - |\n" + "\n".join(dated)
            + "\n\n## Frameworks\n\n| Platform | Papers | Affiliations |\n| - | - | - |\n" + "\n".join(platforms)
            + "\n\n## Workshops\n\n" + workshop + "\n")
    assert _found(text, "AL216") == []
    slipped = text.replace("| ICML | 1995 |", "| ICML | |")
    found = _found(slipped, "AL216")
    assert [(line, column) for line, column, _ in found] == [(10, 3)]
    assert _at(slipped, 10, 3, 33) == "Federated Learning Paper Number 5"


def test_code_label_on_a_forge_an_attachment_or_a_box_folder_is_code() -> None:
    text = ("# Papers\n\n"
            "- FL in Medicine, PNAS 2021. [[CODE](https://code.ihub.org.cn/projects/4394/repository/revisions/master)]\n"
            "- FlexRound, ICML 2023. [[code](https://openreview.net/attachment?id=-tYCaP0phY_&name=supplementary_material)]\n"
            "- FL for Vision, CVPR 2022. [[CODE](https://app.box.com/s/a1b2c3d4e5)]\n"
            "- DeepMapping, CVPR 2019. [[code](https://ai4ce.github.io/DeepMapping/)]\n"
            "- Some Paper, CVPR 2019. [[code](https://arxiv.org/abs/1811.11397)]\n")
    found = _found(text, "AL209")
    assert [(line, column) for line, column, _ in found] == [(6, 27), (7, 26)]
    assert _at(text, 6, 27, 9) == "[[code](h" and _at(text, 7, 26, 9) == "[[code](h"


def test_a_topic_tag_and_a_pub_label_are_no_part_of_the_title() -> None:
    title = "Federated Graph Machine Learning: A Survey of Concepts, Techniques, and Applications"
    row = f"| {title} **`surv.`** | SIGKDD Explor. | 2022 | [[PDF](https://arxiv.org/abs/2207.11812)] |"
    item = (f"- [SIGKDD Explor. 2022] {title} [PUB](https://dl.acm.org/doi/10.1145/3575637.3575644) "
            "[PDF](https://arxiv.org/abs/2207.11812)")
    head = "# Papers\n\n| Title | Venue | Year | Links |\n| - | - | - | - |\n"
    assert _found(head + row + "\n\n## Surveys\n\n" + item + "\n", "AL210") == []
    other = ("| Personalized Federated Learning with a Graph **`surv.`** | IJCAI | 2022 "
             "| [[PDF](https://arxiv.org/abs/2207.11812)] |")
    text = head + row + "\n" + other + "\n"
    found = _found(text, "AL210")
    assert [(line, column) for line, column, _ in found] == [(6, 77)]
    assert _at(text, 6, 77, 7) == "[[PDF]("
