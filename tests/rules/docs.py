"""Reading ``rules/*.md``: front matter, sections and the fenced examples the tests execute.

Fence info strings:
  ```markdown bad      an example that must yield exactly the findings in the next ``findings`` block
  ```findings          one per line: ``LINE:COL RULEID message-substring``
  ```markdown fixed    what ``--fix`` makes of the preceding bad example (fixable rules)
  ```markdown good     an example that must yield no finding of this rule
                       (``bad noeol`` / ``good noeol``: the example has no final line ending;
                       ``bad name=Read_Me.markdown``: the example's file name, readme.md by default)
  ```toml config       options for this rule, for the examples that follow (``key = value`` lines)
  ```file NAME         a file written beside the example README for the examples that follow
  ```links             fake link-check results for the examples that follow: ``URL VERDICT [STATUS] [FINAL_URL]``
  ```papers            the scholarly record for the examples that follow: a JSON list of papers served by
                       the fake scholarly API (tests/scholar/fakeapi.py) that --check-papers then asks
  ```markdown          a plain illustration, not executed
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
RULE_DOCS = REPO / "rules"
REQUIRED_SECTIONS = ("What it does", "Why is this bad?", "Example", "Use instead", "Options", "Fix")
_FENCE = re.compile(r"^(`{3,}|~{3,})[ \t]*([^\n`]*)$")


@dataclass
class Example:
    kind: str  # bad, good
    text: str
    line: int  # line of the opening fence in the doc, for messages
    findings: list[str] = field(default_factory=list)
    fixed: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    files: dict[str, str] = field(default_factory=dict)
    links: list[list[str]] = field(default_factory=list)
    papers: list[dict[str, Any]] | None = None
    name: str = "readme.md"


@dataclass
class RuleDoc:
    path: Path
    meta: dict[str, Any]
    sections: list[str]
    examples: list[Example]


def _fences(text: str) -> list[tuple[str, str, int]]:
    """(info, body, line) for each fenced block; the body keeps its exact text."""
    lines = text.split("\n")
    out: list[tuple[str, str, int]] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, info = m.group(1), m.group(2).strip()
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not (lines[j].startswith(fence[0] * len(fence))
                                      and not lines[j].strip(fence[0]).strip()):
            body.append(lines[j])
            j += 1
        out.append((info, "\n".join(body) + "\n" if body else "", i + 1))
        i = j + 1
    return out


def read_rule_doc(path: Path) -> RuleDoc:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("+++\n"):
        raise AssertionError(f"{path.name}: must start with +++ TOML front matter")
    end = text.index("\n+++\n", 3)
    meta = tomllib.loads(text[4:end])
    body = text[end + 5 :]
    sections = re.findall(r"^## (.+?)\s*$", body, re.MULTILINE)
    examples: list[Example] = []
    options: dict[str, Any] = {}
    files: dict[str, str] = {}
    links: list[list[str]] = []
    papers: list[dict[str, Any]] | None = None
    for info, block, line in _fences(body):
        words = info.split()
        if words[:2] == ["toml", "config"]:
            options = tomllib.loads(block)
        elif words[:1] == ["file"] and len(words) == 2:
            files = {**files, words[1]: block}
        elif words == ["links"]:
            links = [row.split() for row in block.splitlines() if row.strip()]
        elif words == ["papers"]:
            papers = json.loads(block)
        elif words[:1] == ["markdown"] and len(words) > 1 and words[1] in ("bad", "good"):
            if "noeol" in words[2:]:
                block = block.removesuffix("\n")
            names = [w.removeprefix("name=") for w in words[2:] if w.startswith("name=")]
            examples.append(Example(words[1], block, line, options=options, files=files, links=links, papers=papers,
                                    name=names[0] if names else "readme.md"))
        elif words == ["findings"]:
            if not examples or examples[-1].kind != "bad":
                raise AssertionError(f"{path.name}:{line}: findings block must follow a markdown bad block")
            examples[-1].findings = [row.strip() for row in block.splitlines() if row.strip()]
        elif words[:2] == ["markdown", "fixed"]:
            if not examples or examples[-1].kind != "bad":
                raise AssertionError(f"{path.name}:{line}: fixed block must follow a markdown bad block")
            examples[-1].fixed = block
    return RuleDoc(path, meta, sections, examples)


def all_rule_docs() -> list[Path]:
    return sorted(RULE_DOCS.glob("AL*.md")) + sorted(p for p in RULE_DOCS.glob("*.md") if not p.name.startswith("AL"))
