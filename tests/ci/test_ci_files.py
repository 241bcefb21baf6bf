"""The action, the workflows and the pre-commit manifest pass the validators CI uses."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
import yaml
from tools import REPO, require_tool

from awesomelint.scaffold import template

WORKFLOWS = sorted([*REPO.glob(".github/workflows/*.yml"), *REPO.glob("examples/workflows/*.yml")])
# zizmor audits every workflow of this repository and every example
AUDITED = [*REPO.glob(".github/workflows/*.yml"), *REPO.glob("examples/workflows/*.yml")]


def run(*cmd: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], cwd=REPO, capture_output=True, text=True, check=False, timeout=120)


def test_workflows_match_githubs_schema(tmp_path: Path) -> None:
    tool = require_tool("check-jsonschema", "pip install check-jsonschema")
    init_workflow = tmp_path / "awesomelint.yml"
    init_workflow.write_text(template("workflow.yml"), encoding="utf-8")
    done = run(tool, "--builtin-schema", "vendor.github-workflows", *WORKFLOWS, init_workflow)
    assert done.returncode == 0, done.stdout + done.stderr
    broken = tmp_path / "broken.yml"
    broken.write_text(template("workflow.yml").replace("runs-on:", "run-on:"), encoding="utf-8")
    assert run(tool, "--builtin-schema", "vendor.github-workflows", broken).returncode != 0


def test_action_matches_githubs_schema() -> None:
    tool = require_tool("check-jsonschema", "pip install check-jsonschema")
    done = run(tool, "--builtin-schema", "vendor.github-actions", REPO / "action.yml")
    assert done.returncode == 0, done.stdout + done.stderr


def test_zizmor_offline_audit_is_clean(tmp_path: Path) -> None:
    tool = require_tool("zizmor", "pip install zizmor")
    config = REPO / ".github" / "zizmor.yml"
    assert "unpinned-uses" not in yaml.safe_load(config.read_text())["rules"]  # the default pinning policy
    done = run(tool, "--offline", "--config", config, REPO / "action.yml", *AUDITED)
    assert done.returncode == 0, done.stdout + done.stderr
    injected = tmp_path / "bad.yml"  # a negative control: zizmor must catch a template injection
    injected.write_text(
        template("workflow.yml") + "      - run: echo ${{ github.event.pull_request.title }}\n",
        encoding="utf-8",
    )
    assert run(tool, "--offline", "--config", config, injected).returncode != 0


def test_pre_commit_manifest_is_valid() -> None:
    tool = require_tool("pre-commit", "pip install pre-commit")
    done = run(tool, "validate-manifest", REPO / ".pre-commit-hooks.yaml")
    assert done.returncode == 0, done.stdout + done.stderr
    hooks = {h["id"]: h for h in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())}
    assert hooks["awesomelint"]["types"] == ["markdown"] and "stages" not in hooks["awesomelint"]
    assert "--check-links" not in hooks["awesomelint"]["entry"]
    assert hooks["awesomelint-links"]["stages"] == ["manual"]
    assert "--check-links" in hooks["awesomelint-links"]["entry"]


def test_init_pre_commit_entry_is_a_valid_config(tmp_path: Path) -> None:
    tool = require_tool("pre-commit", "pip install pre-commit")
    config = tmp_path / ".pre-commit-config.yaml"
    config.write_text(template("pre-commit-config.yaml", FILES="^README\\.md$"), encoding="utf-8")
    done = run(tool, "validate-config", config)
    assert done.returncode == 0, done.stdout + done.stderr
    hooks = yaml.safe_load(config.read_text())["repos"][0]["hooks"]
    assert [h["id"] for h in hooks] == ["awesomelint", "awesomelint-links"]
    assert hooks[0]["files"] == "^README\\.md$"


def test_action_never_interpolates_inputs_into_scripts() -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text())
    for step in action["runs"]["steps"]:
        assert "${{" not in step.get("run", ""), step.get("name")
    token_steps = [s for s in action["runs"]["steps"] if "inputs.github-token" in str(s.get("env", {}))]
    assert [s["id"] for s in token_steps] == ["lint", "review"]


def test_action_inputs_and_outputs() -> None:
    action = yaml.safe_load((REPO / "action.yml").read_text())
    assert set(action["inputs"]) >= {
        "paths",
        "args",
        "check-links",
        "fail-on",
        "diff",
        "sarif-file",
        "cache",
        "github-token",
    }
    assert action["inputs"]["github-token"]["default"] == "${{ github.token }}"
    assert set(action["outputs"]) >= {"findings", "errors", "dead-links"}
    assert action["runs"]["using"] == "composite"


@pytest.mark.parametrize("name", ["awesomelint-pr.yml"])
def test_the_example_is_what_init_writes(name: str) -> None:
    assert (REPO / "examples" / "workflows" / name).read_text(encoding="utf-8") == template("workflow.yml")


def test_examples_and_init_pin_the_action_by_commit_with_the_version_in_a_comment() -> None:
    from awesomelint import __version__
    from awesomelint.scaffold import ACTION_SHA

    assert re.fullmatch(r"[0-9a-f]{40}", ACTION_SHA)
    texts = [p.read_text() for p in REPO.glob("examples/workflows/*.yml")] + [template("workflow.yml")]
    for text in texts:
        uses = re.findall(r"uses: (awesomelint/awesomelint@\S+.*)", text)
        assert uses and all(u == f"awesomelint/awesomelint@{ACTION_SHA} # v{__version__}" for u in uses), uses


def test_the_sarif_example_fetches_the_whole_history() -> None:
    steps = yaml.safe_load((REPO / "examples" / "workflows" / "sarif.yml").read_text())["jobs"]["sarif"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == 0


def test_the_weekly_example_reports_through_the_tested_entry_point_with_least_privilege() -> None:
    workflow = yaml.safe_load((REPO / "examples" / "workflows" / "links-weekly.yml").read_text())
    assert workflow["permissions"] == {}
    job = workflow["jobs"]["links"]
    assert job["permissions"] == {"contents": "write", "issues": "write", "pull-requests": "write"}
    runs = " ".join(s.get("run", "") for s in job["steps"])
    assert "-m awesomelint.github.linkreport awesomelint-links.json" in runs
    action = next(s for s in job["steps"] if s.get("id") == "awesomelint")
    assert "--output awesomelint-links.json" in action["with"]["args"]
    assert "python" in yaml.safe_load((REPO / "action.yml").read_text())["outputs"]
