#!/usr/bin/env python3
"""Findings per list on both corpora (../shared/corpus and ../shared/corpus-wide), before and after.

    python bench/precision_table.py                    # the table for the current code
    python bench/precision_table.py --save out.json    # also keep the counts
    python bench/precision_table.py --before bench/precision_baseline.json   # side by side

Each list is linted in process with its detected profile, no config and no network; a rule that
crashes shows up as AL999. The baseline file holds, per list, the total and the count per severity
and per rule, so a later run can print before/after columns and the rules whose counts moved most.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from awesomelint.registry import default_registry
from awesomelint.runner import RunOptions, run

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPORA = ("corpus", "corpus-wide")


def lists() -> list[Path]:
    found = []
    for corpus in CORPORA:
        found += sorted(p for p in (SHARED / corpus).glob("*.md") if p.name != "README.md")
    return found


def counts(paths: list[Path]) -> dict[str, dict[str, object]]:
    registry = default_registry()
    table: dict[str, dict[str, object]] = {}
    for path in paths:
        [result] = run([path], RunOptions(), registry)
        key = f"{path.parent.name}/{path.stem}"
        if result.error:
            table[key] = {"error": result.error}
            continue
        severities = Counter(str(f.severity) for f in result.findings)
        rules = Counter(f"{f.rule_id} {f.rule_name}" for f in result.findings)
        table[key] = {"total": len(result.findings), "profile": result.profile[0] if result.profile else "",
                      **{s: severities.get(s, 0) for s in ("error", "warning", "info")},
                      "rules": dict(rules)}
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path)
    parser.add_argument("--before", type=Path)
    parser.add_argument("--rules", type=int, default=15, help="rules with the largest change to show")
    args = parser.parse_args()
    paths = lists()
    if not paths:
        print(f"no lists under {SHARED}", file=sys.stderr)
        return 2
    now = counts(paths)
    before = json.loads(args.before.read_text()) if args.before else {}
    if args.save:
        args.save.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n")
    header = f"{'list':58} {'profile':8} {'before':>7} {'b.err':>6} {'after':>7} {'error':>6} {'warn':>6} {'info':>6}"
    print(header)
    sums: Counter[str] = Counter()
    for key, row in now.items():
        old = before.get(key, {})
        if "error" in row and "total" not in row:
            print(f"{key:58} FAILED {row['error']}")
            continue
        print(f"{key:58} {row['profile']:8} {old.get('total', '-'):>7} {old.get('error', '-'):>6} "
              f"{row['total']:>7} {row['error']:>6} {row['warning']:>6} {row['info']:>6}")
        sums.update({"before": int(old.get("total", 0)), "b.err": int(old.get("error", 0)),
                     "after": int(row["total"]), "error": int(row["error"]),  # type: ignore[call-overload]
                     "warn": int(row["warning"]), "info": int(row["info"])})  # type: ignore[call-overload]
    print(f"{'TOTAL (' + str(len(now)) + ' lists)':58} {'':8} {sums['before']:>7} {sums['b.err']:>6} "
          f"{sums['after']:>7} {sums['error']:>6} {sums['warn']:>6} {sums['info']:>6}")
    crashes = sum(int(r.get("rules", {}).get("AL999 rule-crashed", 0)) for r in now.values())  # type: ignore[union-attr]
    print(f"rule crashes: {crashes}")
    if before:
        moved: Counter[str] = Counter()
        for key, row in now.items():
            for rule, n in row.get("rules", {}).items():  # type: ignore[union-attr]
                moved[rule] += n
            for rule, n in before.get(key, {}).get("rules", {}).items():
                moved[rule] -= n
        print("\nrules whose counts moved most (after - before):")
        for rule, delta in sorted(moved.items(), key=lambda kv: kv[1])[:args.rules]:
            if delta:
                print(f"  {rule:45} {delta:+d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
