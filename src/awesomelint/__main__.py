"""Allow ``python -m awesomelint``."""

from __future__ import annotations

from awesomelint.cli import main

main()
