"""The action's shell steps, run for real with bash as the runner would run them (minus `uses:`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from gitrepo import clean_env, commit, git, init
from tools import REPO

STEPS = {s.get("id"): s for s in yaml.safe_load((REPO / "action.yml").read_text())["runs"]["steps"]}
LIST = "# Awesome X\n\n## Tools\n\n- [A](https://a.example) - A.\n- [B](https://a.example) - B.\n"


def awesomelint() -> str:
    found = Path(sys.executable).parent / "awesomelint"
    if not found.is_file():
        pytest.skip("the awesomelint console script is not installed next to this Python")
    return str(found)


def run_step(step: str, cwd: Path, env: dict[str, str]) -> tuple[int, str, dict[str, str]]:
    """Run one step's script with its env (values given here, as the runner would expand them)."""
    output = cwd / f"github-output-{step}"
    output.write_text("")
    full = {
        **clean_env(),
        "AWESOMELINT_PYTHON": sys.executable,
        "RUNNER_TEMP": str(cwd.parent),
        **env,
        "GITHUB_OUTPUT": str(output),
        "GITHUB_ACTIONS": "true",
        "GITHUB_STEP_SUMMARY": str(cwd / "summary.md"),
    }
    done = subprocess.run(
        ["bash", "-e", "-c", STEPS[step]["run"]],
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    outputs = dict(line.split("=", 1) for line in output.read_text().splitlines() if "=" in line)
    return done.returncode, done.stdout + done.stderr, outputs


@pytest.mark.parametrize(
    ("event", "diff", "links", "papers", "expected"),
    [
        ("pull_request", "auto", "auto", "false", {"diff-base": "abc123", "check-links": "true"}),
        ("push", "auto", "auto", "false", {"diff-base": "", "check-links": "false"}),
        ("pull_request", "false", "auto", "false", {"diff-base": "", "check-links": "false"}),
        ("push", "auto", "true", "false", {"diff-base": "", "check-links": "true"}),
        ("pull_request", "auto", "false", "false", {"diff-base": "abc123", "check-links": "false"}),
        ("push", "auto", "auto", "true", {"diff-base": "", "check-links": "false", "check-papers": "true"}),
    ],
)
def test_plan(tmp_path: Path, event: str, diff: str, links: str, papers: str, expected: dict[str, str]) -> None:
    env = {
        "EVENT_NAME": event,
        "DIFF": diff,
        "DIFF_BASE": "",
        "PR_BASE_SHA": "abc123" if "pull" in event else "",
        "CHECK_LINKS": links,
        "CHECK_PAPERS": papers,
    }
    code, out, outputs = run_step("plan", tmp_path, env)
    assert code == 0, out
    online = "true" if "true" in (expected["check-links"], expected.get("check-papers")) else "false"
    assert outputs == {"check-papers": "false", **expected, "online": online, "workdir": str(tmp_path), "error": ""}


def test_plan_rejects_a_bad_check_papers(tmp_path: Path) -> None:
    env = {"EVENT_NAME": "push", "DIFF": "auto", "DIFF_BASE": "", "PR_BASE_SHA": "", "CHECK_LINKS": "auto",
           "CHECK_PAPERS": "maybe"}
    code, _, outputs = run_step("plan", tmp_path, env)
    assert code == 0 and "check-papers must be true or false" in outputs["error"]


def test_plan_passes_a_bad_input_to_the_lint_step_which_reports_it(tmp_path: Path) -> None:
    env = {"EVENT_NAME": "push", "DIFF": "true", "DIFF_BASE": "", "PR_BASE_SHA": "", "CHECK_LINKS": "auto"}
    code, out, outputs = run_step("plan", tmp_path, env)
    assert code == 0 and outputs["error"].startswith("diff is true but there is no pull request base")
    code, out, outputs = run_step("lint", tmp_path, lint_env(PLAN_ERROR=outputs["error"]))
    assert_usage_failure(tmp_path, code, out, outputs, "diff is true")


def assert_usage_failure(where: Path, code: int, out: str, outputs: dict[str, str], message: str) -> None:
    """A run that could not lint: exit 2, an annotation, a summary that says why, and every output."""
    assert code == 2, out
    assert "::error title=awesomelint::" in out and message in out
    assert outputs == {"findings": "0", "errors": "0", "warnings": "0", "dead-links": "0", "exit-code": "2"}
    assert message in (where / "summary.md").read_text()


def lint_env(**extra: str) -> dict[str, str]:
    env = {
        "PATHS": "README.md",
        "ARGS": "--select duplicate-link",
        "FAIL_ON": "",
        "FORMAT": "",
        "COMMENT": "false",
        "DIFF_FILTER": "",
        "PLAN_ERROR": "",
        "WORKDIR": "",
        "SARIF_FILE": "",
        "DIFF_BASE": "",
        "CHECK_LINKS": "false",
        "CACHE": "true",
        "CACHE_PATH": "cache/links.json",
        "GITHUB_TOKEN": "t0ken",
    }
    return {**env, **extra}


def test_lint_step_annotates_writes_sarif_summary_and_outputs(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(LIST)
    code, out, outputs = run_step("lint", tmp_path, lint_env(SARIF_FILE="reports/out.sarif"))
    assert code == 1, out
    assert "::error file=README.md,line=6,endLine=6,col=3," in out
    assert "t0ken" not in out
    assert outputs == {"findings": "1", "errors": "1", "warnings": "0", "dead-links": "0", "exit-code": "1"}
    assert json.loads((tmp_path / "reports" / "out.sarif").read_text())["runs"][0]["results"]
    assert "| AL003 duplicate-link | README.md:6:3 | error |" in (tmp_path / "summary.md").read_text()


def test_lint_step_args_are_split_but_never_evaluated(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(LIST)
    code, out, outputs = run_step("lint", tmp_path, lint_env(ARGS="--select $(touch pwned) *"))
    assert not (tmp_path / "pwned").exists()
    assert_usage_failure(tmp_path, code, out, outputs, "$(touch")  # handed over literally: an unknown rule


def test_lint_step_in_pr_diff_mode(tmp_path: Path) -> None:
    repo = init(tmp_path / "list")
    commit(repo, {"README.md": LIST}, "base")
    base = git(repo, "rev-parse", "HEAD").strip()
    git(repo, "checkout", "-q", "-b", "pr")
    commit(repo, {"README.md": LIST + "- [C](https://c.example) - C.\n"})
    code, out, outputs = run_step("lint", repo, lint_env(DIFF_BASE=base))
    assert code == 0, out  # the old duplicate is not the pull request's doing
    assert outputs["findings"] == "0"
    commit(repo, {"README.md": LIST + "- [C](https://a.example) - C.\n"})
    code, out, outputs = run_step("lint", repo, lint_env(DIFF_BASE=base))
    assert code == 1 and outputs["findings"] == "1"
    assert "::error file=README.md,line=7," in out


def _start(temp: Path, action: Path) -> dict[str, str]:
    base = {"PYTHON": sys.executable, "RUNNER_TEMP": str(temp), "GITHUB_ACTION_PATH": str(action)}
    code, out, key = run_step("key", temp, base)
    assert code == 0 and len(key["key"]) == 20, out
    code, out, outputs = run_step("install", temp, {**base, "KEY": key["key"]})
    assert code == 0, out
    return {**outputs, **key}


@pytest.mark.slow
def test_install_step_installs_from_the_action_path_then_reuses_the_environment(tmp_path: Path) -> None:
    outputs = _start(tmp_path, REPO)
    installed = outputs["awesomelint"]
    assert outputs["cached"] == "false"
    assert installed == str(tmp_path / "awesomelint-venv" / "bin" / "awesomelint")
    version = subprocess.run([installed, "--version"], capture_output=True, text=True, check=False)
    assert version.returncode == 0 and "awesomelint" in version.stdout
    again = _start(tmp_path, REPO)  # what a restored actions/cache entry gives the next run
    assert again["cached"] == "true" and again["key"] == outputs["key"] and again["python"] == outputs["python"]


@pytest.mark.slow
def test_install_step_prefers_the_releases_wheel_and_a_new_key_rebuilds(tmp_path: Path) -> None:
    action = tmp_path / "action"
    action.mkdir()
    (action / "pyproject.toml").write_text((REPO / "pyproject.toml").read_text())
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(action / "dist"),
                    str(REPO)], check=True)
    temp = tmp_path / "temp"
    temp.mkdir()
    outputs = _start(temp, action)  # no src/ here: only the wheel can have installed it
    assert outputs["cached"] == "false"
    assert subprocess.run([outputs["awesomelint"], "--version"], check=False).returncode == 0
    (action / "pyproject.toml").write_text((REPO / "pyproject.toml").read_text() + "\n# changed\n")
    changed = _start(temp, action)
    assert changed["key"] != outputs["key"] and changed["cached"] == "false"


def test_lint_step_args_are_split_like_a_shell_with_quotes(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(LIST)
    code, out, outputs = run_step("lint", tmp_path, lint_env(ARGS="--select 'duplicate-link' --ignore \"AL002\""))
    assert code == 1 and outputs["findings"] == "1", out
    code, out, outputs = run_step("lint", tmp_path, lint_env(ARGS="--select 'duplicate-link"))
    assert_usage_failure(tmp_path, code, out, outputs, "args: cannot split")


def test_fail_on_is_empty_by_default_and_the_config_decides(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(LIST.replace("- B.", "- B. "))
    (tmp_path / ".awesomelint.toml").write_text('fail-on = "warning"\nselect = ["no-trailing-spaces"]\n')
    code, out, outputs = run_step("lint", tmp_path, lint_env(ARGS=""))
    assert code == 1 and outputs["warnings"] == "1", out  # the config's warning threshold
    code, out, outputs = run_step("lint", tmp_path, lint_env(ARGS="", FAIL_ON="error"))
    assert code == 0 and outputs["exit-code"] == "0", out  # the input, when given, wins
    code, out, outputs = run_step("lint", tmp_path, lint_env(ARGS="", FAIL_ON="severe"))
    assert_usage_failure(tmp_path, code, out, outputs, "fail-on must be error, warning or info")


def test_a_git_error_still_writes_annotation_summary_and_outputs(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(LIST)
    code, out, outputs = run_step("lint", tmp_path, lint_env(DIFF_BASE="no-such-ref"))
    assert_usage_failure(tmp_path, code, out, outputs, "needs a git repository")


def test_paths_are_one_per_line_with_spaces_and_globs_that_include_the_root(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(LIST)
    (tmp_path / "my list.md").write_text(LIST)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "more.md").write_text(LIST)
    code, out, outputs = run_step("lint", tmp_path, lint_env(PATHS="my list.md\n\n"))
    assert code == 1 and outputs["findings"] == "1" and "file=my list.md," in out, out
    code, out, outputs = run_step("lint", tmp_path, lint_env(PATHS="**/*.md"))
    assert code == 1 and outputs["findings"] == "3", out
    assert all(f"file={name}," in out for name in ("README.md", "my list.md", "docs/more.md"))
    code, out, outputs = run_step("lint", tmp_path, lint_env(PATHS="nothing/**/*.md"))
    assert_usage_failure(tmp_path, code, out, outputs, "matches no file")


def test_format_text_turns_annotations_off(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(LIST)
    code, out, outputs = run_step("lint", tmp_path, lint_env(FORMAT="text"))
    assert code == 1 and outputs["findings"] == "1"
    assert "::error" not in out and "README.md:6:3: AL003" in out


def test_the_summary_is_not_written_by_pre_commit_batches_or_fix_diff(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(LIST)
    run_step("lint", tmp_path, lint_env(PRE_COMMIT="1"))
    assert not (tmp_path / "summary.md").exists()
    run_step("lint", tmp_path, lint_env(ARGS="--select entry-separator --fix --diff"))
    assert not (tmp_path / "summary.md").exists()
    run_step("lint", tmp_path, lint_env())
    assert (tmp_path / "summary.md").read_text().count("## awesomelint") == 1


def test_the_summary_links_each_finding_to_the_pull_requests_head(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(LIST)
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"number": 3, "head": {"sha": "c0ffee" * 6 + "beef"}}}))
    env = lint_env(GITHUB_REPOSITORY="o/list", GITHUB_SERVER_URL="https://github.com", GITHUB_EVENT_PATH=str(event),
                   GITHUB_SHA="f" * 40)
    run_step("lint", tmp_path, env)
    summary = (tmp_path / "summary.md").read_text()
    assert f"[README.md:6:3](https://github.com/o/list/blob/{'c0ffee' * 6}beef/README.md#L6)" in summary
    assert "#### README.md › Tools" in summary


def test_lint_step_without_paths_lints_the_readme(tmp_path: Path) -> None:
    (tmp_path / "readme.md").write_text(LIST)
    code, out, outputs = run_step("lint", tmp_path, lint_env(PATHS=""))
    assert code == 1, out
    assert outputs["errors"] == "1" and "::error file=readme.md," in out


def test_lint_step_checks_links_with_the_cache_path(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Awesome X\n\n## Tools\n\n- [Gone](gone.md) - Local, no network.\n")
    code, out, outputs = run_step("lint", tmp_path, lint_env(CHECK_LINKS="true", ARGS="--select missing-local-file"))
    assert code == 1, out
    assert "title=AL110 missing-local-file::no such file: gone.md" in out
    assert outputs["findings"] == "1"
    assert "### Dead links" in (tmp_path / "summary.md").read_text()
    assert (tmp_path / "cache" / "links.json").is_file()


def test_cache_false_leaves_no_cache_file(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# Awesome X\n\n## Tools\n\n- [Gone](gone.md) - Local, no network.\n")
    code, out, _ = run_step("lint", tmp_path, lint_env(CHECK_LINKS="true", CACHE="false",
                                                       ARGS="--select missing-local-file"))
    assert code == 1, out
    assert not (tmp_path / "cache").exists() and not list(tmp_path.glob("*cache*"))


def _pull_request_target(tmp_path: Path, head_sha: str | None = None) -> tuple[Path, dict[str, str], str]:
    """An upstream with a pull request (refs/pull/7/head) and a workspace checked out at the base branch."""
    upstream = init(tmp_path / "upstream")
    base = commit(upstream, {"README.md": LIST.replace("](https://a.example) - B.", "](https://b.example) - B.")})
    git(upstream, "checkout", "-q", "-b", "contrib")
    head = commit(upstream, {"README.md": LIST}, "the pull request adds a duplicate")
    git(upstream, "update-ref", "refs/pull/7/head", head)
    git(upstream, "checkout", "-q", "main")
    git(upstream, "branch", "-q", "-D", "contrib")
    workspace = tmp_path / "ws"
    git(tmp_path, "clone", "-q", "--branch", "main", upstream.as_uri(), str(workspace))
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"number": 7, "head": {"sha": head_sha or head},
                                                  "base": {"sha": base}}}))
    env = {"EVENT_NAME": "pull_request_target", "DIFF": "auto", "DIFF_BASE": "", "PR_BASE_SHA": base,
           "CHECK_LINKS": "false", "GITHUB_EVENT_PATH": str(event)}
    return workspace, env, head


def test_pull_request_target_lints_the_pull_requests_head_in_a_separate_worktree(tmp_path: Path) -> None:
    workspace, env, head = _pull_request_target(tmp_path)
    code, out, plan = run_step("plan", workspace, env)
    assert code == 0 and plan["error"] == "", out
    tree = Path(plan["workdir"])
    assert tree != workspace and git(tree, "rev-parse", "HEAD").strip() == head
    assert "b.example" in (workspace / "README.md").read_text()  # the workspace is left at the base
    code, out, outputs = run_step("lint", workspace, lint_env(WORKDIR=str(tree), DIFF_BASE=plan["diff-base"]))
    assert code == 1 and outputs["findings"] == "1" and "::error file=README.md,line=6," in out


def test_pull_request_target_without_the_head_is_an_error_not_a_silent_pass(tmp_path: Path) -> None:
    workspace, env, _ = _pull_request_target(tmp_path, head_sha="0123456789" * 4)
    _, _, plan = run_step("plan", workspace, env)
    assert "cannot fetch the pull request's head" in plan["error"]
    code, out, outputs = run_step("lint", workspace, lint_env(PLAN_ERROR=plan["error"], DIFF_BASE=plan["diff-base"]))
    assert_usage_failure(workspace, code, out, outputs, "pull_request_target")


def test_comment_writes_the_review_body_and_leaves_annotations_to_the_review_step(tmp_path: Path) -> None:
    repo = init(tmp_path / "list")
    base = commit(repo, {"README.md": LIST.replace("](https://a.example) - B.", "](https://b.example) - B.")})
    commit(repo, {"README.md": LIST})
    code, out, _ = run_step("lint", repo, lint_env(COMMENT="true", DIFF_BASE=base))
    assert code == 1 and "::error" not in out, out
    review = json.loads((tmp_path / "awesomelint-review.json").read_text())
    assert [c["line"] for c in review["comments"]] == [6]


def test_dead_links_counts_the_annotated_dead_link_findings_and_agrees_with_the_exit_code(tmp_path: Path) -> None:
    import http.server
    import threading

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200 if self.path == "/ok" else 404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_HEAD = do_GET

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    try:
        (tmp_path / "README.md").write_text(
            f"# Awesome X\n\n## Tools\n\n- [A]({url}/ok) - A.\n- [B]({url}/gone) - B.\n"
            f"<!-- awesomelint-disable-next-line dead-link -->\n- [C]({url}/gone-too) - C.\n")
        env = lint_env(CHECK_LINKS="true", CACHE="false", ARGS="--allow-private --select dead-link")
        code, out, outputs = run_step("lint", tmp_path, env)
    finally:
        server.shutdown()
    annotated = out.count("title=AL100 dead-link")
    assert annotated == 1 and outputs["dead-links"] == "1", out  # the suppressed one is neither
    assert code == 1 and outputs["exit-code"] == "1"


def test_lint_step_checks_papers_with_the_shared_cache(tmp_path: Path) -> None:
    from tests.scholar.fakeapi import FakeScholar, serve

    paper = {"title": "Parameter-Efficient Transfer from Sequential Behaviors for User Modeling and Recommendation",
             "arxiv": "2001.04253", "arxiv_year": 2020, "venue": "SIGIR", "year": 2020, "type": "conference"}
    entry = "- {}, SIGIR {} , [[paper]](https://arxiv.org/pdf/2001.04253.pdf)\n"
    text = "# Papers\n\n" + "".join(entry.format(t, y) for t, y in [
        (paper["title"], 2020), ("One Person, One Model, One World: Learning Continual User Representation", 2021),
        ("A Third Paper Entry For Detection", 2021), ("A Fourth Paper Entry Here", 2022), ("A Fifth One", 2022)])
    (tmp_path / "README.md").write_text(text)
    state = FakeScholar([paper])
    with serve(state) as base:
        env = lint_env(CHECK_PAPERS="true", ARGS="--allow-private --select paper-link-mismatch",
                       AWESOMELINT_SCHOLAR_BASE=base, AWESOMELINT_SCHOLAR_RATE_SCALE="0.01")
        code, out, outputs = run_step("lint", tmp_path, env)
    assert code == 1 and outputs["exit-code"] == "1", out
    assert "::error file=README.md,line=4," in out and "AL241" in out
    assert state.by("s2") and "papers" in json.loads((tmp_path / "cache" / "links.json").read_text())


def test_review_step_posts_the_lint_steps_review_to_the_api(tmp_path: Path) -> None:
    from fakegithub import TOKEN, fake_github

    repo = init(tmp_path / "list")
    base = commit(repo, {"README.md": LIST.replace("](https://a.example) - B.", "](https://b.example) - B.")})
    head = commit(repo, {"README.md": LIST})
    code, out, _ = run_step("lint", repo, lint_env(COMMENT="true", DIFF_BASE=base))
    assert code == 1, out
    event = tmp_path / "event.json"
    event.write_text(json.dumps({"pull_request": {"number": 5, "head": {"sha": head}}}))
    with fake_github() as (url, state):
        state.files = [{"filename": "README.md", "patch": "@@ -6 +6 @@\n-x\n+y\n"}]
        env = {"GITHUB_TOKEN": TOKEN, "GITHUB_API_URL": url, "GITHUB_REPOSITORY": "o/list",
               "GITHUB_EVENT_PATH": str(event)}
        code, out, _ = run_step("review", repo, env)
    assert code == 0 and "1 comment(s) posted" in out, out
    assert TOKEN not in out
    [review] = state.reviews
    assert review["commit_id"] == head and [c["line"] for c in review["comments"]] == [6]
