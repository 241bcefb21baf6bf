"""Issue 10's judged false alarms of the paper rules: each test pins the form that used to be
reported (now quiet) next to the slip the rule must still catch, at its exact line and column."""

from __future__ import annotations

from awesomelint.papers import papers
from tests.papers.helpers import doc_of
from tests.papers.helpers import found as _found
from tests.papers.helpers import text_at as _at


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


def test_venue_year_form_judges_only_venue_metadata() -> None:
    rows = [f"- Author, A., *[Paper Title {i}](https://example.org/{i})*, {venue}, {year}."
            for i, (venue, year) in enumerate([("CVPR", 2018), ("IJCV", 2019), ("RSS", 2018), ("ICCV", 2019),
                                               ("ECCV", 2020), ("CVPR", 2021)])]
    rows += ["- Benosman, R., *[Event-Based Visual Flow](https://doi.org/10.1109/TNNLS.2013.2273537)*, "
             "Neural Networks (2012), 27:32-37.",
             "- Li, C., *[Some Sensor](https://example.org/s)*, IEEE Access, 12:136783-136804 (2025).",
             "- Zhou, Y., *[Stereo Odometry](https://arxiv.org/abs/2007.15548)*, IEEE Sensors 2020. "
             "[Slides MFI 2022](https://example.org/slides.pdf)",
             "- [Insightness AG](http://www.insightness.com/) built sensors. Acquired by Sony in 2019.",
             "- [Tutorials](https://example.org/t) at CVPR 2022 and NAACL 2022, slides and videos.",
             "- Stoffregen, T., *[Reward Functions](https://arxiv.org/abs/1909.02454)*, arXiv 2019."]
    text = "# Papers\n\n" + "\n".join(rows) + "\n"
    found = _found(text, "AL206")
    assert [(line, column) for line, column, _ in found] == [(14, 75)]
    assert _at(text, 14, 75, 10) == "arXiv 2019"


def test_a_year_is_never_read_from_a_url() -> None:
    text = ("# Papers\n\n- Zou, D., Shi, F.,  \n"
            "*[Robust Dense Depth Map Estimation](https://www.dropbox.com/s/ee6dn/0096.pdf?dl=1)*,  \n"
            "British Machine Vision Conf. (BMVC), 2017. [Supp. Material](https://www.dropbox.com/s/eztq/"
            "Active%20Papers%20Paper%2096%20%20Supplementary%20File.zip?dl=1).\n")
    assert _found(text, "AL207") == []
    assert papers(doc_of(text))[0].year == 2017
    future = text.replace("2017", "2097")
    assert [(line, column) for line, column, _ in _found(future, "AL207")] == [(5, 38)]
    assert _at(future, 5, 38, 4) == "2097"


def _arxiv_list(forms: list[str]) -> str:
    rows = [f"- Paper {i}, arXiv 2023, [[paper]](https://arxiv.org/{form}/2301.{i:05d})"
            for i, form in enumerate(forms)]
    return "# Papers\n\n" + "\n".join(rows) + "\n"


def test_arxiv_form_needs_a_dominant_share_and_pinned_versions_stay() -> None:
    assert _found(_arxiv_list(["pdf"] * 7 + ["abs"] * 3), "AL213") == []  # 70%: both forms are conventions
    text = _arxiv_list(["pdf"] * 9 + ["abs"])
    found = _found(text, "AL213")
    assert [(line, column) for line, column, _ in found] == [(12, 24)]
    assert _at(text, 12, 24, 43) == "[[paper]](https://arxiv.org/abs/2301.00009)"
    pinned = _arxiv_list(["abs"] * 4).replace("2301.00002)", "2301.00002v2)").replace("https://arxiv.org/abs/2301.00003",
                                                                                      "http://arxiv.org/abs/2301.00003")
    assert [(line, message) for line, _, message in _found(pinned, "AL213")] == [
        (6, "arXiv link http://arxiv.org/abs/2301.00003: use https (https://arxiv.org/abs/2301.00003)")]


def test_duplicate_paper_skips_nested_notes_and_variant_titles() -> None:
    text = ("# Devices\n\n"
            "- **DVS**: Lichtsteiner, P., *[A 128x128 Sensor](https://doi.org/10.1109/JSSC.2007.914337)*, JSSC, 2008.\n"
            "    - [Product specifications](https://inivation.com/support/product-specifications/)\n"
            "    - Prototype, commercially n.a.\n"
            "- **DAVIS**: Brandli, C., *[A 240x180 Sensor](https://doi.org/10.1109/JSSC.2014.2342715)*, JSSC, 2014.\n"
            "    - [Product specifications](https://inivation.com/support/product-specifications/)\n"
            "    - Prototype, commercially n.a.\n"
            "- Lee, A. J., [ViViD: Vision for Visibility Dataset](https://example.org/vivid), ICRA Workshop, 2019.\n"
            "- Lee, A. J., [ViViD++: Vision for Visibility Dataset](https://example.org/vivid-pp), RA-L, 2022.\n"
            "- Lee, A. J., [ViViD: Vision for Visibility Dataset](https://example.org/vivid2), ICRA Workshop, 2019.\n")
    found = _found(text, "AL211")
    assert [(line, column) for line, column, _ in found] == [(11, 16)]
    assert _at(text, 11, 16, 36) == "ViViD: Vision for Visibility Dataset"


