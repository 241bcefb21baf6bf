"""`--fix` on real file systems: read-only files and file systems are refused in one line (exit 2,
nothing changed, no temporary file left), symbolic links are followed, hard links are kept."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from awesomelint.errors import UsageError
from awesomelint.source import write_atomic
from tests.clirun import run_cli

FIXABLE = "# Things\n\nSome text. \n"  # a trailing space: a safe fix
FIXED = "# Things\n\nSome text.\n"
SRC = Path(__file__).resolve().parents[2] / "src"


def run(*args: str | Path, python: str = sys.executable, user: int | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    if user is None and python == sys.executable:  # in-process (tests/clirun.py): the file system is the point
        return run_cli(*args, env={"NO_COLOR": "1", **(env or {})})
    prefix = [] if user is None else ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups"]
    return subprocess.run([*prefix, python, "-m", "awesomelint", *map(str, args)], capture_output=True,
                          text=True, env={**os.environ, "NO_COLOR": "1", **(env or {})}, timeout=120)


def assert_refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result
    errors = [line for line in result.stderr.splitlines() if line.startswith("awesomelint: error:")]
    assert len(errors) == 1 and "Traceback" not in result.stderr, result.stderr
    for word in words:
        assert word in errors[0]


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_read_only_file_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text(FIXABLE, encoding="utf-8")
    path.chmod(0o444)
    inode = path.stat().st_ino
    assert_refused(run("--fix", path), "README.md: read-only file (mode 0444)")
    assert path.read_text(encoding="utf-8") == FIXABLE
    assert path.stat().st_ino == inode and path.stat().st_mode & 0o777 == 0o444
    assert names(tmp_path) == ["README.md"]


def test_read_only_file_is_refused_for_a_non_root_user_in_a_writable_folder() -> None:
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to run the linter as the user 'nobody'")
    python = shutil.which("python3", path="/usr/bin:/usr/local/bin")
    site = next(Path(sys.prefix).glob("lib/python3*/site-packages"), None)
    if python is None or site is None:
        pytest.skip("no system python3 that the user 'nobody' can run")
    with tempfile.TemporaryDirectory() as top:  # pytest's own tmp folders are closed to other users
        folder = Path(top) / "list"
        folder.mkdir()
        Path(top).chmod(0o755)
        _as_nobody(folder, python, site)


def _as_nobody(folder: Path, python: str, site: Path) -> None:
    path = folder / "README.md"
    path.write_text(FIXABLE, encoding="utf-8")
    for item in (folder, path):
        os.chown(item, 65534, 65534)
    path.chmod(0o444)
    env = {"PYTHONPATH": f"{SRC}{os.pathsep}{site}", "HOME": str(folder)}
    probe = subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", python, "-c",
                            "import awesomelint.cli, click"], env={**os.environ, **env}, capture_output=True)
    if probe.returncode:
        pytest.skip(f"the user 'nobody' cannot import awesomelint here: {probe.stderr[-200:]!r}")
    assert_refused(run("--fix", path, python=python, user=65534, env=env), "read-only file")
    assert path.read_text(encoding="utf-8") == FIXABLE
    assert names(folder) == ["README.md"]
    path.chmod(0o644)  # the same user may fix it once it is writable
    result = run("--fix", path, python=python, user=65534, env=env)
    assert result.returncode == 0, result.stderr
    assert path.read_text(encoding="utf-8") == FIXED
    assert path.stat().st_uid == 65534


def test_symbolic_link_is_followed_and_stays_a_link(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    target = tmp_path / "docs" / "README.md"
    target.write_text(FIXABLE, encoding="utf-8")
    link = tmp_path / "README.md"
    link.symlink_to(Path("docs") / "README.md")
    result = run("--fix", link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(Path("docs") / "README.md")
    assert target.read_text(encoding="utf-8") == FIXED
    assert names(tmp_path / "docs") == ["README.md"] and names(tmp_path) == ["README.md", "docs"]


def test_hard_linked_file_is_written_in_place(tmp_path: Path) -> None:
    path = tmp_path / "README.md"
    path.write_text(FIXABLE, encoding="utf-8")
    path.chmod(0o640)
    other = tmp_path / "index.md"
    os.link(path, other)
    inode = path.stat().st_ino
    result = run("--fix", path)
    assert result.returncode == 0, result.stderr
    assert path.stat().st_ino == other.stat().st_ino == inode and path.stat().st_nlink == 2
    assert other.read_text(encoding="utf-8") == FIXED
    assert path.stat().st_mode & 0o777 == 0o640
    assert names(tmp_path) == ["README.md", "index.md"]


def test_in_place_write_that_fails_puts_the_original_back(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "README.md"
    path.write_bytes(b"original bytes")
    os.link(path, tmp_path / "other.md")
    real_fsync = os.fsync
    calls = []

    def failing_fsync(fd: int) -> None:  # the first write fails at its fsync, as a full disk would
        calls.append(fd)
        if len(calls) == 1:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr("awesomelint.source.os.fsync", failing_fsync)
    with pytest.raises(UsageError, match=r"cannot write \(No space left on device\); the file is unchanged"):
        write_atomic(path, b"new")
    assert (tmp_path / "other.md").read_bytes() == b"original bytes"


@contextlib.contextmanager
def mounted(point: Path, *args: str) -> Iterator[None]:
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a file system needs root")
    done = subprocess.run(["mount", *args, str(point)], capture_output=True, text=True)
    if done.returncode:
        pytest.skip(f"this sandbox forbids mount: {done.stderr.strip()}")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(point)], check=True)


def test_read_only_file_system_is_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "list"
    folder.mkdir()
    path = folder / "README.md"
    path.write_text(FIXABLE, encoding="utf-8")
    with mounted(folder, "--bind", str(folder)):
        remount = subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True, text=True)
        if remount.returncode:
            pytest.skip(f"this sandbox forbids a read-only remount: {remount.stderr.strip()}")
        assert_refused(run("--fix", path), "README.md: read-only file system")
        assert path.read_text(encoding="utf-8") == FIXABLE
    assert names(folder) == ["README.md"]


def test_full_file_system_is_one_line_and_leaves_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "full"
    folder.mkdir()
    with mounted(folder, "-t", "tmpfs", "-o", "size=64k", "tmpfs"):
        path = folder / "README.md"
        path.write_text(FIXABLE * 200, encoding="utf-8")
        with contextlib.suppress(OSError), (folder / "filler").open("wb") as filler:
            while True:  # fill every block that is left
                filler.write(b"x" * 512)
                filler.flush()
        before = path.read_bytes()
        assert_refused(run("--fix", path), "README.md: cannot write (No space left on device)",
                       "the file is unchanged")
        assert path.read_bytes() == before
        assert names(folder) == ["README.md", "filler"]
