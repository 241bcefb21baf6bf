"""Helpers shared by the awesome-list rules (AL120–AL159): how awesome-lint reads an entry, the ToC,
the spelling data. Not rules themselves. Importing the package registers the detector of awesome lists
with an HTML header in ``awesomelint.profiles.DETECTORS``."""

from awesomelint.awesome.detect import register

register()
