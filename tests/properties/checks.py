"""The properties every input must keep, as plain functions: the hypothesis suite feeds them generated
and mutated Markdown (slow tier), and the fast tier replays the shrunk examples it once failed on
(``tests/fixtures/properties/*.md``)."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

import mistune
from mistune.plugins import table as mistune_tables

from awesomelint.engine import Overrides, lint_document
from awesomelint.finding import Finding
from awesomelint.fix import apply_edits, fix_text
from awesomelint.parse.inline import _plugins
from awesomelint.parse.parser import parse, split_lines
from awesomelint.urlkey import identity_key

PROFILES = ("awesome", "papers", "plain")
_RENDER = mistune.create_markdown(plugins=_plugins())  # the parser's own plugins (GFM tables as it reads them)
for _name in ("table", "table_head", "table_body", "table_row", "table_cell"):
    _RENDER.renderer.register(_name, getattr(mistune_tables, f"render_{_name}"))
_SPACE = re.compile(r"\s+")
_CODE_END = re.compile(r"\n</code>")

# Safe fixes whose very purpose is to add something readers see: their rendering may gain HTML, but
# must lose none (everything else about them is checked like any other fix).
ADDS_BY_DESIGN: dict[str, str] = {"AL122": "adds the awesome badge to the title",
                                  "AL128": "adds the final period the list's descriptions use",
                                  "AL201": "adds the space a paper entry's comma lacks"}
# Safe fixes that rewrite the separator between an entry's link and its description (an en dash, a
# colon, a no-break space become ' - '): the rendering may change in those characters only.
SEPARATES_BY_DESIGN: dict[str, str] = {"AL126": "writes the list's separator ' - ' in place of another"}
_SEPARATOR_CHARS = re.compile(r"[\s\-\u2013\u2014:\u00a0]")
# Safe fixes that change one heading's level and nothing else.
RELEVELS_BY_DESIGN: dict[str, str] = {"AL120": "makes the list's title a level-1 heading"}
_HEADING = re.compile(r"<h([1-6])>")
# Safe fixes that rejoin a list a stray bullet split in two (CommonMark starts a new list at a new
# bullet character): the lists' boundaries may go, nothing else may change.
JOINS_LISTS_BY_DESIGN: dict[str, str] = {"AL036": "a stray bullet split the list; the fix rejoins it"}


def lint(text: str, profile: str) -> list[Finding]:
    return lint_document(parse(text), overrides=Overrides(profile=profile))


def html(text: str) -> str:
    """Rendered HTML, whitespace collapsed; a code block's final line ending (which mistune drops at
    the end of a file without one, and nobody sees) does not count."""
    return _SPACE.sub(" ", _CODE_END.sub("</code>", str(_RENDER(text)))).strip()


def urls(text: str) -> Counter[str]:
    """Each link's URL by identity (a fix may drop a tracking parameter or switch http to https, but
    never a link)."""
    return Counter(identity_key(link.url) for link in parse(text).links if link.url)


def check_no_crash_and_positions(text: str, profile: str) -> list[Finding]:
    findings = lint(text, profile)
    crashed = [f.message for f in findings if f.rule_id == "AL999"]
    assert not crashed, crashed
    lines = split_lines(text) or ("",)
    for f in findings:
        where = f"{f.rule_id} {f.line}:{f.column}-{f.end_line}:{f.end_column} {f.message}"
        assert 1 <= f.line <= len(lines), where
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1, where
        assert (f.end_line, f.end_column) >= (f.line, f.column), where
        assert f.end_line <= len(lines), where
        assert f.end_column <= len(lines[f.end_line - 1]) + 1, where
    return findings


def check_fix_idempotent_and_lossless(text: str, profile: str, unsafe: bool) -> str:
    outcome = fix_text(text, lambda t: lint(t, profile), unsafe=unsafe)
    assert outcome.stable, f"fixes still coming after {outcome.passes} passes"
    again = fix_text(outcome.text, lambda t: lint(t, profile), unsafe=unsafe)
    assert again.text == outcome.text, "a second --fix changed the text"
    lost = urls(text) - urls(outcome.text)
    assert not lost, f"--fix lost link URLs {sorted(lost)}"
    return outcome.text


def check_bytes_outside_edits(text: str, findings: Sequence[Finding], unsafe: bool) -> None:
    """One pass: every character outside the offered edits is still there, in order."""
    fixed, count = apply_edits(text, findings, unsafe=unsafe)
    if not count:
        return
    offsets = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]

    def offset(line: int, column: int) -> int:
        if line > len(offsets):
            return len(text)
        end = offsets[line] if line < len(offsets) else len(text)
        return min(offsets[line - 1] + column - 1, end)

    spans = sorted((offset(e.line, e.column), offset(e.end_line, e.end_column))
                   for f in findings if f.fix and (f.fix.safe or unsafe) for e in f.fix.edits)
    kept, at = [], 0
    for start, end in spans:
        if start > at:
            kept.append(text[at:start])
        at = max(at, end)
    kept.append(text[at:])
    position = 0
    for piece in kept:
        found = fixed.find(piece, position)
        assert found >= 0, f"text outside every edit was lost: {piece[:80]!r}"
        position = found + len(piece)


def check_safe_fixes_keep_rendering(text: str, findings: Sequence[Finding]) -> None:
    """Each safe fix alone leaves GitHub's rendering (mistune, GFM tables) as it was."""
    before = html(text)
    for finding in findings:
        if finding.fix is None or not finding.fix.safe:
            continue
        fixed, count = apply_edits(text, [finding])
        if count:
            after = html(fixed)
            if _only_what_it_names(text, finding, before, after):
                continue
            if finding.rule_id in RELEVELS_BY_DESIGN and _one_heading_relevelled(before, after):
                continue
            if finding.rule_id in JOINS_LISTS_BY_DESIGN and _unsplit(before) == _unsplit(after):
                continue
            if finding.rule_id in SEPARATES_BY_DESIGN and (
                    _SEPARATOR_CHARS.sub("", before) == _SEPARATOR_CHARS.sub("", after)):
                continue
            if finding.rule_id in ADDS_BY_DESIGN:
                ops = difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
                assert all(op in ("equal", "insert") for op, *_ in ops), (finding.rule_id, before, after)
                continue
            assert after == before, (f"safe fix {finding.rule_id} ({finding.fix.title}) at {finding.line}:"
                                     f"{finding.column} changes the rendered HTML:\n{before}\n---\n{after}")


