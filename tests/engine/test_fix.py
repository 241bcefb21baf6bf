"""--fix keeps every byte it does not mean to change: encoding, BOM, line endings, content."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from awesomelint.finding import Edit, Finding, Fix, Severity
from awesomelint.fix import apply_edits
from tests.clirun import run_cli

BROKEN = "# Awesome Things  \n\n- [A](https://a.example) - One. \n- [B](https://b.example) - Two.\t"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """In-process (tests/clirun.py): what is checked is the file the command leaves."""
    return run_cli(*args, env={"NO_COLOR": "1"})


def run_process(*args: str | Path) -> subprocess.CompletedProcess[str]:
    """A real ``python -m awesomelint --fix``, end to end."""
    return subprocess.run([sys.executable, "-m", "awesomelint", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, "NO_COLOR": "1"}, timeout=120)


def finding(line: int, column: int, end_line: int, end_column: int, text: str) -> Finding:
    return Finding("x.md", line, column, "AL999", end_line, end_column, "test", Severity.ERROR, "m",
                   Fix((Edit(line, column, end_line, end_column, text),)))


def test_overlapping_fixes_are_skipped_not_merged() -> None:
    text = "abcdef\n"
    new, applied = apply_edits(text, [finding(1, 2, 1, 4, "X"), finding(1, 3, 1, 5, "Y"), finding(1, 6, 1, 6, "!")])
    assert (new, applied) == ("aXde!f\n", 2)


def test_edits_keep_crlf_and_use_it_for_new_lines() -> None:
    text = "a\r\nb\r\nc"
    new, _ = apply_edits(text, [finding(3, 2, 3, 2, "\n"), finding(1, 1, 1, 2, "A\nA")])
    assert new == "A\r\nA\r\nb\r\nc\r\n"


def test_fix_in_place_keeps_bom_crlf_and_content(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    path.write_bytes(b"\xef\xbb\xbf" + BROKEN.replace("\n", "\r\n").encode())
    result = run(path, "--fix", "--select", "AL001,AL002")
    assert result.returncode == 0, result.stdout + result.stderr
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data[3:].decode() == ("# Awesome Things\r\n\r\n- [A](https://a.example) - One.\r\n"
                                 "- [B](https://b.example) - Two.\r\n")
    again = run(path, "--fix", "--select", "AL001,AL002")
    assert again.returncode == 0 and path.read_bytes() == data


def test_fix_keeps_utf16(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    path.write_bytes(b"\xff\xfe" + "# Tïtle \n".encode("utf-16-le"))
    assert run_process(path, "--fix").returncode == 0
    assert path.read_bytes() == b"\xff\xfe" + "# Tïtle\n".encode("utf-16-le")


def test_diff_prints_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    path.write_text(BROKEN, encoding="utf-8")
    result = run(path, "--diff", "--select", "AL001,AL002")
    assert path.read_text(encoding="utf-8") == BROKEN
    assert "-# Awesome Things  \n+# Awesome Things\n" in result.stdout
    assert "\\ No newline at end of file" not in result.stdout or "+- [B](https://b.example) - Two.\n" in result.stdout


def test_fix_never_drops_a_link_on_corpus_like_input(tmp_path: Path) -> None:
    # a stray space on every fifth line (on most lines it would be the file's own form: one finding, no fix)
    text = "".join(f"- [P{i}](https://p{i}.example) - Entry {i}.{' ' if i % 5 == 0 else ''}\n"
                   for i in range(200)) + "\n\n\n"
    path = tmp_path / "readme.md"
    path.write_text("# Awesome\n\n" + text, encoding="utf-8")
    run(path, "--fix")
    fixed = path.read_text(encoding="utf-8")
    for i in range(200):
        assert f"[P{i}](https://p{i}.example) - Entry {i}.\n" in fixed
    assert fixed.endswith("Entry 199.\n")


def test_unsafe_fixes_need_their_flag() -> None:
    safe = finding(1, 1, 1, 2, "A")
    unsafe = Finding("x.md", 1, 3, "AL999", 1, 4, "test", Severity.ERROR, "m",
                     Fix((Edit(1, 3, 1, 4, "C"),), safe=False))
    assert apply_edits("abc\n", [safe, unsafe]) == ("Abc\n", 1)
    assert apply_edits("abc\n", [safe, unsafe], unsafe=True) == ("AbC\n", 2)
    assert safe.fixable and not unsafe.fixable
