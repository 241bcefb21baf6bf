"""duplicate-link compares entries as the list is built (issue #9 point 5): siblings, an entry's sub-links
under one label, <details> entries by their summary link; exact positions of what is still reported."""

from __future__ import annotations

from awesomelint.engine import lint_text


def _found(text: str) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.message) for f in lint_text(text, select=["AL003"])]


DETAILS = ('<details><summary><b><a href="https://github.com/{repo}">{name}</a></b> - {what}</summary>\n\n'
           "- [GitHub](https://github.com/{repo})\n- [PyPi](https://pypi.org/project/{package})\n\n</details>\n")


def test_details_entries_share_a_package_sub_link_without_a_finding() -> None:
    text = "# X\n\n## DBs\n\n" + DETAILS.format(repo="a/faiss", name="Faiss", what="Search.", package="pymilvus") \
        + DETAILS.format(repo="b/milvus", name="Milvus", what="Vectors.", package="pymilvus")
    assert _found(text) == []


def test_two_details_entries_for_one_repository_are_a_duplicate_at_the_second_repository_link() -> None:
    text = "# X\n\n## ML\n\n" + DETAILS.format(repo="microsoft/SynapseML", name="SynapseML", what="ML.", package="a") \
        + DETAILS.format(repo="microsoft/SynapseML", name="MMLSpark", what="ML.", package="b")
    [(line, column, message)] = _found(text)
    assert (line, column) == (13, 3) and "already at line 7" in message
    assert text.splitlines()[12][2:].startswith("[GitHub](https://github.com/microsoft/SynapseML)")


def test_sub_links_repeat_only_under_the_same_label() -> None:
    text = ("# X\n\n## Jobs\n\n- [Smena](https://smena.space/)\n    - [JS Developer](./smena.md)\n"
            "    - [TS Developer](./smena.md)\n    - [JS Developer](./smena.md)\n")
    [(line, column, message)] = _found(text)
    assert (line, column) == (8, 7) and "already at line 6" in message


def test_siblings_under_one_category_are_compared_and_other_categories_are_cross_listings() -> None:
    text = ("# X\n\n## HTTP\n\n- Client\n  - [wtx](https://github.com/c/wtx) - Client.\n"
            "  - [hyper](https://github.com/h/hyper) - HTTP.\n  - [wtx](https://github.com/c/wtx) - Again.\n"
            "- Server\n  - [wtx](https://github.com/c/wtx) - Server.\n")
    assert [(line, column) for line, column, _ in _found(text)] == [(8, 5)]


def test_items_heading_different_sub_items_are_two_groups_and_bare_twins_are_duplicates() -> None:
    text = ("# X\n\n## Tasks\n\n- [Mindbox](https://mindbox.ru/)\n    - [C# task](./cs.md)\n"
            "- [Mindbox](https://mindbox.ru/)\n    - [React task](./react.md)\n"
            "- [Kontur](https://kontur.ru/)\n- [Kontur](https://kontur.ru)\n")
    assert [(line, column) for line, column, _ in _found(text)] == [(10, 3)]
