"""The output formats by name, without loading their renderers (the CLI's options list them)."""

from __future__ import annotations

# name -> module in awesomelint.report that renders it
MODULES = {"text": "text", "json": "json", "github": "github", "github-review": "github_review",
           "sarif": "sarif", "markdown": "markdown"}
FORMATS = tuple(MODULES)
