"""Where a rule's documentation lives: ``rules/<ID>-<name>.md`` in a checkout, packaged in a wheel."""

from __future__ import annotations

from pathlib import Path

from awesomelint.rule import Rule

DOCS_URL = "https://github.com/awesomelint/awesomelint/blob/main/rules/"
_PACKAGED = Path(__file__).parent / "_rule_docs"
_CHECKOUT = Path(__file__).resolve().parents[2] / "rules"


def doc_path(rule: Rule) -> Path | None:
    name = f"{rule.id}-{rule.name}.md"
    for folder in (_PACKAGED, _CHECKOUT):
        if (folder / name).is_file():
            return folder / name
    return None


def doc_url(rule_id: str, name: str) -> str:
    """The rule's doc on GitHub (SARIF ``helpUri``, review comments)."""
    return f"{DOCS_URL}{rule_id}-{name}.md"


def doc_body(rule: Rule) -> str | None:
    """The rule's Markdown doc without its ``+++`` front matter; None when no doc is installed."""
    path = doc_path(rule) if rule.source == "awesomelint" else None  # plugins bring no docs here
    if path is None:
        return None
    text = path.read_text(encoding="utf-8")
    if text.startswith("+++"):
        end = text.find("\n+++", 3)
        text = text[end + 4 :] if end >= 0 else text
    return text


def rule_doc_text(rule: Rule) -> str:
    """What ``awesomelint explain`` prints: a header, then the doc (the module docstring without one)."""
    header = (f"{rule.id} {rule.name} ({rule.meta.severity}{', fixable' if rule.meta.fixable else ''})\n"
              f"{rule.meta.summary}\n")
    if rule.meta.aliases:
        header += f"Also known as: {', '.join(rule.meta.aliases)}\n"
    body = doc_body(rule)
    return header + ("\n" + rule.doc if body is None else body)