def test_code_off_a_code_host_and_a_framework_named_in_a_sentence() -> None:
    text = ("# Papers\n\n"
            "- Dual T, NeurIPS 2020. [[Paper]](https://arxiv.org/abs/2006.07805) "
            "[[Code]](https://tongliang-liu.github.io/code.html)\n"
            "- Inversion, ICCV 2021. [[Code]](https://drive.google.com/drive/folders/1PW7w80ZKuLnjnxJNeNkYxXUFvV)\n"
            "- TransE, NIPS 2013. [code](http://www.nlpr.ia.ac.cn/cip/code/cikm15_he_code.zip)\n"
            "- [AEStream](https://github.com/norse/aestream/) streams events to UDP or [PyTorch](https://pytorch.org/).\n"
            "- AutoPrompt, EMNLP 2020. [[GitHub]](https://ucinlp.github.io/autoprompt/code/)\n"
            "- Trace, ICML 2021. [[Code]](https://rt416.github.io/pdf/trace_codes.pdf)\n")
    found = _found(text, "AL209")
    assert [(line, column) for line, column, _ in found] == [(7, 27), (8, 21)]
    assert _at(text, 7, 27, 10) == "[[GitHub]]" and _at(text, 8, 21, 8) == "[[Code]]"


def test_year_order_names_the_entry_it_conflicts_with() -> None:
    years = ["18", "18", "19", "19", "20", "20", "20", "21", "21", "20", "20", "21", "21", "21"]
    rows = [f"- Paper Title Number {i} | **[CVPR' {yy}]** | [`[pdf]`](https://example.org/{i}.pdf)"
            for i, yy in enumerate(years)]
    text = "# Papers\n\n" + "\n".join(rows) + "\n"
    found = _found(text, "AL212")
    assert [(line, column) for line, column, _ in found] == [(12, 35), (13, 36)]
    assert _at(text, 12, 35, 2) == "20"
    assert all(message.endswith("(line 11 has 2021)") for _, _, message in found)


def test_missing_year_reads_a_spaced_short_year_and_skips_non_citations() -> None:
    rows = [f"- Author{i}, A., Other, B., *[A Sensor Paper Title {i}](https://doi.org/10.1/{i})*, JSSC, {2000 + i}."
            for i in range(40)]
    rows.append("- [smart eye TUCO-3D camera](https://www.ait.ac.at/factsheet.pdf), panoramic imaging.")
    rows.append("- Lee, A., Kim, B., *[A Sensor Paper Without Year](https://doi.org/10.1/x)*, Proc. SPIE 10639.")
    rows.append("- Zhu, C., *[A Workshop Paper With Year](https://doi.org/10.1/y)* | **[ICPR IML Workshop' 20]**")
    text = "# Papers\n\n" + "\n".join(rows) + "\n"
    found = _found(text, "AL216")
    assert [(line, column) for line, column, _ in found] == [(44, 23)]
    assert _at(text, 44, 23, 27) == "A Sensor Paper Without Year"


def test_an_entry_naming_its_paper_by_anchor_links_that_paper_on_purpose() -> None:
    paper = "- Wang, Z., *[A Comb Filter for Flicker Removal](https://arxiv.org/pdf/2205.08090.pdf)*, ICRA, 2022."
    dataset = ("- [Event Flicker Removal Dataset](https://drive.google.com/drive/folders/1S2) associated to the paper "
               "[Wang et al., ICRA 2022](#wang22icra). [PDF](https://arxiv.org/pdf/2205.08090.pdf)")
    assert _found("# Papers\n\n" + paper + "\n" + dataset + "\n", "AL210") == []
    other = ("- Li, C., *[Another Paper About Flicker](https://example.org/x)*, ICRA, 2022. "
             "[PDF](https://arxiv.org/pdf/2205.08090.pdf)")
    text = "# Papers\n\n" + paper + "\n" + other + "\n"
    found = _found(text, "AL210")
    assert [(line, column) for line, column, _ in found] == [(4, 79)]
    assert _at(text, 4, 79, 5) == "[PDF]"


def test_pipe_padding_as_a_layout_but_a_double_space_in_text_is_caught() -> None:
    rows = [f"- Paper Title {i} | **[CVPR' 20]** |{'  ' if i % 2 == 0 else ' '}[`[pdf]`](https://example.org/{i}.pdf)"
            for i in range(9)]
    rows.append("- Another  Paper | **[CVPR' 20]** | [`[pdf]`](https://example.org/x.pdf)")
    text = "# Papers\n\n" + "\n".join(rows) + "\n"
    assert [(line, column) for line, column, _ in _found(text, "AL202")] == [(12, 10)]
    assert _at(text, 12, 10, 2) == "  "
    slips = [row.replace("|  [", "| [") for row in rows[:9]] + ["- Paper X  | **[CVPR' 20]** | [`[pdf]`](https://e.org/x)"]
    text = "# Papers\n\n" + "\n".join(slips) + "\n"
    assert [(line, column) for line, column, _ in _found(text, "AL202")] == [(12, 10)]
