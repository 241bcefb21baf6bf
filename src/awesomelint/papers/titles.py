"""When two written titles name the same paper: the comparison behind paper-link-mismatch and the
acceptance test for a title search.

Titles are normalised (HTML entities, LaTeX commands and braces, Unicode compatibility forms and
accents, case, punctuation, ``&``/``and``, hyphenation) and then compared word by word. Two titles
match when their normalised words are equal, when one is the other's main title (a subtitle
after ``:``/``?``/`` - `` given on one side only), or when their word sequences agree at least
``THRESHOLD`` (difflib ratio over words, a word matching its plural). The threshold is pinned on
real pairs in ``tests/papers/test_titles.py``: one changed word in six (``Graph`` vs
``Hypergraph``) is a different paper; one word added, dropped or inflected in ten is the same one.
"""

from __future__ import annotations

import html
import re
import unicodedata
from difflib import SequenceMatcher

THRESHOLD = 0.85
_LATEX_COMMAND = re.compile(r"\\(?:[A-Za-z]+\*?|.)")
_SUBTITLE = re.compile(r"\s*(?:[:：?？!]|\s[-–—]\s)\s*")
_WORD = re.compile(r"[^\W_]+")


def normalise(title: str) -> str:
    """Lower-case words of ``title`` separated by single spaces, markup and accents removed."""
    text = html.unescape(title)
    text = _LATEX_COMMAND.sub(_latex, text)
    text = text.replace("$", "").replace("{", "").replace("}", "").replace("&", " and ")
    if not text.isascii():  # ASCII has no accents to strip
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    return " ".join(_WORD.findall(text))


def _latex(match: re.Match[str]) -> str:
    """``\\alpha`` -> a space; an accent (``\\"{o}``) -> nothing, the letter stays; ``\\&`` -> ``&``."""
    name = match.group()[1:]
    if name.rstrip("*").isalpha():
        return " "
    return "" if name in "\"'`^~=." else name


def main_title(title: str) -> str:
    """The title before its first subtitle separator (the whole title when there is none)."""
    parts = _SUBTITLE.split(title.strip(), maxsplit=1)
    return parts[0] if len(parts) == 2 and parts[1].strip() else title


def _word(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def similarity(a: str, b: str) -> float:
    """1.0 for the same normalised title; otherwise the word-sequence ratio (0..1)."""
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return 0.0
    if na == nb or na.replace(" ", "") == nb.replace(" ", ""):
        return 1.0
    return SequenceMatcher(None, [_word(w) for w in na.split()], [_word(w) for w in nb.split()],
                           autojunk=False).ratio()


def same_title(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` name the same paper (see the module docstring)."""
    if similarity(a, b) >= THRESHOLD:
        return True
    main_a, main_b = main_title(a), main_title(b)
    if main_a == a and main_b == b:
        return False
    # a subtitle on one side only: the other side must be exactly its main title
    return (main_a != a and main_b == b and normalise(main_a) == normalise(b)) or (
        main_b != b and main_a == a and normalise(main_b) == normalise(a))


def any_same(title: str, candidates: tuple[str, ...] | list[str]) -> bool:
    return any(same_title(title, c) for c in candidates if c)
