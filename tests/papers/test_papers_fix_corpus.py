"""`--fix --unsafe-fixes` on every paper list of both corpora keeps what each paper entry says (issue #10):
its title, venue and year read the same before and after, other than the reported change. A fix
may respace or respell (titles are compared folded, venues by the catalog's canonical names, two-digit
years by their value) and may make a value readable that the entry already wrote (joining an entry
split over two lines), but never moves a year, a month or a venue out of the entry it belongs to."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

import pytest

from awesomelint.engine import lint_text
from awesomelint.fix import fix_text
from awesomelint.papers import Paper, papers
from awesomelint.papers.rulekit import fold_title
from awesomelint.papers.venues import catalog
from awesomelint.parse.parser import parse
from tests.conftest import SHARED, require_shared
from tests.papers.coverage import paper_lists

LISTS = paper_lists() if SHARED.is_dir() else []


@dataclass(frozen=True, slots=True)
class Reading:
    """What a reader takes from one entry, in comparable form."""

    title: str | None
    venue: tuple[str, ...] | str | None
    year: int | None
    paper: bool  # the parser takes it for a paper (news items and tool rows are not compared)
    line: int
    text: str

    @property
    def key(self) -> tuple[object, ...]:
        return self.title, self.venue, self.year


def _venue(written: str | None) -> tuple[str, ...] | str | None:
    if written is None:
        return None
    names = sorted({m.venue.name for m in catalog().mentions(written)})
    return tuple(names) if names else " ".join(written.casefold().split())


def readings(text: str, path: Path) -> list[Reading]:
    def one(p: Paper) -> Reading:
        return Reading(fold_title(p.title.text) if p.title else None, _venue(p.reading_venue), p.reading_year,
                       p.looks_like_paper, p.line, p.source.text)
    return [one(p) for p in papers(parse(text, path))]


def changes(before: list[Reading], after: list[Reading]) -> list[str]:
    """What the fix changed in entries that read as papers, beyond a value the entry already wrote
    and now reads."""
    found: list[str] = []
    matcher = difflib.SequenceMatcher(None, [r.key for r in before], [r.key for r in after], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        old, new = before[i1:i2], after[j1:j2]
        if len(old) != len(new):
            papers_old, papers_new = [r for r in old if r.paper], [r for r in new if r.paper]
            if [r.key for r in papers_old] != [r.key for r in papers_new]:
                found.append(f"entries {[r.line for r in old]} became {[r.line for r in new]}")
            continue
        for a, b in zip(old, new, strict=True):
            if not (a.paper or b.paper):
                continue
            for field, was, now in (("title", a.title, b.title), ("venue", a.venue, b.venue),
                                    ("year", a.year, b.year)):
                if was != now and not _gained(a, was, now):
                    found.append(f"line {a.line}: {field} {was!r} became {now!r}")
    return found


def _gained(entry: Reading, was: object, now: object) -> bool:
    """A value found after the fix that the entry wrote before it (the parser now reads it)."""
    if was is not None or now is None:
        return False
    words = now if isinstance(now, tuple) else (str(now),)
    return all(w.casefold() in entry.text.casefold() for w in words)


def test_changes_sees_a_moved_year_and_a_dropped_venue() -> None:
    path = Path("README.md")
    before = readings("# P\n\n- Deep Residual Learning for Images, CVPR 2016, [[paper]](https://arxiv.org/abs/1512.03385)\n"
                      "- Attention Is All You Need, [[paper]](https://arxiv.org/abs/1706.03762)\n", path)
    moved = readings("# P\n\n- Deep Residual Learning for Images, CVPR, [[paper]](https://arxiv.org/abs/1512.03385)\n"
                     "- Attention Is All You Need, 2016, [[paper]](https://arxiv.org/abs/1706.03762)\n", path)
    assert changes(before, moved) == ["line 3: year 2016 became None", "line 4: year None became 2016"]
    respelled = readings("# P\n\n- Deep  residual learning for images, cvpr 2016, [[paper]](https://arxiv.org/abs/1512.03385)\n"
                         "- Attention Is All You Need, [[paper]](https://arxiv.org/abs/1706.03762)\n", path)
    assert changes(before, respelled) == []


@pytest.mark.slow
@pytest.mark.parametrize("name", LISTS or [None])
def test_unsafe_fixes_keep_every_papers_title_venue_and_year(name: str | None) -> None:
    require_shared()
    assert name is not None
    path = SHARED / name
    text = path.read_text(encoding="utf-8").lstrip("\ufeff")
    outcome = fix_text(text, lambda source: lint_text(source, path=path), unsafe=True)
    assert outcome.stable, "fixes kept coming"
    assert changes(readings(text, path), readings(outcome.text, path)) == []
