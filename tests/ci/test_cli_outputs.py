"""--format/--output pairs, auto format, and the GitHub Actions step files, through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from awesomelint.cli import main
from awesomelint.errors import UsageError
from awesomelint.report.outputs import Destination, in_order, plan

LIST = "# Awesome X\n\n- [A](https://a.example) - A.\n- [B](https://a.example) - B.\n"


@pytest.fixture
def listdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in ("GITHUB_ACTIONS", "GITHUB_STEP_SUMMARY", "GITHUB_OUTPUT"):
        monkeypatch.delenv(name, raising=False)
    (tmp_path / "README.md").write_text(LIST, encoding="utf-8")
    return tmp_path


def invoke(*args: str, env: dict[str, str] | None = None) -> tuple[int, str]:
    args = ("--select", "duplicate-link", *args)  # only the rule these tests are about
    result = CliRunner().invoke(main, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.output


def test_events_follow_the_command_line_as_clicks_parser_saw_it() -> None:
    formats, files = ("github", "sarif", "json:j.json"), (Path("a"), Path("b"), Path("c"))
    order = ["format", "format", "output", "output", "format", "output"]
    assert in_order(formats, files, order) == [
        ("format", "github"),
        ("format", "sarif"),
        ("output", "a"),
        ("output", "b"),
        ("format", "json:j.json"),
        ("output", "c"),
    ]


def test_format_with_a_file_writes_it_there_and_an_output_after_it_takes_its_extension() -> None:
    assert plan([("format", "sarif:r/x.sarif"), ("output", "y.json"), ("format", "github")]) == [
        Destination("github", None),
        Destination("sarif", Path("r/x.sarif")),
        Destination("json", Path("y.json")),
    ]


def test_plan_pairs_each_output_with_the_format_right_before_it() -> None:
    events = [("format", "github"), ("format", "sarif"), ("output", "x.sarif"), ("output", "y.md"), ("output", "z.txt")]
    assert plan(events) == [
        Destination("github", None),
        Destination("sarif", Path("x.sarif")),
        Destination("markdown", Path("y.md")),
        Destination("text", Path("z.txt")),
    ]
    assert plan([]) == [Destination("auto", None)]
    assert plan([("format", "json"), ("output", "a.txt")]) == [
        Destination("auto", None),
        Destination("json", Path("a.txt")),
    ]
    with pytest.raises(UsageError, match="only one format can go to the terminal"):
        plan([("format", "json"), ("format", "sarif")])


def test_several_pairs_in_one_run_and_the_terminal_still_gets_text(listdir: Path) -> None:
    code, out = invoke(
        "--format",
        "sarif",
        "--output",
        "r/out.sarif",
        "--format",
        "json",
        "-o",
        "out.json",
        "-o",
        "summary.md",
        "README.md",
    )
    assert code == 1
    assert "README.md:4:3: AL003 [error]" in out  # text on the terminal
    sarif = json.loads((listdir / "r" / "out.sarif").read_text())
    assert sarif["runs"][0]["results"][0]["ruleId"] == "AL003"
    assert json.loads((listdir / "out.json").read_text())["findings"][0]["rule"] == "AL003"
    assert (listdir / "summary.md").read_text().startswith("## awesomelint")


def test_auto_is_github_under_actions_and_writes_summary_and_outputs(listdir: Path) -> None:
    env = {
        "GITHUB_ACTIONS": "true",
        "GITHUB_STEP_SUMMARY": str(listdir / "summary"),
        "GITHUB_OUTPUT": str(listdir / "output"),
    }
    (listdir / "output").write_text("earlier=1\n")
    code, out = invoke("README.md", env=env)
    assert code == 1
    assert out.startswith("::error file=README.md,line=4,")
    assert "| AL003 duplicate-link | README.md:4:3 | error |" in (listdir / "summary").read_text()
    outputs = dict(line.split("=", 1) for line in (listdir / "output").read_text().splitlines())
    assert outputs == {"earlier": "1", "findings": "1", "errors": "1", "warnings": "0", "dead-links": "0"}


def test_format_file_spelling_and_the_older_pairs_give_the_same_files(listdir: Path) -> None:
    code, out = invoke("--format=sarif:r/a.sarif", "--format", "json:b.json", "--format", "markdown", "-oc.md",
                       "README.md")
    assert code == 1 and "README.md:4:3: AL003 [error]" in out
    assert json.loads((listdir / "r" / "a.sarif").read_text())["runs"][0]["results"][0]["ruleId"] == "AL003"
    assert json.loads((listdir / "b.json").read_text())["findings"][0]["rule"] == "AL003"
    assert (listdir / "c.md").read_text().startswith("## awesomelint")
    # "--" ends the options: a file called --format is linted, not read as an option
    code, out = invoke("--format", "json", "--", "--format")
    assert code == 2 and "--format" in out


def test_quiet_text_is_the_findings_only_and_a_text_file_keeps_its_summary(listdir: Path) -> None:
    code, out = invoke("-q", "--format", "text:full.txt", "README.md")
    assert code == 1
    assert out.count("\n") == 1 and out.startswith("README.md:4:3: AL003 [error] ")
    assert out.endswith("(duplicate-link)\n")
    assert (listdir / "full.txt").read_text().endswith("1 error, 0 warnings, 0 infos in 1 file\n")


def test_outside_actions_no_step_files_are_written(listdir: Path) -> None:
    code, out = invoke("README.md", env={"GITHUB_STEP_SUMMARY": str(listdir / "summary")})
    assert code == 1 and out.startswith("README.md:4:3")
    assert not (listdir / "summary").exists()


def test_bad_format_or_unwritable_output_is_a_usage_error(listdir: Path) -> None:
    code, _ = invoke("--format", "nope", "README.md")
    assert code == 2
    for bad in ("json:", "auto:x.txt", "nope:x.json"):
        code, out = invoke("--format", bad, "README.md")
        assert code == 2 and out.startswith("awesomelint: error:") and out.count("\n") == 1, out
    (listdir / "blocker").write_text("")
    code, out = invoke("--format", "json", "--output", "blocker/x.json", "README.md")
    assert code == 2 and "cannot write" in out
