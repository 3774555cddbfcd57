"""Fetching a URL as a document: bounded in time, size and redirects, and only for document content types.

A page is fetched with httpx (no JavaScript is ever run: what the server sends is what is read). The limits
keep one bad URL from stalling or filling an ingest: a connect and read timeout, a total deadline, at most
`MAX_REDIRECTS` redirects, at most `MAX_BYTES` of body (refused at once when the server announces more, cut
off when it sends more), and a content type that is HTML, PDF, Word or plain text.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from allyscope.errors import FetchError

MAX_BYTES = 50 * 1024 * 1024
MAX_REDIRECTS = 5
TIMEOUT = 20.0  # seconds to connect, and between two reads
DEADLINE = 120.0  # seconds for the whole download
USER_AGENT = "allyscope (document reader; +https://pypi.org/project/allyscope/)"
ACCEPTED = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "text/plain": "text",
}


@dataclass(frozen=True, slots=True)
class Fetched:
    """What a URL answered: its bytes, the kind its content type names, the final URL and the charset."""

    data: bytes
    kind: str
    url: str
    charset: str | None


def is_url(target: str) -> bool:
    """True for an http or https URL."""
    return target.startswith(("http://", "https://"))


def fetch(
    url: str, *, max_bytes: int | None = None, timeout: float | None = None, deadline: float | None = None
) -> Fetched:
    """Download `url` within the limits (the module's, unless given), or raise `FetchError` naming the URL and
    the problem."""
    import httpx

    max_bytes = MAX_BYTES if max_bytes is None else max_bytes
    timeout = TIMEOUT if timeout is None else timeout
    deadline = DEADLINE if deadline is None else deadline
    started = time.monotonic()
    try:
        with httpx.Client(
            follow_redirects=True,
            max_redirects=MAX_REDIRECTS,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": USER_AGENT, "Accept": ", ".join(ACCEPTED)},
        ) as client, client.stream("GET", url) as response:
            if response.status_code >= 400:
                raise FetchError(url, f"the server answered {response.status_code} {response.reason_phrase}")
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            kind = ACCEPTED.get(content_type)
            if kind is None:
                raise FetchError(url, f"not a document (content type {content_type or 'missing'})")
            announced = response.headers.get("content-length", "")
            if announced.isdigit() and int(announced) > max_bytes:
                raise FetchError(url, f"too big: {int(announced)} bytes, more than the {max_bytes} read at most")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchError(url, f"too big: more than the {max_bytes} bytes read at most")
                if time.monotonic() - started > deadline:
                    raise FetchError(url, f"took longer than {deadline:.0f} s to download")
                chunks.append(chunk)
            return Fetched(b"".join(chunks), kind, str(response.url), response.charset_encoding)
    except httpx.TooManyRedirects as exc:
        raise FetchError(url, f"more than {MAX_REDIRECTS} redirects") from exc
    except httpx.TimeoutException as exc:
        raise FetchError(url, f"timed out (no answer within {timeout:.0f} s)") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"not a valid URL ({exc})") from exc
    except httpx.HTTPError as exc:
        raise FetchError(url, f"cannot be fetched ({exc.__class__.__name__}: {exc})") from exc
