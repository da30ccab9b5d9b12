"""Fetching pages from the web, politely and safely: URL sources -> RawPage.

Contract with ``ingest/__init__.py`` (the dispatcher):

- ``read_url(url, settings)``: one page, as ``Iterator[RawPage | Failure]``.
- ``read_url_list(path, settings)``: a file of URLs, one a line; blank lines and lines
  starting with ``#`` are ignored.

Every request goes through one ``Fetcher`` per settings (cached), which:

1. refuses private, loopback, link-local, reserved and multicast addresses (E040)
   unless ``settings.allow_private``: the host is resolved and every address checked
   before the request, and the address the connection really reached is checked again
   before a byte is sent, so that a DNS answer that changes between the two (DNS
   rebinding) cannot reach an inner address;
2. obeys robots.txt (urllib.robotparser, fetched once per host; E042);
3. waits ``settings.fetch_delay`` seconds between two requests to one host (or the
   host's robots.txt Crawl-delay when longer);
4. follows redirects by hand, at most ``settings.fetch_max_redirects``, re-checking
   steps 1 and 2 at every hop (E044);
5. sends ``settings.user_agent``, times out after ``settings.fetch_timeout`` seconds
   (per connect/read and for the whole body), and stops reading a body past
   ``settings.fetch_max_bytes`` (E043), while it streams.

Both readers take an optional keyword ``skip``: a function of an item key that is True
for items the caller already has (``onrecord ingest`` passes its store's lookup). Such a
URL is not fetched again: the reader yields an empty RawPage with that key and
``meta[NOT_FETCHED]``, which the caller drops as already done. This keeps a feed or a
list that is ingested again every hour from fetching every article again.

A page's ``RawPage.key`` is its normalised URL (lower-case scheme and host, no
default port, no fragment), so that the same link from a list, a feed or the command
line is one item. HTML bodies are decoded with the charset of the Content-Type
header when it names one; otherwise they stay bytes for the article stage to sniff.
"""
from __future__ import annotations

import ipaddress
import logging
import socket
import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from ..errors import Errors, OnrecordError, Warnings, error
from ..records import Failure, RawPage
from ..settings import Settings

logger = logging.getLogger(__name__)

Skip = Callable[[str], bool]
# RawPage.meta flag of a page not fetched because ``skip(key)`` said the caller has it
NOT_FETCHED = "not_fetched"
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
SNIFF_BYTES = 1024
HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<p>")
ROBOTS_MAX_BYTES = 512_000
CHUNK = 65_536


# --- payload helpers (shared with the WARC and feed readers) ------------------------
def media_type(content_type: str | None) -> str:
    """The media type of a Content-Type header, lower-cased ("text/html")."""
    return (content_type or "").split(";", 1)[0].strip().lower()


def charset_of(content_type: str | None) -> str | None:
    """The charset named by a Content-Type header, or None."""
    for part in (content_type or "").split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip("'\"").lower()
    return None


def looks_like_html(body: bytes) -> bool:
    """Sniff the start of a body for HTML markup (for missing or generic content types)."""
    head = body[:SNIFF_BYTES].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return any(marker in head for marker in HTML_MARKERS)


def page_format(content_type: str | None, body: bytes) -> str | None:
    """"html" or "text" for a payload onrecord can read, None for anything else."""
    kind = media_type(content_type)
    if kind in HTML_TYPES or kind.endswith("+html"):
        return "html"
    if kind in ("", "application/octet-stream", "text/plain", "unknown/unknown"):
        if looks_like_html(body):
            return "html"
        return "text" if kind == "text/plain" else None
    return None


def decode_body(body: bytes, content_type: str | None) -> str | bytes:
    """The body as text when the header names a charset that decodes it, else bytes.

    Undecodable bodies stay bytes: the article stage sniffs <meta charset> and reports
    a page it cannot decode (E004) rather than this reader guessing.
    """
    charset = charset_of(content_type)
    if not charset:
        return body
    try:
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return body


def normalise_url(url: str) -> str:
    """The URL with lower-case scheme and host, no default port and no fragment."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def now_iso() -> str:
    """The current UTC time as ISO 8601 with seconds."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


