"""Link labels of paper entries and their bracket styles: ``[[paper]](u)``, ``[[paper](u)]``, ``[paper](u)``."""

from __future__ import annotations

from awesomelint.document import Link
from awesomelint.papers.model import LabelKind, LabelStyle, PaperLink
from awesomelint.papers.source import Source

_WORDS: dict[str, LabelKind] = {}
for _kind, _words in (
    ("paper", "paper papers pdf arxiv openreview doi acl ieee acm springer preprint article pub publication"),
    ("code", "code codes github gitlab gitee implementation python pytorch tensorflow jax repo repository"
             " official-code source-code"),
    ("project", "project homepage home website web page blog dataset datasets data demo video slides notebook"
                " colab checkpoint checkpoints model models html poster talk source benchmark leaderboard"
                " huggingface hf tweet twitter bibtex supp supplementary zhihu media news weights docs"
                " openai api tutorial report"),
    ("link", "link links url"),
):
    for _word in _words.split():
        _WORDS[_word.replace("-", " ")] = _kind  # type: ignore[assignment]
MAX_LABEL = 30


def is_label_word(label: str) -> bool:
    """``paper``, ``[code]``, ``PDF``: the whole label is one of the known label words."""
    return label.strip().strip("`[]").strip().lower().replace("-", " ") in _WORDS


def label_kind(label: str, *, bracketed: bool = True) -> LabelKind | None:
    """The kind of a label: ``Codes`` -> code; bracketed ``[blog in Chinese]`` -> project (by its
    first word; a plain ``[GitHub Trending](u)`` is a title, not a label). None if unknown."""
    text = label.strip().strip("`[]").strip().lower()
    if not text or len(text) > MAX_LABEL:
        return None
    if text in _WORDS:
        return _WORDS[text]
    first = text.replace("-", " ").split()[0]
    return _WORDS.get(first) if bracketed else None


def classify(source: Source, links: list[Link]) -> tuple[list[PaperLink], list[Link]]:
    """Labelled and title links in source order, and badges (images, or links wrapping one)."""
    text = source.text
    images = [link for link in links if link.kind == "image"]
    labelled: list[PaperLink] = []
    badges: list[Link] = list(images)
    for link in links:
        if link.kind == "image":
            continue
        start = source.offset(link.line, link.column)
        end = source.offset(link.end_line, link.end_column)
        if start is None or end is None:
            continue
        if any(start < (source.offset(i.line, i.column) or -1) < end for i in images):
            badges.append(link)
            continue
        raw = link.text
        label_start = text.find(raw, start, end) if raw else -1
        style: LabelStyle = "single"
        inner, inner_start = raw, label_start
        if raw.startswith("[") and raw.endswith("]") and len(raw) > 2 and text.startswith("[[", start):
            style, inner, inner_start = "double", raw[1:-1], label_start + 1
        elif start > 0 and text[start - 1] == "[" and end < len(text) and text[end] == "]":
            style, start, end = "wrapped", start - 1, end + 1
        kind = label_kind(inner, bracketed=style != "single")
        if kind is None and style != "single" and 0 < len(inner.strip()) <= MAX_LABEL:
            kind = "other"
        if kind is None:
            kind, style = "title", "title"
        part = source.part(start, start) if label_start < 0 else source.part(inner_start, inner_start + len(inner))
        labelled.append(PaperLink(link, kind, style, part, start, end))
    return labelled, badges
