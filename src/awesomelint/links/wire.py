"""Header lines on the wire, read and written quickly, exactly as ``http.client`` does it.

``http.client`` hands every header block to the ``email`` package's feed parser, which was an
eighth of the checker's CPU per request. A block of plain ``Name: value`` lines gets the same
``HTTPMessage`` built directly; anything else (folded lines, stray carriage returns, a line that is
not a header) goes to the feed parser as before, with its defects reported as before. Going out,
the same few header lines go with every request: each is validated once and then reused.
"""

from __future__ import annotations

import email.parser
import http.client
import re
import types
from typing import Any

from urllib3.util import SKIP_HEADER

_NAME = re.compile(rb"[!-9;-~]+")  # the characters the feed parser accepts in a header name


def parse_headers(fp: Any, _class: type[http.client.HTTPMessage] = http.client.HTTPMessage,
                  ) -> http.client.HTTPMessage:
    """``http.client.parse_headers``: the same limits, the same message, without the feed parser
    when every line is a plain header."""
    lines = http.client._read_headers(fp)  # type: ignore[attr-defined]  # the line and count limits
    message = _class()
    for line in lines:
        if line in (b"\r\n", b"\n", b""):
            break
        name, colon, value = line.partition(b":")
        if not colon or _NAME.fullmatch(name) is None or b"\r" in value[:-2] or not value.endswith(b"\n"):
            return email.parser.Parser(_class=_class).parsestr(b"".join(lines).decode("iso-8859-1"))
        message.set_raw(name.decode("ascii"), value.decode("iso-8859-1").lstrip(" \t").rstrip("\r\n"))
    return message


def _with_fast_headers(begin: Any) -> Any:
    """``HTTPResponse.begin`` as the standard library writes it, reading headers with ``parse_headers``."""
    scope = {**vars(http.client), "parse_headers": parse_headers}
    return types.FunctionType(begin.__code__, scope, begin.__name__, begin.__defaults__, begin.__closure__)


class FastHeadersResponse(http.client.HTTPResponse):
    """``http.client``'s response with the quick header reader (status line, ``100 Continue``,
    chunking and keep-alive handling are the standard library's own code)."""

    begin = _with_fast_headers(http.client.HTTPResponse.begin)


_LINES: dict[tuple[Any, Any], bytes] = {}  # (name, value) -> the line http.client validated and wrote
_MAX_LINES = 4096


class QuickHeaders(http.client.HTTPConnection):
    """A connection whose ``putheader`` validates a (name, value) pair once: the user agent, the
    accepted types and each host name go out thousands of times, the same every time."""

    def putheader(self, header: Any, *values: Any) -> None:
        key = (header, values[0]) if len(values) == 1 else None
        line = _LINES.get(key) if key is not None else None
        if line is not None:
            self._output(line)  # type: ignore[attr-defined]
            return
        super().putheader(header, *values)  # validates; raises on a bad name or value
        if key is not None and isinstance(header, str) and isinstance(key[1], str | bytes) \
                and key[1] != SKIP_HEADER and len(_LINES) < _MAX_LINES:
            value = key[1] if isinstance(key[1], bytes) else key[1].encode("latin-1")
            _LINES[key] = header.encode("ascii") + b": " + value
