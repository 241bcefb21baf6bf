"""The one exception type for problems a user can cause; the CLI turns it into exit code 2."""

from __future__ import annotations


class UsageError(Exception):
    """Bad path, bad config, unreadable input: a clear one-line message, exit code 2."""
