"""Reading a file into text without losing anything: encoding, BOM and line endings are recorded
so that ``--fix`` can write the file back exactly as it was, apart from the edits."""

from __future__ import annotations

import codecs
import contextlib
import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from awesomelint.errors import UsageError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_SIZE_LIMIT = 1 << 40  # the largest max-size / --max-size (1 TiB): a larger number overflows a read

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class SourceText:
    text: str  # decoded, BOM removed, line endings untouched
    encoding: str
    bom: bytes  # b"" when the file had none

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.encoding)


def decode(data: bytes, name: str) -> SourceText:
    """Decode README bytes: UTF-8 (GitHub's encoding), or UTF-16/32 when a BOM says so."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return SourceText(body.decode(encoding), encoding, bom)
            except UnicodeDecodeError as exc:
                raise UsageError(f"{name}: not valid {encoding} at byte {exc.start + len(bom)}") from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise UsageError(f"{name}: binary file (NUL byte at offset {nul}), not Markdown")
    try:
        return SourceText(data.decode("utf-8"), "utf-8", b"")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise UsageError(
            f"{name}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}, line {line}); "
            "GitHub renders READMEs as UTF-8: convert the file, e.g. with iconv -t UTF-8"
        ) from None


def read_source(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> SourceText:
    name = str(path)
    try:
        if path.is_dir():
            raise UsageError(f"{name}: is a directory")
        size = path.stat().st_size
        if size > max_bytes:
            raise UsageError(
                f"{name}: {size / 1048576:.1f} MiB is larger than the {max_bytes / 1048576:.0f} MiB limit "
                "(raise it with --max-size)"
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise UsageError(f"{name}: no such file") from None
    except PermissionError:
        raise UsageError(f"{name}: permission denied") from None
    except OSError as exc:
        raise UsageError(f"{name}: cannot read ({os.strerror(exc.errno or 0) or exc})") from None
    if len(data) > max_bytes:
        raise UsageError(f"{name}: larger than the {max_bytes / 1048576:.0f} MiB limit")
    return decode(data, name)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` over the file ``path`` names, as a careful editor would: a symbolic link's target
    is rewritten (the link stays a link), a read-only file or file system is refused, a hard-linked
    file (or one in a folder we cannot write) is written in place so every name sees the fix, and
    anything else goes through a temporary file renamed over the original. On any failure the
    original is intact, no temporary file is left, and the error is one ``UsageError`` line."""
    target = Path(os.path.realpath(path))
    try:
        status = target.stat()
        _refuse_read_only(path, target, status)
        if status.st_nlink > 1 or not os.access(target.parent, os.W_OK | os.X_OK):
            _write_in_place(path, target, data)
        else:
            _replace(target, status, data)
    except OSError as exc:
        raise UsageError(f"{path}: cannot write ({_reason(exc)}); the file is unchanged") from None


def _reason(exc: OSError) -> str:
    return exc.strerror or os.strerror(exc.errno or 0) or str(exc)


def _refuse_read_only(path: Path, target: Path, status: os.stat_result) -> None:
    """Refuse what the user marked read-only. Root may write anywhere, so the mode bits decide too."""
    if os.statvfs(target.parent).f_flag & os.ST_RDONLY:
        raise UsageError(f"{path}: read-only file system, fixes not written")
    if not status.st_mode & 0o222 or not os.access(target, os.W_OK):
        raise UsageError(f"{path}: read-only file (mode {status.st_mode & 0o7777:04o}), fixes not written; "
                         "make it writable (chmod u+w) to fix it")


def _replace(target: Path, status: os.stat_result, data: bytes) -> None:
    import tempfile  # only a fix writes: not loaded at start-up

    handle, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".awesomelint.tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):  # keep the original's owner and permissions where we can
            os.chown(tmp, status.st_uid, status.st_gid)
        with contextlib.suppress(OSError):
            os.chmod(tmp, status.st_mode & 0o7777)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _write_in_place(path: Path, target: Path, data: bytes) -> None:
    """Overwrite the file itself (keeping its inode, hence its other names); put the old bytes back if
    the write fails. Growing needs free space, checked first so a full disk fails before any change."""
    with target.open("r+b") as stream:
        original = stream.read()
        free = os.statvfs(target.parent)
        if len(data) > len(original) and (len(data) - len(original)) > free.f_bavail * free.f_frsize:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        try:
            _overwrite(stream, data)
        except OSError as exc:
            try:
                _overwrite(stream, original)
            except OSError:
                raise UsageError(f"{path}: cannot write ({_reason(exc)}), and restoring the original "
                                 "failed too: check the file") from None
            raise


def _overwrite(stream: BinaryIO, data: bytes) -> None:
    stream.seek(0)
    stream.write(data)
    stream.truncate()
    stream.flush()
    os.fsync(stream.fileno())
