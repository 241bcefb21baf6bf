"""GitHub-style heading anchors, as github-slugger makes them."""

from __future__ import annotations

import unicodedata

# Marks that only shape an emoji (variation selectors, zero-width joiner, keycap): GitHub drops them
# with the emoji, although Unicode files them as marks.
_EMOJI_MARKS = frozenset(chr(c) for c in (*range(0xFE00, 0xFE10), 0x200D, 0x20E3))


def slugify(text: str) -> str:
    """Lower-case; keep letters, marks, numbers, '-' and '_'; spaces become '-'.

    Everything else (punctuation, symbols, emoji) is dropped, as GitHub does.
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
