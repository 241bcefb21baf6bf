"""Markdown facts several rules share and the core model does not carry: inline regions with
emphasis and code spans, table rows and cells, checkboxes, reference usage, entry sorting."""
