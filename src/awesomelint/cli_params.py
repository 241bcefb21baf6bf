"""Command-line value types that refuse a malformed value with one line before any file is read.

Each type lists ``malformed`` examples: the tests feed them (with those click's own types imply) to
every option and argument, so a new option is covered by declaring its type.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

from awesomelint.errors import UsageError


class OneLineError(click.ClickException):
    """A command-line mistake as ``awesomelint: error: …``: one line, exit 2, no usage block."""

    exit_code = 2

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"awesomelint: error: {self.message}", err=True)


@contextmanager
def one_line_errors() -> Iterator[None]:
    """Turn click's usage errors (a usage block, a blank line, then the error) into ``OneLineError``."""
    try:
        yield
    except click.exceptions.NoArgsIsHelpError:
        raise
    except OneLineError:
        raise
    except click.ClickException as exc:
        message = " ".join(exc.format_message().split()).rstrip(".")
        message = message[:1].lower() + message[1:]
        ctx = getattr(exc, "ctx", None)
        if ctx is not None and "(see: " not in message:
            message += f" (see: {ctx.command_path} --help)"
        raise OneLineError(message) from None


class RuleWords(click.ParamType[tuple[str, ...]]):
    """``--select``/``--ignore``: rule ids, names, aliases or id prefixes, separated by commas or spaces."""

    name = "rules"
    malformed = ("", " ", ",", "AL003,,AL004", "AL003,", "no-such-rule")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> tuple[str, ...]:
        if isinstance(value, tuple):
            return value
        pieces = str(value).split(",")
        if not str(value).strip():
            self.fail("no rule named (give ids, names or prefixes such as AL003,duplicate-link)", param, ctx)
        if any(not piece.strip() for piece in pieces):
            self.fail(f"{value!r} has an empty item between commas", param, ctx)
        words = tuple(word for piece in pieces for word in piece.split())
        from awesomelint.registry import default_registry  # loaded when a command runs, not for --help

        try:
            registry = default_registry()
        except UsageError as exc:
            self.fail(str(exc), param, ctx)
        for word in words:
            if not registry.match(word):
                self.fail(f"unknown rule {word!r} (see: awesomelint rules)", param, ctx)
        return words


class RuleName(click.ParamType[str]):
    """One rule by id, name or alias."""

    name = "rule"
    malformed = ("", "no-such-rule")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        from awesomelint.registry import default_registry

        try:
            found = default_registry().get(str(value))
        except UsageError as exc:
            self.fail(str(exc), param, ctx)
        if found is None:
            self.fail(f"unknown rule {value!r} (see: awesomelint rules)", param, ctx)
        return found.id


class GitRevision(click.ParamType[str]):
    """A git revision (branch, tag, commit): never empty, never an option in disguise."""

    name = "ref"
    malformed = ("", " ", "-x", "--output=/tmp/x", "main branch")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value)
        if not text.strip() or text.startswith("-") or re.search(r"[\s\x00-\x1f\x7f]", text):
            self.fail(f"{text!r} is not a git revision (a branch, a tag or a commit)", param, ctx)
        return text


class FilePath(click.Path):
    """A file path: never empty (``""`` would mean the current folder), never a folder."""

    def __init__(self, *, exists: bool = False, writable: bool = False) -> None:
        super().__init__(exists=exists, dir_okay=False, writable=writable, path_type=Path)
        self.malformed: tuple[str, ...] = ("", " ", ".")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value.strip():
            self.fail("an empty path names no file", param, ctx)
        return super().convert(value, param, ctx)


class ReportFormat(click.ParamType[str]):
    """``--format FMT`` or ``--format FMT:FILE``: a report format, for the terminal or written to FILE."""

    name = "format[:file]"

    def __init__(self, formats: tuple[str, ...]) -> None:
        self.formats = formats
        self.malformed: tuple[str, ...] = ("", "nope", "json:", ":out.json", "auto:out.txt", "json: ")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        name, colon, path = str(value).partition(":")
        choices = ", ".join(("auto", *self.formats))
        if name not in ("auto", *self.formats):
            self.fail(f"{name!r} is not one of {choices} (a file goes after a colon: json:report.json)", param, ctx)
        if colon and not path.strip():
            self.fail(f"{value!r} names no file after the colon", param, ctx)
        if colon and name == "auto":
            self.fail("auto is for the terminal; name the format to write to a file (sarif:report.sarif)",
                      param, ctx)
        return str(value)

    def shell_complete(self, ctx: click.Context, param: click.Parameter, incomplete: str) -> list[Any]:
        from click.shell_completion import CompletionItem

        return [CompletionItem(name) for name in ("auto", *self.formats) if name.startswith(incomplete)]


class LintPath(click.Path):
    """A file or folder to lint; an empty string is refused rather than read as the current folder."""

    def __init__(self) -> None:
        super().__init__(path_type=Path)
        self.malformed: tuple[str, ...] = ("", "no-such-file.md")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and not value.strip():
            self.fail("an empty path names no file (use . for the current folder)", param, ctx)
        return super().convert(value, param, ctx)


class Seconds(click.FloatRange):
    """A finite number of seconds: click's FloatRange lets ``nan`` and ``inf`` through."""

    def __init__(self, minimum: float = 0) -> None:
        super().__init__(min=minimum)
        self.malformed: tuple[str, ...] = ("nan", "inf", "-inf")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number of seconds", param, ctx)
        return number


class Duration(click.ParamType[float]):
    """A duration such as ``24h``, ``90m``, ``2d`` or ``3600s``; a bare number is hours. Converts to seconds."""

    name = "duration"
    malformed: tuple[str, ...] = ("soon", "-1h", "nan", "inf", "1 day")

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, float):
            return value
        text = str(value).strip().lower()
        match = re.fullmatch(r"(\d+(?:\.\d+)?)([smhd]?)", text)
        if not match:
            self.fail(f"{value!r} is not a duration such as 24h, 90m, 2d or 0", param, ctx)
        return float(match.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400, "": 3600}[match.group(2)]
