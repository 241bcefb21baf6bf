r"""GitHub-style heading anchors.

The rule, as GitHub applies it (html-pipeline's ``TableOfContentsFilter``, gjtorikian/html-pipeline
``lib/html/pipeline/toc_filter.rb``: ``PUNCTUATION_REGEXP = /[^\p{Word}\- ]/u`` applied to ``node.text`` of
every ``h1``…``h6`` of the rendered HTML; github-slugger reproduces it for JavaScript): take the heading
element's *rendered text* (its text nodes, in order, after Markdown became HTML), lower-case it, delete
every character that is not a word character (letter, mark, number, ``_``), a ``-`` or a space, and turn
each space into ``-``. A second heading
with the same slug gets ``-1``, the third ``-2`` ... The rendered text, not the source, is what counts:

- entities are decoded (``&nbsp;`` is U+00A0, then deleted; ``&amp;`` is ``&``, then deleted);
- HTML tags vanish but their text stays (``<sup>[TOC]</sup>`` gives ``toc``), and a link keeps its text;
- images (badges) give no text, but the spaces around them stay: ``Awesome-LLM [![b](…)](…)`` is
  ``awesome-llm-``; the Markdown parser has already trimmed the heading's own outer whitespace;
- emoji shortcodes are text when the anchor is made (the emoji filter runs later), so
  ``:anger: Table of Contents`` is ``anger-table-of-contents``; a Unicode emoji is a symbol and goes.

The parser hands ``slugify`` that rendered text (``parse.inline.rendered_text``).
"""

from __future__ import annotations

import unicodedata

# Marks that only shape an emoji (variation selectors, zero-width joiner, keycap): GitHub drops them
# with the emoji, although Unicode files them as marks.
_EMOJI_MARKS = frozenset(chr(c) for c in (*range(0xFE00, 0xFE10), 0x200D, 0x20E3))


def slugify(text: str) -> str:
    """Lower-case; keep letters, marks, numbers, '-' and '_'; ASCII spaces become '-'.

    Everything else (punctuation, symbols, emoji, other spaces such as U+00A0) is dropped, as GitHub does.
    """
    out: list[str] = []
    for char in text.lower():
        if char == " ":
            out.append("-")
        elif char in "-_" or (unicodedata.category(char)[0] in "LNM" and char not in _EMOJI_MARKS):
            out.append(char)
    return "".join(out)


class Slugger:
    """Hands out unique anchors in document order: 'usage', 'usage-1', 'usage-2' ..."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def slug(self, text: str) -> str:
        base = slugify(text)
        slug = base
        while slug in self._seen:
            self._seen[base] += 1
            slug = f"{base}-{self._seen[base]}"
        self._seen[slug] = 0
        return slug
