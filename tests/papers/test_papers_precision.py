"""Issue 10's judged false alarms of the paper rules: each test pins the form that used to be
reported (now quiet) next to the slip the rule must still catch, at its exact line and column."""

from __future__ import annotations

from awesomelint.engine import lint_text


def _found(text: str, rule: str) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.message) for f in lint_text(text, profile="papers", select=[rule])]


def _at(text: str, line: int, column: int, length: int) -> str:
    return text.splitlines()[line - 1][column - 1 : column - 1 + length]


def test_comma_closing_an_italic_title_is_followed_by_markup_not_text() -> None:
    text = ("# Papers\n\n"
            "- Benosman, R., Clady, X.,  \n"
            "*[Event-Based Visual Flow](https://doi.org/10.1109/TNNLS.2013.2273537),*  \n"
            "IEEE Trans. Neural Netw. Learn. Syst., 2014.\n"
            "- Ye, C., Aloimonos,Y,*[Event-Based Motion](https://arxiv.org/abs/1904.01293)*, IROS 2020.\n")
    found = _found(text, "AL201")
    assert [(line, column) for line, column, _ in found] == [(6, 20), (6, 22)]
    assert _at(text, 6, 20, 3) == ",Y," and _at(text, 6, 22, 2) == ",*"


def _one_line_entries(count: int) -> list[str]:
    return [f"- One Line Paper {i}, KDD 2020, [[paper]](https://example.org/{i}.pdf)" for i in range(count)]


def test_a_list_written_over_several_lines_keeps_its_format_but_a_wrapped_entry_is_caught() -> None:
    krl = [f"1. **Knowledge Graph Paper {i}.**\n*Author {i}, Other Author.* AAAI 2016. [paper](https://example.org/{i})"
           for i in range(6)]
    assert _found("# Papers\n\n" + "\n".join(krl) + "\n", "AL200") == []
    rows = _one_line_entries(6)
    rows.insert(2, "- A Wrapped Paper Title\n, CIKM 2020, [[paper]](https://example.org/w.pdf)")
    text = "# Papers\n\n" + "\n".join(rows) + "\n"
    assert [(line, column) for line, column, _ in _found(text, "AL200")] == [(6, 1)]
    assert _at(text, 6, 1, 6) == ", CIKM"


def test_br_at_line_end_is_a_hard_break_and_an_anchor_line_is_not_entry_text() -> None:
    rows = _one_line_entries(6)
    rows.insert(1, "- Zhu, Z., Hou, J.,<br/>\n*[Cross-modal Augmentation](https://arxiv.org/abs/2307.04129)*,<br />\n"
                   "IEEE Int. Conf. Computer Vision (ICCV), 2023.\n<a name=\"super-resolution\"></a>")
    rows.insert(3, "- Li, H., Shi, L.,\n*[Robust Tracking](https://doi.org/10.3389/fnbot.2019.00082)*, 2019.")
    text = "# Papers\n\n" + "\n".join(rows) + "\n"
    assert [(line, column) for line, column, _ in _found(text, "AL200")] == [(10, 1)]
    assert _at(text, 10, 1, 9) == "*[Robust "