# --- address checks -----------------------------------------------------------------
def address_kind(address: str) -> str | None:
    """Why an IP address must not be fetched ("loopback", "private"...), or None."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if getattr(ip, "ipv4_mapped", None):
        ip = ip.ipv4_mapped
    for kind, flag in (("loopback", ip.is_loopback), ("unspecified", ip.is_unspecified),
                       ("link-local", ip.is_link_local), ("private", ip.is_private),
                       ("multicast", ip.is_multicast), ("reserved", ip.is_reserved)):
        if flag:
            return kind
    return None


def check_public(url: str) -> None:
    """Raise E040 when the URL's host resolves to any non-public address; E041 if unresolvable."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise error("E041", url=url, detail=f"cannot resolve {host!r} ({exc})") from None
    for info in infos:
        address = str(info[4][0])
        kind = address_kind(address)
        if kind:
            raise error("E040", url=url, kind=kind, address=address)


def refuse_private_peer(url: str) -> Callable[[str, dict], None]:
    """An httpcore trace hook that closes a new connection to a non-public address (E040).

    httpcore calls it after each TCP connect, before TLS and before the request: the
    address checked is the one the socket is connected to, not a second DNS answer.
    """
    def trace(event: str, info: dict) -> None:
        if event != "connection.connect_tcp.complete":
            return
        stream = info.get("return_value")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if not peer:
            return
        kind = address_kind(str(peer[0]))
        if kind:
            stream.close()
            raise error("E040", url=url, kind=kind, address=str(peer[0]))

    return trace


# --- the fetcher --------------------------------------------------------------------
@dataclass(slots=True)
class Response:
    """A fetched page: the final URL after redirects, status, headers and body."""

    url: str
    status: int
    content_type: str | None
    body: bytes
    fetched: str
    requested: str


