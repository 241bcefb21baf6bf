"""The quick header reader gives the message the standard library gives, for plain and odd blocks."""

from __future__ import annotations

import http.client
import io

import pytest

from awesomelint.links.transport import _plain
from awesomelint.links.wire import parse_headers

BLOCKS = [
    b"Content-Type: text/html\r\nContent-Length: 12\r\n\r\n",
    b"Set-Cookie: a=1\r\nSet-Cookie: b=2\r\nX-Empty:\r\nX-Spaces:   padded value  \r\n\r\n",
    b"Location: /caf\xe9\r\nServer: x\n\n",  # Latin-1 byte, bare LF
    b"X-Folded: one\r\n  two\r\nOther: 3\r\n\r\n",  # folded: the feed parser joins it
    b"Not a header line\r\nX-After: 1\r\n\r\n",  # a defect: the feed parser keeps it as payload
    b"X-Cr: a\rb\r\n\r\n",  # a bare CR splits the line for the feed parser
    b": no name\r\n\r\n",
    b"From nobody\r\nX: 1\r\n\r\n",
    b"X-Eof: no blank line",
    b"\r\n",
    b"",
]


@pytest.mark.parametrize("block", BLOCKS)
def test_quick_headers_equal_the_standard_librarys(block: bytes) -> None:
    ours, theirs = parse_headers(io.BytesIO(block)), http.client.parse_headers(io.BytesIO(block))
    assert ours.items() == theirs.items()
    assert ours.get_payload() == theirs.get_payload() or not (ours.get_payload() or theirs.get_payload())
    assert [type(d) for d in ours.defects] == [type(d) for d in theirs.defects]


def test_header_limits_still_hold() -> None:
    with pytest.raises(http.client.HTTPException):
        parse_headers(io.BytesIO(b"X: 1\r\n" * 200 + b"\r\n"))
    with pytest.raises(http.client.LineTooLong):
        parse_headers(io.BytesIO(b"X: " + b"a" * 70000 + b"\r\n\r\n"))


@pytest.mark.parametrize(("url", "plain"), [
    ("http://a.test/x?q=1", ("http://a.test", "http", "a.test", None, "/x?q=1")),
    ("https://a.test:8443", ("https://a.test:8443", "https", "a.test", "8443", "/")),
    ("http://a.test?q", ("http://a.test", "http", "a.test", None, "/?q")),
    ("http://a.test/a/../b", None),  # dot segments: urllib3 removes them
    ("http://a.test/.well-known/x", None),
    ("http://A.test/x", None),
    ("http://user@a.test/x", None),
    ("http://[::1]/x", None),
    ("http://a.test/caf\u00e9", None),
    ("http://a.test/a b", None),
    ("http://a.test.evil/x", ("http://a.test.evil", "http", "a.test.evil", None, "/x")),
])
def test_only_urls_urllib3_sends_unchanged_skip_its_parser(url: str, plain: object) -> None:
    assert _plain(url) == plain


def _written(conn: http.client.HTTPConnection) -> list[bytes]:
    return list(conn._buffer)  # type: ignore[attr-defined]


def test_header_lines_are_written_as_http_client_writes_them_and_still_checked() -> None:
    from awesomelint.links.wire import QuickHeaders

    ours, theirs = QuickHeaders("a.test"), http.client.HTTPConnection("a.test")
    for conn in (ours, theirs):
        conn.putrequest("HEAD", "/x", skip_host=True, skip_accept_encoding=True)
    for _ in range(2):  # the second time from the remembered lines
        for name, value in (("User-Agent", "Mozilla/5.0 (X11)"), ("Host", b"a.test:8080"), ("X-Latin", "caf\u00e9")):
            ours.putheader(name, value)
            theirs.putheader(name, value)
    assert _written(ours) == _written(theirs)
    for bad in ("a\r\nInjected: 1", "a\nb"):
        with pytest.raises(ValueError):
            ours.putheader("User-Agent", bad)
    with pytest.raises(ValueError):
        ours.putheader("Bad:Name", "x")
