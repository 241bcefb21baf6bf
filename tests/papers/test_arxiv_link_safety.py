"""AL213: https (and, when configured, unpinned versions) are safe fixes; abs/pdf switches are not;
a 'pdf' link stays a PDF."""

from __future__ import annotations

from awesomelint.engine import lint_text

LIST = """# Papers

- Paper One, KDD 2020, [[paper]](http://arxiv.org/abs/2001.00001v2)
- Paper Two, KDD 2021, [[paper]](https://arxiv.org/pdf/2101.00002.pdf)
- Paper Three, KDD 2022, [[pdf]](https://arxiv.org/pdf/2201.00003.pdf)
- Paper Four, KDD 2023, [[paper]](https://arxiv.org/abs/2301.00004)
- Paper Five, KDD 2023, [[paper]](https://arxiv.org/abs/2301.00005)
- Paper Six, KDD 2023, [[paper]](https://arxiv.org/abs/2301.00006)
- Paper Seven, KDD 2023, [[paper]](https://arxiv.org/abs/2301.00007)
"""


def test_fix_safety_and_pdf_labels() -> None:
    found = {f.line: f for f in lint_text(LIST, select=["AL213"], profile="papers")}
    assert sorted(found) == [3, 4]  # line 5 is a pdf labelled "pdf": nothing to change
    assert found[3].fix is not None and found[3].fix.safe  # https: same paper (the pinned version stays)
    assert found[4].fix is not None and not found[4].fix.safe  # pdf -> abs page (the list's majority)
    assert (found[3].line, found[3].column) == (3, 24) and LIST.splitlines()[2][23:25] == "[["


def test_a_list_linking_pdf_pages_throughout_keeps_them() -> None:
    text = LIST.replace("abs/", "pdf/")
    assert [f.line for f in lint_text(text, select=["AL213"], profile="papers")] == [3]  # http only
    messages = [f.message for f in lint_text(text, select=["AL213"], profile="papers")]
    assert "abs" not in messages[0].split(":", 1)[1].split("(")[0]