@dataclass
class Fetcher:
    """A polite HTTP client: robots.txt, per-host delay, size cap, bounded redirects.

    settings (Settings): fetch_timeout, fetch_max_bytes, fetch_delay,
        fetch_max_redirects, user_agent, allow_private.
    """

    settings: Settings
    client: httpx.Client | None = None
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.client is None:
            timeout = httpx.Timeout(self.settings.fetch_timeout)
            self.client = httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                                       headers={"User-Agent": self.settings.user_agent})

    def get(self, url: str) -> Response:
        """Fetch a URL, following redirects by hand; raise a coded OnrecordError on refusal."""
        current = url
        for _hop in range(self.settings.fetch_max_redirects + 1):
            self._check(current)
            self._check_robots(current)
            status, headers, body = self._request(current, self.settings.fetch_max_bytes)
            location = headers.get("location")
            if status in REDIRECT_STATUSES and location:
                current = urljoin(current, location)
                continue
            return Response(current, status, headers.get("content-type"), body, now_iso(), url)
        raise error("E044", url=url, limit=self.settings.fetch_max_redirects)

    def _check(self, url: str) -> None:
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https"):
            raise error("E041", url=url, detail=f"the scheme {scheme!r} is not http or https")
        if not self.settings.allow_private:
            check_public(url)

    def _request(self, url: str, limit: int) -> tuple[int, httpx.Headers, bytes]:
        """One GET without redirects, after the per-host delay; the body capped at ``limit``."""
        self._wait(url)
        deadline = time.monotonic() + self.settings.fetch_timeout
        extensions = {} if self.settings.allow_private else {"trace": refuse_private_peer(url)}
        try:
            with self.client.stream("GET", url, extensions=extensions) as resp:
                declared = resp.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise error("E043", url=url, limit=limit)
                body = bytearray()
                for chunk in resp.iter_bytes(CHUNK):
                    body += chunk
                    if len(body) > limit:
                        raise error("E043", url=url, limit=limit)
                    if time.monotonic() > deadline:
                        raise error("E041", url=url, detail=(
                            f"the body took longer than {self.settings.fetch_timeout:g} s; "
                            "raise fetch_timeout"))
                return resp.status_code, resp.headers, bytes(body)
        except httpx.TimeoutException:
            raise error("E041", url=url, detail=(
                f"no answer within {self.settings.fetch_timeout:g} s; raise fetch_timeout")) from None
        except httpx.HTTPError as exc:
            raise error("E041", url=url, detail=f"{type(exc).__name__}: {exc}") from None
        finally:
            self._last[_host_key(url)] = time.monotonic()

    def _wait(self, url: str) -> None:
        host = _host_key(url)
        delay = self.settings.fetch_delay
        robots = self._robots.get(host)
        if robots is not None:
            delay = max(delay, float(robots.crawl_delay(self.settings.user_agent) or 0))
        last = self._last.get(host)
        if last is not None:
            pause = last + delay - time.monotonic()
            if pause > 0:
                time.sleep(pause)

    def _check_robots(self, url: str) -> None:
        host = _host_key(url)
        if host not in self._robots:
            self._robots[host] = self._load_robots(url)
        robots = self._robots[host]
        if robots is not None and not robots.can_fetch(self.settings.user_agent, url):
            raise error("E042", url=url)

    def _load_robots(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's robots.txt, or None (allow all) when it has none (4xx).

        Following RFC 9309: a missing file (4xx) allows everything; a server error or
        an unreachable file disallows everything until the next run.
        """
        robots_url = urljoin(url, "/robots.txt")
        parser = urllib.robotparser.RobotFileParser(robots_url)
        try:
            status, headers, body = self._robots_body(robots_url)
        except OnrecordError as exc:
            if exc.code == "E040":
                raise  # the host itself is refused, not only its robots.txt
            logger.warning("robots.txt of %s unreachable (%s): not fetching from it", url, exc)
            parser.disallow_all = True
            return parser
        if 400 <= status < 500:
            return None
        if status >= 500:
            parser.disallow_all = True
            return parser
        parser.parse(body.decode("utf-8", "replace").splitlines())
        return parser

    def _robots_body(self, robots_url: str) -> tuple[int, httpx.Headers, bytes]:
        current = robots_url
        for _hop in range(self.settings.fetch_max_redirects + 1):
            self._check(current)
            status, headers, body = self._request(current, ROBOTS_MAX_BYTES)
            location = headers.get("location")
            if status in REDIRECT_STATUSES and location:
                current = urljoin(current, location)
                continue
            return status, headers, body
        raise error("E044", url=robots_url, limit=self.settings.fetch_max_redirects)


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{(parts.netloc or '').lower()}"


_FETCHERS: dict[Settings, Fetcher] = {}


def fetcher_for(settings: Settings) -> Fetcher:
    """The run's Fetcher (one per settings), so robots.txt and host delays are shared."""
    fetcher = _FETCHERS.get(settings)
    if fetcher is None:
        fetcher = _FETCHERS[settings] = Fetcher(settings)
    return fetcher


# --- readers ------------------------------------------------------------------------
def fetch_page(url: str, settings: Settings, *, key: str | None = None,
               source: str | None = None, skip: Skip | None = None) -> RawPage | Failure:
    """Fetch one URL as a RawPage, or a Failure naming the URL and the reason.

    key (str): the item's key; the normalised URL when not given.
    source (str): what the user named (a URL list, a feed); the URL when not given.
    skip: ``skip(key)`` is True for an item the caller already has (see ``NOT_FETCHED``).
    """
    key = key or normalise_url(url)
    source = source or url
    if skip is not None and skip(key):
        return RawPage(source=source, key=key, content=b"", format="html", url=url,
                       meta={NOT_FETCHED: True})
    try:
        resp = fetcher_for(settings).get(url)
    except OnrecordError as exc:
        return Failure(source, key, "fetch", exc.code, str(exc))
    if resp.status >= 400:
        return Failure(source, key, "fetch", "E041",
                       Errors.E041.format(url=url, detail=f"HTTP status {resp.status}"))
    fmt = page_format(resp.content_type, resp.body)
    if fmt is None:
        return Failure(source, key, "fetch", "W001", Warnings.W001.format(
            path=url, detail=f"not an HTML page ({media_type(resp.content_type) or 'no type'})"),
            skipped=True)
    return RawPage(source=source, key=key, content=decode_body(resp.body, resp.content_type),
                   format=fmt, url=resp.url, fetched=resp.fetched,
                   meta={"content_type": resp.content_type, "status": resp.status,
                         "requested_url": url})


def read_url(url: str, settings: Settings, *, skip: Skip | None = None) -> Iterator[RawPage | Failure]:
    """One page from the web: a RawPage, or a Failure with the reason."""
    yield fetch_page(url, settings, skip=skip)


def read_url_list(path: str, settings: Settings, *,
                  skip: Skip | None = None) -> Iterator[RawPage | Failure]:
    """Every URL of a file of URLs (one a line; '#' starts a comment line), fetched in order."""
    with Path(path).open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            url = line.strip()
            if not url or url.startswith("#"):
                continue
            if not url.lower().startswith(("http://", "https://")):
                yield Failure(path, f"{path}:{number}", "read", "E041", Errors.E041.format(
                    url=url, detail=f"line {number} of {path} is not an http(s) URL"))
                continue
            yield fetch_page(url, settings, source=path, skip=skip)
