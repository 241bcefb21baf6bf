"""Bad input gets a clear one-line error (exit 2) and never a traceback; good input lints."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.clirun import run_cli

GOOD = "# Awesome Things\n\n- [Foo](https://foo.example) - Does foo.\n"


def run(*args: str | Path, cwd: Path | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """In-process (tests/clirun.py): what is checked is the command's answer, not the process."""
    return run_cli(*args, cwd=cwd, env={"NO_COLOR": "1", **(env or {})})


def run_process(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """A real ``python -m awesomelint``: the module entry, and a clean error from a real process."""
    return subprocess.run([sys.executable, "-m", "awesomelint", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"}, timeout=120)


def assert_clean_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("awesomelint: error: ")
    for word in words:
        assert word in result.stderr


def test_version_and_module_entry() -> None:
    result = run_process("--version")
    assert result.returncode == 0
    from awesomelint import __version__

    assert __version__ in result.stdout


def test_missing_path(tmp_path: Path) -> None:
    assert_clean_error(run_process(tmp_path / "nope.md"), "nope.md: no such file or folder")
    assert_clean_error(run(tmp_path / "nope.md"), "nope.md: no such file or folder")


def test_folder_without_readme(tmp_path: Path) -> None:
    assert_clean_error(run(tmp_path), "no README found")


def test_no_argument_finds_readme_in_any_case(tmp_path: Path) -> None:
    (tmp_path / "ReadMe.MD").write_text(GOOD + "- [Foo](https://foo.example) - Again.\n", encoding="utf-8")
    result = run("--select", "AL003", cwd=tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.startswith("ReadMe.MD:4:3: AL003")
    assert "in 1 file" in result.stdout


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "logo.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert_clean_error(run(path), "binary file", "NUL byte at offset 8")


def test_nul_byte_in_text(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    path.write_bytes(b"# Title\n\nText\x00more\n")
    assert_clean_error(run(path), "NUL byte at offset 13")


def test_invalid_utf8_names_the_place(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    path.write_bytes("# Café\n\nline two\n".encode() + b"caf\xe9 latin-1\n")
    assert_clean_error(run(path), "not valid UTF-8", "line 4", "0xe9")


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    path.write_bytes(b"\xff\xfe" + GOOD.encode("utf-16-le"))
    result = run(path, "--format", "json", "--select", "AL003")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["files"] == 1


def test_empty_file_is_linted(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    path.write_bytes(b"")
    result = run(path, "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    data = json.loads(result.stdout)
    assert data["summary"]["files"] == 1
    assert all(f["line"] == 1 and f["column"] == 1 for f in data["findings"])


def test_huge_file_is_refused_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    with path.open("wb") as handle:
        line = b"- [Foo](https://foo.example) - Does foo.\n"
        handle.write(line * (50 * 1024 * 1024 // len(line) + 1))
    assert_clean_error(run(path), "50.0 MiB", "--max-size")


def test_max_size_option_lets_a_big_file_through(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    path.write_text(GOOD * 100, encoding="utf-8")
    assert_clean_error(run(path, "--max-size", "100"), "limit")
    assert run(path, "--max-size", "10000000").returncode in (0, 1)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    assert_clean_error(run(path), "permission denied")


def test_dangling_symlink(tmp_path: Path) -> None:
    link = tmp_path / "readme.md"
    link.symlink_to(tmp_path / "missing-target.md")
    assert_clean_error(run(link), "no such file")


def test_one_bad_path_does_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text(GOOD.replace("foo.", "foo.  \n"), encoding="utf-8")
    result = run(good, tmp_path / "missing.md", "--fail-on", "warning")
    assert result.returncode == 2
    assert "missing.md: no such file or folder" in result.stderr
    assert "good.md:" in result.stdout


def test_unknown_option_is_a_usage_error(tmp_path: Path) -> None:
    result = run_process("--no-such-flag")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_unknown_select_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    path.write_text(GOOD, encoding="utf-8")
    assert_clean_error(run(path, "--select", "no-such-rule"), "unknown rule 'no-such-rule'")
