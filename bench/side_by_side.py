#!/usr/bin/env python3
"""awesome-lint and awesomelint on the same corpus lists: findings per list, and where they differ.

    python bench/side_by_side.py [--awesome-lint /tmp/peers/node_modules/.bin/awesome-lint] [--show 3] [FILE ...]

Each list is copied into a scratch folder outside any git repository, beside a non-empty
contributing.md, so neither tool reports the missing file; `awesome-github` findings (a GitHub
repository is needed) are left out on both sides. awesomelint runs with
`--profile awesome-lint` (what awesome-lint checks) and with its default profile. Findings are compared
by (line, awesome-lint rule), mapping our rules through their aliases. awesome-lint is installed by hand
outside the repository (`cd /tmp/peers && npm install awesome-lint`).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
_THEIRS = re.compile(r"^\s*[✖⚠]\s+(\d+):(\d+)\s+(.*?)\s+remark-lint:(\S+)\s*$")
SKIP = {"awesome-github"}


def theirs(tool: str, folder: Path) -> Counter[tuple[int, str]]:
    out = subprocess.run([tool, "readme.md"], cwd=folder, capture_output=True, text=True, timeout=600)
    found: Counter[tuple[int, str]] = Counter()
    for line in (out.stdout + out.stderr).splitlines():
        m = _THEIRS.match(line)
        if m and m.group(4) not in SKIP:
            found[(int(m.group(1)), m.group(4))] += 1
    return found


def ours(folder: Path, aliases: dict[str, str], profile: str | None) -> Counter[tuple[int, str]]:
    args = [sys.executable, "-m", "awesomelint", "readme.md", "--format", "json"]
    if profile:
        args += ["--profile", profile]
    out = subprocess.run(args, cwd=folder, capture_output=True, text=True, timeout=600)
    found: Counter[tuple[int, str]] = Counter()
    for f in json.loads(out.stdout)["findings"]:
        rule = aliases.get(f["rule"], f"(ours) {f['name']}")
        if rule not in SKIP:
            found[(f["line"], rule)] += 1
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--awesome-lint", default="/tmp/peers/node_modules/.bin/awesome-lint")
    parser.add_argument("--show", type=int, default=3, help="sample differences to print per list")
    args = parser.parse_args()
    files = args.files or sorted(CORPUS.glob("*.md"))
    rules = json.loads(subprocess.run([sys.executable, "-m", "awesomelint", "rules", "--format", "json"],
                                      capture_output=True, text=True, check=True).stdout)
    known = {"awesome-heading", "awesome-badge", "awesome-contributing", "awesome-license", "awesome-list-item",
             "balanced-punctuation", "awesome-no-ci-badge", "no-repeat-item-in-description", "awesome-spell-check",
             "awesome-toc", "double-link", "awesome-code-of-conduct", "awesome-git-repo-age"}
    aliases = {}
    for rule in rules:
        preferred = [a for a in rule["aliases"] if a in known]
        remark = [a for a in rule["aliases"] if "-" in a and not a.startswith("MD")]
        names = preferred or remark or [rule["name"]]  # e.g. AL001 is remark's final-newline by name
        aliases[rule["id"]] = names[0]
    print(f"{'list':<52} {'awesome-lint':>12} {'ours (al)':>9} {'same':>5} {'ours (default)':>14}")
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "contributing.md").write_text("# Contributing\n\nPull requests welcome.\n", encoding="utf-8")
        for source in files:
            shutil.copyfile(source, folder / "readme.md")
            a = theirs(args.awesome_lint, folder)
            b = ours(folder, aliases, "awesome-lint")
            c = ours(folder, aliases, None)
            same = sum((a & b).values())
            print(f"{source.stem[:52]:<52} {sum(a.values()):>12} {sum(b.values()):>9} {same:>5} {sum(c.values()):>14}")
            for key, n in list((a - b).items())[: args.show]:
                print(f"    only awesome-lint: line {key[0]} {key[1]} x{n}")
            for key, n in list((b - a).items())[: args.show]:
                print(f"    only awesomelint:  line {key[0]} {key[1]} x{n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
