"""Precision ledger tools: run the linter on the 70 shared lists, count findings, draw a stratified
sample to judge, show each sampled finding in its context, and compute the ledger's figures.

Why a script and not only a test: the ledger is judged by a person reading each list at the line;
this script prepares that reading and turns the verdicts into the figures the issues ask for
(false-alarm share per rule and overall, and the volume estimate = sample false rate x count).

    python -m tests.precision.ledger_tools run OUT            # one JSON report per list into OUT
    python -m tests.precision.ledger_tools counts OUT          # list, rule, count (TSV)
    python -m tests.precision.ledger_tools sample OUT ...      # stratified, seeded sample (TSV)
    python -m tests.precision.ledger_tools show SAMPLE [FROM [N]]
    python -m tests.precision.ledger_tools figures OUT LEDGER...
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CORPORA = ("corpus", "corpus-wide")

# Rules whose verdict depends on the list's repository, not on its text: the corpora hold each
# README alone, renamed OWNER__NAME.md, outside git, without its CONTRIBUTING file or local files.
# Their findings on the corpora are artefacts of the copy, so they are neither sampled nor counted
# in the false-alarm figures (the counts files still show them).
REPOSITORY_CONTEXT_RULES = frozenset({"AL012", "AL110", "AL123", "AL137"})

# One judged finding per row. status: '-' for TRUE rows ('traded': given up on purpose); 'open' or
# 'fixed' for FALSE rows (see
# test_ledger.py). sample: which judged sample the row belongs to ('baseline' = judged on main at
# 93aa006 before the precision rule changes, 'final' = the fresh sample judged after them). message:
# the finding's message when judged (a reminder for the reader; not used to match).
LEDGER_FIELDS = ("list", "line", "rule", "verdict", "status", "sample", "message", "reason")


@dataclass(frozen=True)
class Finding:
    list: str  # path relative to ../shared, e.g. corpus-wide/Solido__awesome-flutter.md
    line: int
    column: int
    rule: str
    name: str
    severity: str
    message: str


def list_paths() -> list[str]:
    """Every list of both corpora, relative to ../shared (README.md is the corpus's own notes)."""
    out: list[str] = []
    for corpus in CORPORA:
        for path in sorted((SHARED / corpus).glob("*.md")):
            if path.name != "README.md":
                out.append(f"{corpus}/{path.name}")
    return out


def paper_lists() -> set[str]:
    """Lists whose MANIFEST kind is 'papers' (both corpora)."""
    out: set[str] = set()
    for corpus in CORPORA:
        with (SHARED / corpus / "MANIFEST.tsv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row.get("kind") != "papers":
                    continue
                name = row.get("file") or row["repo"].replace("/", "__") + ".md"
                out.add(f"{corpus}/{name}")
    return out


def lint_json(rel: str) -> dict[str, object]:
    """One offline JSON run of the linter on one list (exit 0 or 1 expected; anything else is a crash)."""
    proc = subprocess.run(
        [sys.executable, "-m", "awesomelint", "check", "--format", "json", str(SHARED / rel)],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{rel}: exit {proc.returncode}: {proc.stderr.strip()[-500:]}")
    report: dict[str, object] = json.loads(proc.stdout)
    return report


def findings_of(rel: str, report: dict[str, object]) -> list[Finding]:
    raw = report["findings"]
    assert isinstance(raw, list)
    return [Finding(rel, f["line"], f["column"], f["rule"], f["name"], f["severity"], f["message"]) for f in raw]


def one_line(text: str) -> str:
    return " ".join(text.split())


def _cache_name(rel: str) -> str:
    return rel.replace("/", "__").removesuffix(".md") + ".json"


def run_all(out: Path, lists: Sequence[str], jobs: int = 2) -> None:
    out.mkdir(parents=True, exist_ok=True)

    def one(rel: str) -> None:
        (out / _cache_name(rel)).write_text(json.dumps(lint_json(rel)), encoding="utf-8")

    with ThreadPoolExecutor(jobs) as pool:
        list(pool.map(one, lists))


def load_all(out: Path) -> dict[str, list[Finding]]:
    result: dict[str, list[Finding]] = {}
    for rel in list_paths():
        path = out / _cache_name(rel)
        if path.exists():
            result[rel] = findings_of(rel, json.loads(path.read_text(encoding="utf-8")))
    return result


def counts(runs: dict[str, list[Finding]]) -> list[tuple[str, str, int]]:
    rows: list[tuple[str, str, int]] = []
    for rel, found in runs.items():
        per_rule = Counter(f.rule for f in found)
        rows.append((rel, "ALL", len(found)))
        rows.extend((rel, rule, n) for rule, n in sorted(per_rule.items()))
    return rows


def read_ledger(paths: Iterable[Path]) -> list[dict[str, str]]:
    """Plain TSV (no quoting: a field never holds a tab); '#' lines are comments."""
    rows: list[dict[str, str]] = []
    for path in paths:
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        header = lines[0].split("\t")
        rows.extend(dict(zip(header, ln.split("\t"), strict=False)) for ln in lines[1:])
    return rows


def stratified_sample(
    runs: dict[str, list[Finding]],
    budget: int,
    seed: int,
    exclude: set[tuple[str, int, str]],
) -> list[Finding]:
    """Even over rules (round robin: every rule gets one more until the budget is spent or the rule
    is exhausted), and within a rule even over lists (round robin over the lists in a seeded order).
    Findings whose (list, line, rule) is in `exclude` (an earlier sample) are never drawn."""
    rng = random.Random(seed)
    by_rule: dict[str, dict[str, list[Finding]]] = defaultdict(lambda: defaultdict(list))
    for rel, found in runs.items():
        for f in found:
            if f.rule in REPOSITORY_CONTEXT_RULES or (f.list, f.line, f.rule) in exclude:
                continue
            by_rule[f.rule][rel].append(f)
    queues: dict[str, list[Finding]] = {}
    for rule, lists in sorted(by_rule.items()):
        pools = {rel: rng.sample(found, len(found)) for rel, found in sorted(lists.items())}
        order = sorted(pools)
        rng.shuffle(order)
        queue: list[Finding] = []
        while any(pools.values()):
            for rel in order:
                if pools[rel]:
                    queue.append(pools[rel].pop())
        queues[rule] = queue
    picked: list[Finding] = []
    seen: set[tuple[str, int, str]] = set()
    while len(picked) < budget and any(queues.values()):
        for rule in sorted(queues):
            while queues[rule]:
                f = queues[rule].pop(0)
                key = (f.list, f.line, f.rule)
                if key not in seen:  # one row per (list, line, rule): the ledger's key
                    seen.add(key)
                    picked.append(f)
                    break
            if len(picked) >= budget:
                break
    return picked


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 70] + " … " + text[-60:]


def _section(lines: list[str], n: int) -> str:
    for k in range(n - 1, 0, -1):
        if lines[k - 1].lstrip().startswith("#"):
            return f"{k}:{lines[k - 1].strip()[:60]}"
    return "-"


def show(sample: list[dict[str, str]], start: int, count: int, width: int = 230) -> None:
    """Print each finding with the lines around it, its section, and any line its message cites."""
    cache: dict[str, list[str]] = {}
    for i, row in enumerate(sample[start : start + count], start):
        rel = row["list"]
        if rel not in cache:
            cache[rel] = (SHARED / rel).read_text(encoding="utf-8", errors="replace").splitlines()
        lines = cache[rel]
        n = int(row["line"])
        print(f"#{i} {rel.split('/')[-1][:30]} :{n} {row['rule']} [§{_section(lines, n)}] | {row['message'][:220]}")
        for k in range(max(1, n - 1), min(len(lines), n + 1) + 1):
            if k == n:
                print(f"  >{k}: {_clip(lines[k - 1], width)!r}")
            else:
                print(f"   {k}: {lines[k - 1][:110]}")
        for m in re.findall(r"line (\d+)", row["message"]):
            k = int(m)
            if 0 < k <= len(lines) and k != n:
                print(f"   @{k} [§{_section(lines, k)}]: {_clip(lines[k - 1], 160)}")
        print()


def _rates(ledger: list[dict[str, str]]) -> tuple[dict[str, Counter[str]], dict[tuple[str, str], Counter[str]]]:
    per_rule: dict[str, Counter[str]] = defaultdict(Counter)
    per_rule_list: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for row in ledger:
        per_rule[row["rule"]][row["verdict"]] += 1
        per_rule_list[(row["rule"], row["list"])][row["verdict"]] += 1
    return per_rule, per_rule_list


def _false_rate(c: Counter[str]) -> float:
    judged = c["TRUE"] + c["FALSE"]
    return c["FALSE"] / judged if judged else 0.0


def stratified_false(
    rule: str,
    found: Counter[str],
    per_rule: dict[str, Counter[str]],
    per_rule_list: dict[tuple[str, str], Counter[str]],
) -> float:
    """Estimated false findings of `rule` given its count per list: a list's own judged rate where
    at least 2 of its findings of that rule were judged, else the rule's rate over the sample."""
    total = 0.0
    for rel, n in found.items():
        own = per_rule_list.get((rule, rel))
        rate = _false_rate(own) if own and sum(own.values()) >= 2 else _false_rate(per_rule[rule])
        total += n * rate
    return total


def figures(runs: dict[str, list[Finding]], ledger: list[dict[str, str]]) -> str:
    """Per rule: judged rows, false ones, false share; the rule's count in `runs`; the estimated
    false findings by volume = false share x count (est_volume), and a post-stratified estimate that
    uses each list's own judged rate where it has one (est_volume_by_list)."""
    by_rule_list: dict[str, Counter[str]] = defaultdict(Counter)
    for rel, found in runs.items():
        for f in found:
            by_rule_list[f.rule][rel] += 1
    per_rule, per_rule_list = _rates(ledger)
    lines = ["rule\tjudged\tfalse\tfalse_share\tcount\test_volume\test_volume_by_list"]
    est_total = strat_total = 0.0
    in_scope = sum(sum(c.values()) for r, c in by_rule_list.items() if r not in REPOSITORY_CONTEXT_RULES)
    for rule in sorted(set(by_rule_list) | set(per_rule)):
        if rule in REPOSITORY_CONTEXT_RULES:
            continue
        c = per_rule[rule]
        j = c["TRUE"] + c["FALSE"]
        count = sum(by_rule_list[rule].values())
        est = _false_rate(c) * count
        strat = stratified_false(rule, by_rule_list[rule], per_rule, per_rule_list)
        est_total += est
        strat_total += strat
        share = f"{_false_rate(c):.1%}" if j else "-"
        lines.append(f"{rule}\t{j}\t{c['FALSE']}\t{share}\t{count}\t{est:.0f}\t{strat:.0f}")
    j_all = sum(c["TRUE"] + c["FALSE"] for c in per_rule.values())
    f_all = sum(c["FALSE"] for c in per_rule.values())
    lines.append(f"ALL\t{j_all}\t{f_all}\t{f_all / max(j_all, 1):.1%}\t{in_scope}\t{est_total:.0f}\t{strat_total:.0f}")
    lines.append(
        f"# estimated false share by volume: {est_total / max(in_scope, 1):.1%} (rule rate x count), "
        f"{strat_total / max(in_scope, 1):.1%} (by list) of {in_scope} findings; "
        f"repository-context rules {', '.join(sorted(REPOSITORY_CONTEXT_RULES))} not judged"
    )
    return "\n".join(lines)


def per_list_volume(runs: dict[str, list[Finding]], ledger: list[dict[str, str]]) -> str:
    """Per list: findings (repository-context rules left out) and the estimated false ones, rule by
    rule as in `stratified_false`."""
    per_rule, per_rule_list = _rates(ledger)
    out = ["list\tfindings\test_false\test_false_share"]
    for rel, found in sorted(runs.items()):
        counts_here = Counter(f.rule for f in found if f.rule not in REPOSITORY_CONTEXT_RULES)
        est = sum(stratified_false(rule, Counter({rel: n}), per_rule, per_rule_list) for rule, n in counts_here.items())
        n_all = sum(counts_here.values())
        out.append(f"{rel}\t{n_all}\t{est:.0f}\t{est / n_all if n_all else 0:.1%}")
    return "\n".join(out)


def replay_status(runs: dict[str, list[Finding]], path: Path, write: bool) -> str:
    """Compare a ledger with fresh runs: TRUE rows no longer reported (recall losses, to look at),
    open FALSE rows no longer reported (flipped to 'fixed' with write=True), fixed FALSE rows back."""
    reported = {(f.list, f.line, f.rule) for found in runs.values() for f in found}
    text = path.read_text(encoding="utf-8").splitlines()
    header = text[0].split("\t")
    out_lines, report = [text[0]], []
    for line in text[1:]:
        row = dict(zip(header, line.split("\t"), strict=True))
        key = (row["list"], int(row["line"]), row["rule"])
        if row["list"] in runs:
            if row["verdict"] == "TRUE" and row["status"] == "-" and key not in reported:
                report.append(f"LOST\t{line}")
            elif row["verdict"] == "TRUE" and row["status"] == "traded" and key in reported:
                report.append(f"UNTRADED\t{line}")
                row["status"] = "-"
            elif row["verdict"] == "FALSE" and row["status"] == "open" and key not in reported:
                report.append(f"FIXED\t{line}")
                row["status"] = "fixed"
            elif row["verdict"] == "FALSE" and row["status"] == "fixed" and key in reported:
                report.append(f"BACK\t{line}")
        out_lines.append("\t".join(row[h] for h in header))
    if write:
        path.write_text("\n".join(out_lines) + "\n", encoding="utf-8")
    return "\n".join(report)


def _list_filter(only: str) -> Callable[[str], bool]:
    papers = paper_lists()
    filters: dict[str, Callable[[str], bool]] = {
        "all": lambda rel: True,
        "wide": lambda rel: rel.startswith("corpus-wide/"),
        "papers-wide": lambda rel: rel.startswith("corpus-wide/") and rel in papers,
        "not-papers-wide": lambda rel: not (rel.startswith("corpus-wide/") and rel in papers),
        "awesome-wide": lambda rel: rel.startswith("corpus-wide/") and rel not in papers,
    }
    return filters[only]


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("run")
    p.add_argument("out", type=Path)
    p.add_argument("--jobs", type=int, default=2)
    p = sub.add_parser("counts")
    p.add_argument("out", type=Path)
    p = sub.add_parser("sample")
    p.add_argument("out", type=Path)
    p.add_argument("--budget", type=int, required=True)
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--only", choices=("papers-wide", "not-papers-wide", "awesome-wide", "wide", "all"), default="all")
    p.add_argument("--exclude", type=Path, nargs="*", default=[], help="ledgers/samples already drawn")
    p = sub.add_parser("show")
    p.add_argument("sample", type=Path)
    p.add_argument("start", type=int, nargs="?", default=0)
    p.add_argument("count", type=int, nargs="?", default=40)
    p = sub.add_parser("status")
    p.add_argument("out", type=Path)
    p.add_argument("ledger", type=Path)
    p.add_argument("--write", action="store_true", help="flip open FALSE rows no longer reported to fixed")
    p = sub.add_parser("figures")
    p.add_argument("out", type=Path)
    p.add_argument("ledger", type=Path, nargs="+")
    p.add_argument("--per-list", action="store_true")
    p.add_argument("--sample", help="only rows of this judged sample (baseline, final)")
    p.add_argument("--only", choices=("papers-wide", "not-papers-wide", "awesome-wide", "wide", "all"), default="all")
    args = ap.parse_args(argv)

    if args.cmd == "run":
        run_all(args.out, list_paths(), args.jobs)
    elif args.cmd == "counts":
        print("list\trule\tcount")
        for rel, rule, n in counts(load_all(args.out)):
            print(f"{rel}\t{rule}\t{n}")
    elif args.cmd == "sample":
        keep = _list_filter(args.only)
        runs = {rel: found for rel, found in load_all(args.out).items() if keep(rel)}
        exclude = {(r["list"], int(r["line"]), r["rule"]) for r in read_ledger(args.exclude)}
        print("list\tline\trule\tmessage")
        for f in stratified_sample(runs, args.budget, args.seed, exclude):
            print(f"{f.list}\t{f.line}\t{f.rule}\t{one_line(f.message)}")
    elif args.cmd == "show":
        show(read_ledger([args.sample]), args.start, args.count)
    elif args.cmd == "status":
        print(replay_status(load_all(args.out), args.ledger, args.write))
    elif args.cmd == "figures":
        keep_list = _list_filter(args.only)
        runs = {rel: found for rel, found in load_all(args.out).items() if keep_list(rel)}
        ledger = [
            r
            for r in read_ledger(args.ledger)
            if keep_list(r["list"]) and (args.sample is None or r["sample"] == args.sample)
        ]
        print(figures(runs, ledger))
        if args.per_list:
            print()
            print(per_list_volume(runs, ledger))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
