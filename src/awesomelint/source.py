"""Reading a file into text without losing anything: encoding, BOM and line endings are recorded
so that ``--fix`` can write the file back exactly as it was, apart from the edits."""

from __future__ import annotations

import codecs
import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from awesomelint.errors import UsageError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

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
    """Write through a temporary file in the same folder and rename it over the original."""
    tmp = path.with_name(f".{path.name}.awesomelint-{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):  # keep the original's permissions where we can
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"{path}: cannot write ({exc.strerror or exc})") from None
