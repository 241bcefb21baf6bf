"""The github format: escaping, positions, severity order and GitHub's annotation limits."""

from __future__ import annotations

import re

from reportfixture import check_golden, make_context, make_findings

from awesomelint.finding import Finding, Severity
from awesomelint.report import github

COMMAND = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<data>.*)$")


def unescape(text: str) -> str:
    """What the runner does (ActionCommand.cs): undo the escapes in reverse order."""
    return text.replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r").replace("%25", "%")


def parse(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.match(line)
    assert match, line
    props = dict(p.split("=", 1) for p in match["props"].split(","))
    return match[1], {k: unescape(v) for k, v in props.items()}, unescape(match["data"])


def test_golden() -> None:
    check_golden("golden.github.txt", github.render(make_findings(), make_context()))


def test_messages_and_titles_round_trip_through_the_runner_unescaping() -> None:
    out = github.render(make_findings(), make_context()).splitlines()
    commands = [parse(line) for line in out if line.startswith("::")]
    by_message = {message: props for _, props, message in commands}
    for finding in make_findings():
        assert by_message[finding.message]["title"] == f"{finding.rule_id} {finding.rule_name}"
        assert by_message[finding.message]["file"] == "README.md"


def test_errors_come_first_then_warnings_then_notices() -> None:
    kinds = [
        parse(line)[0] for line in github.render(make_findings(), make_context()).splitlines() if line.startswith("::")
    ]
    assert kinds == ["error", "error", "warning", "warning", "notice"]


def test_end_column_is_inclusive_and_only_on_one_line_spans() -> None:
    lines = github.render(make_findings(), make_context()).splitlines()
    props = {parse(line)[2]: parse(line)[1] for line in lines if line.startswith("::")}
    dup = props["Duplicate link https://alpha.example: first listed on line 7, 100% the same"]
    assert (dup["line"], dup["col"], dup["endLine"], dup["endColumn"]) == ("9", "3", "9", "32")
    multi = props["Spans lines,\r\nwith CRLF and a %0A literal"]
    assert multi["endLine"] == "5" and "endColumn" not in multi
    empty = props["Empty span at `## Más` <b>bold</b> [x](y) *z*"]
    assert "endColumn" not in empty  # an empty span has no inclusive end


def test_property_escaping_covers_colon_and_comma() -> None:
    assert github.escape_property("a:b,c%d\r\ne") == "a%3Ab%2Cc%25d%0D%0Ae"
    assert github.escape_data("a:b,c%d\r\ne") == "a:b,c%25d%0D%0Ae"
    weird = Finding(
        "dir/we:ird,name.md",
        1,
        1,
        "AL1",
        end_line=1,
        end_column=2,
        rule_name="x",
        severity=Severity.ERROR,
        message="m",
    )
    _, props, _ = parse(github.annotation(weird))
    assert props["file"] == "dir/we:ird,name.md"


def test_a_message_cannot_inject_a_workflow_command() -> None:
    evil = "ok\n::add-mask::secret\n::error::fake"
    findings = [
        Finding(
            "README.md",
            n,
            1,
            "AL1",
            end_line=n,
            end_column=2,
            rule_name="x",
            severity=Severity.ERROR,
            message=evil,
        )
        for n in range(1, 15)
    ]
    out = github.render(findings, make_context()).splitlines()
    assert not [line for line in out if line.startswith(("::add-mask", "::error::fake"))]
    assert sum(1 for line in out if "::add-mask::secret" in line) == 14  # all 14 still reported


def _many(errors: int, warnings: int, infos: int) -> list[Finding]:
    out = []
    for severity, count in ((Severity.ERROR, errors), (Severity.WARNING, warnings), (Severity.INFO, infos)):
        out += [
            Finding(
                "README.md",
                n + 1,
                1,
                f"AL{int(severity)}",
                end_line=n + 1,
                end_column=2,
                rule_name="r",
                severity=severity,
                message=f"{severity} {n}",
            )
            for n in range(count)
        ]
    return out


def test_at_most_ten_per_type_and_the_rest_are_counted_and_listed() -> None:
    out = github.render(_many(25, 3, 12), make_context()).splitlines()
    kinds = [parse(line)[0] for line in out if line.startswith("::")]
    assert kinds.count("error") == 10 and kinds.count("warning") == 3
    assert kinds.count("notice") == 10  # 9 findings plus the note
    note = [parse(line)[2] for line in out if line.startswith("::notice title=awesomelint")]
    assert note == [
        "18 finding(s) not shown as annotations (15 error, 3 info): GitHub shows at most 10 per type "
        "per step and 50 per job. The step summary and the log above list them all."
    ]
    plain = [line for line in out if line.startswith("README.md:")]
    assert len(plain) == 18 and plain[0] == "README.md:11:1: AL3 [error] error 10 (r)"


def test_no_note_when_everything_fits() -> None:
    out = github.render(_many(10, 10, 10), make_context())
    assert "not shown" not in out and out.count("::notice ") == 10
