"""Findings on every list of both corpora, as one sorted text file, to diff before and after a change.

    python bench/snapshot.py -o /tmp/before.txt          # on the old code
    python bench/snapshot.py -o /tmp/after.txt --compare /tmp/before.txt

A refactor must show no difference; a rule change shows exactly what it changed, counted per rule.
Runs in-process with the default profile detection, offline (no link checking).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

from awesomelint.engine import lint_document
from awesomelint.parse.parser import parse
from awesomelint.source import read_source

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def lists() -> list[Path]:
    return sorted(p for folder in ("corpus", "corpus-wide") for p in (SHARED / folder).glob("*.md")
                  if p.name != "README.md")


def snapshot() -> list[str]:
    rows = []
    for path in lists():
        doc = parse(read_source(path).text, path)
        name = f"{path.parent.name}/{path.name}"
        for f in lint_document(doc, display_path=name):
            rows.append(f"{name}:{f.line}:{f.column}: {f.rule_id} [{f.severity}] {f.message}")
    return sorted(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--compare", type=Path, help="an earlier snapshot: print what changed, per rule")
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"snapshot: {SHARED} is missing", file=sys.stderr)
        return 2
    rows = snapshot()
    args.output.write_text("\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} findings on {len(lists())} lists -> {args.output}")
    if args.compare:
        old = set(args.compare.read_text(encoding="utf-8").splitlines())
        new = set(rows)
        gone, added = sorted(old - new), sorted(new - old)
        per_rule = collections.Counter((r.split(" ", 2)[1], "-") for r in gone)
        per_rule.update((r.split(" ", 2)[1], "+") for r in added)
        for (rule, sign), count in sorted(per_rule.items()):
            print(f"  {sign}{count:<6} {rule}")
        print(f"{len(gone)} gone, {len(added)} new")
        return 1 if gone or added else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
