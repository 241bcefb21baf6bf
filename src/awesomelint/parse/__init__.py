"""The bottom layer: Markdown text to a positioned ``Document`` (mistune plus our positions)."""

from awesomelint.parse.parser import ParseReport, parse, parse_with_report

__all__ = ["ParseReport", "parse", "parse_with_report"]
