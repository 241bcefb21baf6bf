"""Pathological Markdown shapes, each a generator of about ``size`` bytes: the inputs that once made
awesomelint super-linear. The tests lint small ones (no exception, positions inside the file);
``bench/scale.py`` times growing ones and fits the exponent."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import count


def _fill(size: int, lines: Iterator[str]) -> str:
    out: list[str] = []
    total = 0
    for line in lines:
        if total + len(line) > size and out:
            break
        out.append(line)
        total += len(line)
    return "".join(out)


def _numbers() -> Iterator[int]:
    return count(1)


def nested_list(size: int) -> str:
    """Each item indented two more spaces than the last: one list nested as deep as the file is long."""
    return _fill(size, ("  " * i + f"- item {i}\n" for i in _numbers()))


def staircase(size: int) -> str:
    """Items indented a little more, then back to the margin, over and over (GitHub's 'ladders')."""
    return _fill(size, (" " * (i % 40) + f"- [Step {i}](https://s.example/{i}) - Step.\n" for i in _numbers()))


def deep_quote(size: int) -> str:
    """Block quotes nested one level per line."""
    return _fill(size, (">" * i + f" quote {i}\n" for i in _numbers()))


def open_brackets(size: int) -> str:
    """Link openers that never close, on one paragraph's lines."""
    return _fill(size, (f"[a{i} [b ![c " + "\n" for i in _numbers()))


def open_emphasis(size: int) -> str:
    """Emphasis and code-span openers that never close."""
    return _fill(size, (f"*a{i} _b **c __d `e ``f\n" for i in _numbers()))


def long_line_links(size: int) -> str:
    """One paragraph line holding thousands of links."""
    return "# Links\n\n" + _fill(size, (f"[l{i}](https://l.example/{i}) " for i in _numbers())) + "\n"


def flat_entries(size: int) -> str:
    """One section with thousands of entries (rules that compare entries pairwise)."""
    head = "# Awesome Flat\n\n## Things\n\n"
    return head + _fill(size, (f"- [Thing {i}](https://github.com/o{i}/r{i}) - Does thing {i}.\n"
                               for i in _numbers()))


def many_sections(size: int) -> str:
    """Thousands of headings, each with one entry (ToC, anchors, heading rules)."""
    return "# Awesome Sections\n\n" + _fill(size, (f"## Section {i}\n\n- [S{i}](https://s.example/{i}) - S.\n\n"
                                                   for i in _numbers()))


def reference_links(size: int) -> str:
    """Reference links and their definitions."""
    body = _fill(size // 2, (f"- [Ref {i}][r{i}] - Ref.\n" for i in _numbers()))
    defs = _fill(size // 2, (f"[r{i}]: https://r.example/{i}\n" for i in _numbers()))
    return "# Refs\n\n" + body + "\n" + defs


def big_table(size: int) -> str:
    """One table with thousands of rows."""
    head = "# Table\n\n| Name | Link | Year |\n| --- | --- | --- |\n"
    return head + _fill(size, (f"| Paper {i} | [pdf](https://arxiv.org/abs/{i}) | 2020 |\n" for i in _numbers()))


def html_blocks(size: int) -> str:
    """Raw HTML blocks and comments, unclosed ones included."""
    return _fill(size, (f"<div>\n<p>t{i}</p>\n</div>\n\n<!-- c{i}\n\n" if i % 7 else f"<!-- open {i}\n"
                        for i in _numbers()))


def indented_code(size: int) -> str:
    """Indented code blocks with backtick runs of growing length inside."""
    return _fill(size, (f"Text {i}.\n\n    {'`' * (i % 9)} code {i}\n\n" for i in _numbers()))


SHAPES: dict[str, Callable[[int], str]] = {
    f.__name__: f for f in (nested_list, staircase, deep_quote, open_brackets, open_emphasis, long_line_links,
                            flat_entries, many_sections, reference_links, big_table, html_blocks, indented_code)
}
