"""``--check-papers``: paper entries checked against open scholarly metadata (arXiv, Semantic
Scholar, Crossref, OpenAlex, DBLP). With ``awesomelint.links``, the only package that makes
requests; rules read its outcome from ``ctx.papers`` and never import it.

Importing the package loads nothing heavy: ``settings`` is read by the config loader on every run,
the HTTP client and sources only when papers are checked.
"""
