"""Web archives (WARC and ARC, gzipped or not) -> RawPage, streaming.

Contract with ``ingest/__init__.py``: ``read_warc(path, settings)`` yields a RawPage for
every archived HTML page and a Failure for every other record worth reporting, in file
order, never holding more than one gzip member in memory.

- Pages: ``response`` records (and ``resource`` records, which hold a capture without
  HTTP headers) whose HTTP status is 2xx and whose payload is HTML, by Content-Type or,
  when the type is missing or generic, by sniffing the first bytes. ``RawPage.key`` is
  ``path@offset`` (the byte offset of the record, or of its gzip member), ``url`` the
  WARC-Target-URI, ``fetched`` the WARC-Date (ARC dates are converted by warcio).
- Skipped with a reason (Failure, skipped=True, W004), so that ``onrecord errors``
  lists them: responses that are not HTML (images, scripts, PDFs), non-2xx responses,
  revisit records. Records that carry no capture at all (warcinfo, request, metadata)
  are only counted in the summary logged at the end of the file.
- Broken data (E011): in a gzipped file each gzip member is decompressed on its own and
  its CRC checked before its records are passed on, so a truncated or corrupt member
  becomes one Failure and reading resumes at the next intact member (also when the cut
  member decompressed on into the members after it and failed only at the end of the
  file); a member cut off by the end of the file ends the file cleanly with what was read. In an uncompressed
  file, a broken record ends the file with a Failure. A record without a WARC-Type (junk after
  a "WARC/1.0" line) is broken data too.
- A file that gives no page, skip or failure at all (empty, or only warcinfo records) is
  skipped with W001 saying what it held, so that it never passes without a word.
"""
from __future__ import annotations

import io
import logging
import zlib
from collections import Counter
from pathlib import Path
from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator

from ..errors import Errors, Warnings
from ..records import Failure, RawPage
from ..settings import Settings
from .fetch import decode_body, media_type, page_format

logger = logging.getLogger(__name__)

GZIP_MAGIC = b"\x1f\x8b\x08"
CHUNK = 65_536
# records of one member held back until its CRC is checked; a file gzipped as one
# member (not the WARC convention) is passed on in groups of this size instead
MAX_HELD = 64
CAPTURE_TYPES = frozenset({"response", "resource"})

Item = RawPage | Failure


class BrokenMember(Exception):
    """A gzip member that is truncated or corrupt."""


def read_warc(path: str, settings: Settings) -> Iterator[Item]:
    """Every HTML page of a WARC or ARC file, gzipped or not, in file order.

    path (str): the archive file.
    settings (Settings): ``max_bytes`` caps one record's payload (E005).
    """
    counts: Counter[str] = Counter()
    with Path(path).open("rb") as fh:
        gzipped = fh.read(2) == GZIP_MAGIC[:2]
        fh.seek(0)
        items = _read_gzipped(fh, path, settings, counts) if gzipped else \
            _read_plain(fh, path, settings, counts)
        for item in items:
            counts["page" if isinstance(item, RawPage) else
                   "skipped" if item.skipped else "failed"] += 1
            yield item
    if not any(counts[what] for what in ("page", "skipped", "failed")):
        yield _nothing_read(path, counts)
    logger.info("%s: %s", path, ", ".join(f"{n} {what}" for what, n in sorted(counts.items())))


# --- uncompressed files -------------------------------------------------------------
def _read_plain(fh: BinaryIO, path: str, settings: Settings, counts: Counter[str]) -> Iterator[Item]:
    records = ArchiveIterator(fh, arc2warc=True)
    offset = 0
    try:
        for record in records:
            offset = records.offset
            item = _record_item(record, f"{path}@{offset}", path, settings, counts)
            if item is not None:
                yield item
    except Exception as exc:  # noqa: BLE001 - warcio raises many kinds on broken data
        yield _broken(path, offset, f"{type(exc).__name__}: {exc}; the rest of the file is not read")


# --- gzipped files: one member at a time --------------------------------------------
def _read_gzipped(fh: BinaryIO, path: str, settings: Settings, counts: Counter[str]) -> Iterator[Item]:
    offset = 0
    while True:
        member = _Member(fh, offset)
        if member.at_end_of_file():
            return
        held: list[Item] = []
        try:
            records = ArchiveIterator(io.BufferedReader(member, CHUNK), arc2warc=True)
            for record in records:
                inner = records.offset
                key = f"{path}@{offset}" if inner == 0 else f"{path}@{offset}+{inner}"
                item = _record_item(record, key, path, settings, counts)
                if item is not None:
                    held.append(item)
                if len(held) >= MAX_HELD:
                    yield from held
                    held = []
            member.finish()
        except Exception as exc:  # noqa: BLE001 - zlib, warcio and our own BrokenMember
            detail = str(exc) if isinstance(exc, BrokenMember) else f"{type(exc).__name__}: {exc}"
            # a member cut short can decompress on into the members after it and only fail at
            # the end of the file: look for an intact member after it in either case
            next_offset = _next_member(fh, offset + 1)
            if next_offset is None and member.truncated_by_eof:
                where = "the file ends inside this record"
            else:
                where = "the rest of the file is " + (
                    "not read" if next_offset is None else f"read again from byte {next_offset}")
            yield _broken(path, offset, f"{detail}; {where}")
            if next_offset is None:
                return
            offset = next_offset
            continue
        yield from held
        offset = member.end