def _only_what_it_names(text: str, finding: Finding, before: str, after: str) -> bool:
    """The rendering changed exactly where the edited text shows: a fix that rewrites a URL changes
    that URL (and an autolink's text) at one place, nothing else. Short or blank edits never qualify."""
    assert finding.fix is not None
    if len(finding.fix.edits) != 1 or finding.fix.edits[0].line != finding.fix.edits[0].end_line:
        return False
    edit = finding.fix.edits[0]
    old = text.splitlines(keepends=True)[edit.line - 1][edit.column - 1:edit.end_column - 1]
    if len(old.strip()) < 3 or not any(c.isalnum() for c in old):
        return False
    shown = [m.start() for m in re.finditer(re.escape(old), before)]
    # the edited text shows once (a link's text) or twice (an autolink: its href and its text)
    return any(_replace_at(before, old, edit.replacement, picks) == after
               for picks in [[a] for a in shown] + [[a, b] for a, b in pairwise(shown)])


def _unsplit(html_text: str) -> str:
    return re.sub(r"\s*</ul>\s*<ul>\s*", " ", html_text)


def _one_heading_relevelled(before: str, after: str) -> bool:
    for m in _HEADING.finditer(before):
        close = before.index(f"</h{m.group(1)}>", m.end())
        for level in "123456":
            if (before[:m.start()] + f"<h{level}>" + before[m.end():close] + f"</h{level}>"
                    + before[close + 5:]) == after:
                return True
    return False


def _replace_at(text: str, old: str, new: str, offsets: list[int]) -> str:
    for offset in sorted(offsets, reverse=True):
        text = text[:offset] + new + text[offset + len(old):]
    return text


def check_all(text: str, profile: str) -> None:
    findings = check_no_crash_and_positions(text, profile)
    check_bytes_outside_edits(text, findings, unsafe=False)
    check_bytes_outside_edits(text, findings, unsafe=True)
    check_safe_fixes_keep_rendering(text, findings)
    check_fix_idempotent_and_lossless(text, profile, unsafe=False)
    check_fix_idempotent_and_lossless(text, profile, unsafe=True)
