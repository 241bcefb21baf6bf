"""The link rules turn results into findings at each occurrence, with URL-only fixes."""

from __future__ import annotations

from pathlib import Path

from awesomelint.config import Config, RuleSetting
from awesomelint.context import LinkFacts, RuleContext
from awesomelint.document import Document
from awesomelint.engine import lint_text
from awesomelint.finding import Problem, Severity
from awesomelint.links import LinkResult
from awesomelint.parse.parser import parse
from awesomelint.rule import NoOptions
from awesomelint.rules import (
    archived_repository,
    broken_anchor,
    dead_link,
    missing_local_file,
    moved_repository,
    redirected_link,
)

TEXT = """# Awesome

## Tools

- [Dead](https://dead.test/x) - Gone. See also [again](https://dead.test/x).
- [Moved](http://moved.test/a "title") - Moved.
- [Ref][moved] - By reference.
- [Repo](https://github.com/old/repo) - Renamed.
- [Bot](https://bot.test/) - A wall.

[moved]: http://moved.test/a

```md
- [Dead](https://dead.test/x) in code
```
"""
RESULTS = {
    "https://dead.test/x": LinkResult("https://dead.test/x", "dead", 404),
    "http://moved.test/a": LinkResult("http://moved.test/a", "redirect", 200, "https://moved.test/b"),
    "https://github.com/old/repo": LinkResult("https://github.com/old/repo", "redirect", 200,
                                              "https://github.com/new/repo", archived=True, github=True),
    "https://bot.test/": LinkResult("https://bot.test/", "unknown", 999, error="status 999 (bot wall)"),
}


CTX = RuleContext(links=LinkFacts(RESULTS))


def doc(tmp_path: Path, text: str = TEXT) -> Document:
    return parse(text, tmp_path / "README.md")


def test_dead_link_at_each_occurrence_not_in_code(tmp_path: Path) -> None:
    problems = list(dead_link.check(doc(tmp_path), NoOptions(), CTX))
    assert [(p.line, p.column) for p in problems] == [(5, 3), (5, 48)]
    assert "HTTP 404" in problems[0].message


def apply(lines: list[str], problem: Problem) -> str:
    assert problem.fix is not None
    (edit,) = problem.fix.edits
    line = lines[edit.line - 1]
    return line[: edit.column - 1] + edit.replacement + line[edit.end_column - 1 :]


def test_redirect_fix_rewrites_only_the_url_also_in_a_refdef(tmp_path: Path) -> None:
    d = doc(tmp_path)
    problems = list(redirected_link.check(d, NoOptions(), CTX))
    assert [(p.line, p.column) for p in problems] == [(6, 3), (7, 3)]
    assert apply(list(d.lines), problems[0]) == '- [Moved](https://moved.test/b "title") - Moved.'
    assert problems[1].fix is not None and problems[1].fix.edits[0].line == 11
    assert apply(list(d.lines), problems[1]) == "[moved]: https://moved.test/b"


def test_moved_and_archived_repository(tmp_path: Path) -> None:
    d = doc(tmp_path)
    moved = list(moved_repository.check(d, NoOptions(), CTX))
    assert [(p.line, p.column) for p in moved] == [(8, 3)]
    assert apply(list(d.lines), moved[0]) == "- [Repo](https://github.com/new/repo) - Renamed."
    assert [p.line for p in archived_repository.check(d, NoOptions(), CTX)] == [8]
    assert all(p.line != 8 for p in redirected_link.check(d, NoOptions(), CTX))


def test_unreachable_is_a_warning_unless_strict() -> None:
    text = "# T\n\n- [Bot](https://bot.test/) - A wall.\n"
    results = {"https://bot.test/": RESULTS["https://bot.test/"]}
    (plain,) = lint_text(text, select=["unreachable-link"], link_results=results)
    assert plain.severity is Severity.WARNING and "bot wall" in plain.message
    (strict,) = lint_text(text, select=["unreachable-link"], link_results=results, strict_links=True)
    assert strict.severity is Severity.ERROR
    strict_config = Config(links={"strict": True})
    (configured,) = lint_text(text, select=["unreachable-link"], link_results=results, config=strict_config)
    assert configured.severity is Severity.ERROR
    chosen = Config(rules={"AL102": RuleSetting(None, Severity.INFO)}, links={"strict": True})
    (overridden,) = lint_text(text, select=["unreachable-link"], link_results=results, config=chosen)
    assert overridden.severity is Severity.INFO  # the user's config wins over the strict default


def test_network_rules_are_silent_without_results(tmp_path: Path) -> None:
    parsed = parse(TEXT, tmp_path / "README.md")
    assert list(dead_link.check(parsed, NoOptions(), RuleContext())) == []
    assert dead_link.META.network and not missing_local_file.META.network and not broken_anchor.META.network


def test_missing_local_file_and_broken_anchor(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a b.md").write_text("x")
    text = ("# Awesome Things\n\n## Sub Part\n\n<a name=\"custom\"></a>\n\n"
            "- [A](docs/a%20b.md#x) [B](docs/nope.md) [C](/docs/) [D](https://x.test/y) [E](mailto:a@b)\n"
            "- [F](#sub-part) [G](#Awesome-Things) [H](#custom) [I](#missing) [J](#user-content-sub-part)\n")
    d = parse(text, tmp_path / "README.md")
    files = list(missing_local_file.check(d, NoOptions()))
    assert [(p.line, p.column, p.message) for p in files] == [(7, 24, "no such file: docs/nope.md")]
    anchors = list(broken_anchor.check(d, NoOptions()))
    assert [(p.line, p.column) for p in anchors] == [(8, 52)]
