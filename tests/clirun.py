"""The CLI in-process, answering as a subprocess would (exit code, stdout, stderr).

A subprocess of ``python -m awesomelint check`` costs a Python start-up plus importing every rule
(about half a CPU second); most CLI tests check what the command prints and returns, not the process.
They run it here through click's CliRunner. Tests whose point is the process itself (the module entry,
installation, plugins found through entry points, another user, signals) keep real subprocesses.

Exceptions are not caught: a traceback that a subprocess would print fails the test instead.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path


def run_cli(*args: str | Path, cwd: Path | None = None, env: Mapping[str, str | None] | None = None,
            input: str | bytes | None = None) -> subprocess.CompletedProcess[str]:
    """``awesomelint ARGS`` in ``cwd`` with ``env`` added to the environment (None removes a variable)."""
    from click.testing import CliRunner

    from awesomelint.cli import main

    argv = [str(a) for a in args]
    with contextlib.chdir(cwd) if cwd is not None else contextlib.nullcontext():
        result = CliRunner().invoke(main, argv, env=env, input=input, catch_exceptions=False,
                                    prog_name="awesomelint")
    return subprocess.CompletedProcess([sys.executable, "-m", "awesomelint", *argv], result.exit_code,
                                       result.stdout, result.stderr)
