"""Helpers shared by the awesome-list rules (AL120–AL159): how awesome-lint reads an entry, the ToC,
the spelling data. Not rules themselves."""