class _Member(io.RawIOBase):
    """The decompressed bytes of the gzip member at ``start``, read lazily with CRC check."""

    def __init__(self, fh: BinaryIO, start: int) -> None:
        super().__init__()
        self.fh = fh
        self.start = start
        self.end = start
        self.pos = start  # file position of the next compressed byte to read
        self.decomp = zlib.decompressobj(wbits=31)
        self.pending = b""
        self.done = False
        self.truncated_by_eof = False

    def readable(self) -> bool:
        return True

    def at_end_of_file(self) -> bool:
        self.fh.seek(self.start)
        return not self.fh.read(1)

    def readinto(self, buffer) -> int:  # type: ignore[override]
        while not self.pending and not self.done:
            self._fill()
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n

    def finish(self) -> None:
        """Read to the end of the member so that its CRC is checked and ``end`` known."""
        while not self.done:
            self._fill()
            self.pending = b""

    def _fill(self) -> None:
        data = self.decomp.unconsumed_tail
        if not data:
            self.fh.seek(self.pos)
            data = self.fh.read(CHUNK)
            self.pos += len(data)
            if not data:
                self.truncated_by_eof = True
                raise BrokenMember("truncated gzip member")
        try:
            self.pending += self.decomp.decompress(data, CHUNK)
        except zlib.error as exc:
            raise BrokenMember(f"corrupt gzip member ({exc})") from None
        if self.decomp.eof:
            self.done = True
            self.end = self.pos - len(self.decomp.unused_data)


def _next_member(fh: BinaryIO, start: int) -> int | None:
    """The offset of the next gzip member at or after ``start`` that decompresses cleanly."""
    pos = start
    while True:
        fh.seek(pos)
        window = fh.read(CHUNK + len(GZIP_MAGIC))
        if len(window) < len(GZIP_MAGIC):
            return None
        found = window.find(GZIP_MAGIC)
        if found < 0:
            pos += CHUNK
            continue
        candidate = pos + found
        if _member_is_intact(fh, candidate):
            return candidate
        pos = candidate + 1


def _member_is_intact(fh: BinaryIO, start: int) -> bool:
    member = _Member(fh, start)
    try:
        member.finish()
    except BrokenMember:
        return False
    return True


# --- records ------------------------------------------------------------------------
def _record_item(record, key: str, path: str, settings: Settings, counts: Counter[str]) -> Item | None:
    """A RawPage or a skip Failure for one record; None for records that hold no capture."""
    rec_type = record.rec_type
    if not rec_type:  # warcio takes any "WARC/1.0" line for a record, even one over junk
        offset = key.rpartition("@")[2]
        return Failure(path, key, "read", "E011", Errors.E011.format(
            path=path, offset=offset, detail="a record without a WARC-Type header, not web archive data"))
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{url or 'a record'} at {key}"
    if rec_type == "revisit":
        return _skip(path, key, f"{where} is a revisit record (a copy of an earlier capture)")
    if rec_type not in CAPTURE_TYPES:
        counts[f"{rec_type} records"] += 1
        return None
    status = _http_status(record)
    if status is not None and not 200 <= status < 300:
        return _skip(path, key, f"{where} has HTTP status {status}")
    content_type = (record.http_headers.get_header("Content-Type") if record.http_headers
                    else record.rec_headers.get_header("Content-Type"))
    body = record.content_stream().read(settings.max_bytes + 1)
    if len(body) > settings.max_bytes:
        return Failure(path, key, "read", "E005", Errors.E005.format(
            path=where, size=len(body), limit=settings.max_bytes))
    fmt = page_format(content_type, body)
    if fmt != "html":
        kind = media_type(content_type) or "no content type"
        return _skip(path, key, f"{where} is not an HTML page ({kind})")
    return RawPage(source=path, key=key, content=decode_body(body, content_type), format="html",
                   url=url, fetched=record.rec_headers.get_header("WARC-Date"),
                   meta={"content_type": content_type, "warc_record_id":
                         record.rec_headers.get_header("WARC-Record-ID")})


def _http_status(record) -> int | None:
    if record.http_headers is None:
        return None
    code = (record.http_headers.get_statuscode() or "").strip()
    return int(code) if code.isdigit() else None


def _skip(path: str, key: str, detail: str) -> Failure:
    return Failure(path, key, "read", "W004", Warnings.W004.format(path=path, detail=detail),
                   skipped=True)


def _nothing_read(path: str, counts: Counter[str]) -> Failure:
    """W001 for an archive that gave no page and no reason: say what it held, if anything."""
    held = ", ".join(f"{what} ({n})" for what, n in sorted(counts.items()) if n)
    detail = f"it holds no captured page, only {held}" if held else "it holds no web archive records"
    return Failure(path, path, "read", "W001", Warnings.W001.format(path=path, detail=detail), skipped=True)


def _broken(path: str, offset: int, detail: str) -> Failure:
    return Failure(path, f"{path}@{offset}", "read", "E011",
                   Errors.E011.format(path=path, offset=offset, detail=detail))
