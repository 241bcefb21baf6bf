"""The registry knows the built-in rules from a generated index and imports a rule's module only
when the rule runs; the index must match the modules, and plugins still load."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from awesomelint import ruleindex
from awesomelint.registry import builtin_rules, indexed_rules
from awesomelint.rule import Rule, RuleMeta


def test_the_index_is_what_the_rule_modules_generate() -> None:
    assert ruleindex.INDEX.read_text(encoding="utf-8") == ruleindex.generate(), \
        "rules/_index.py is stale: run python -m awesomelint.ruleindex"


def test_indexed_rules_equal_the_imported_rules_and_load_the_same_check() -> None:
    eager = {r.id: r for r in builtin_rules()}
    lazy = {r.id: r for r in indexed_rules()}
    assert lazy.keys() == eager.keys()
    for rule_id, rule in lazy.items():
        assert rule.meta == eager[rule_id].meta
        assert rule.module is not None
    sample = lazy["AL001"]
    assert sample.check is eager["AL001"].check and sample.doc == eager["AL001"].doc


def test_a_lint_imports_only_the_rules_its_plan_runs(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("# Notes\n\nSome text.\n", encoding="utf-8")
    code = textwrap.dedent(f"""
        import sys
        from awesomelint.engine import Overrides, lint_document
        from awesomelint.parse.parser import parse
        doc = parse(open({str(readme)!r}).read(), __import__('pathlib').Path('README.md'))
        lint_document(doc, overrides=Overrides(select=('AL001', 'AL002')))
        print(sorted(m for m in sys.modules if m.startswith('awesomelint.rules.') and m != 'awesomelint.rules._index'))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['awesomelint.rules.final_newline', 'awesomelint.rules.no_trailing_spaces']"


def test_a_meta_that_differs_from_the_index_stops_with_the_command_to_run() -> None:
    stale = Rule(RuleMeta(id="AL001", name="final-newline", summary="an old summary"),
                 module="awesomelint.rules.final_newline")
    try:
        stale.check  # noqa: B018
    except RuntimeError as exc:
        assert "python -m awesomelint.ruleindex" in str(exc)
    else:
        raise AssertionError("a stale index entry loaded without complaint")
