"""Reading and writing files keeps encoding, BOM and bytes; read errors become UsageErrors."""

from __future__ import annotations

from pathlib import Path

import pytest

from awesomelint.errors import UsageError
from awesomelint.source import decode, read_source, write_atomic


def test_utf8_bom_is_kept_for_writing() -> None:
    source = decode(b"\xef\xbb\xbf# T\n", "x.md")
    assert source.text == "# T\n"
    assert source.encode("# U\n") == b"\xef\xbb\xbf# U\n"


def test_utf16_big_endian_round_trips() -> None:
    data = b"\xfe\xff" + "# Tïtle\r\n".encode("utf-16-be")
    source = decode(data, "x.md")
    assert source.text == "# Tïtle\r\n"
    assert source.encode(source.text) == data


def test_permission_error_is_a_clear_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "readme.md"
    path.write_text("# T\n", encoding="utf-8")

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(UsageError, match=r"readme\.md: permission denied"):
        read_source(path)


def test_write_atomic_replaces_and_keeps_mode(tmp_path: Path) -> None:
    path = tmp_path / "readme.md"
    path.write_bytes(b"old")
    path.chmod(0o640)
    write_atomic(path, b"new")
    assert path.read_bytes() == b"new"
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["readme.md"]


def test_write_atomic_failure_leaves_the_original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "readme.md"
    path.write_bytes(b"original")

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("awesomelint.source.os.replace", broken_replace)
    with pytest.raises(UsageError, match="cannot write"):
        write_atomic(path, b"new")
    assert path.read_bytes() == b"original"
    assert [p.name for p in tmp_path.iterdir()] == ["readme.md"]
