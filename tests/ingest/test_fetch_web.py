"""Fetching pages: address refusal, robots.txt, size cap, redirects, timeouts, delays."""
from __future__ import annotations

import time

import pytest

from onrecord.ingest.fetch import address_kind, normalise_url, read_url, read_url_list
from onrecord.records import Failure, RawPage
from onrecord.settings import Settings

from fixtures.loopback import Route

PAGE = b"<html><head><title>Harbour vote</title></head><body><p>The council met.</p></body></html>"
LOCAL = Settings(allow_private=True, fetch_delay=0.0, fetch_timeout=2.0)


def one(url: str, settings: Settings) -> RawPage | Failure:
    items = list(read_url(url, settings))
    assert len(items) == 1
    return items[0]


def test_fetch_reads_a_page_with_its_url_and_user_agent(loopback) -> None:
    loopback.routes["/story"] = Route(PAGE)
    page = one(loopback.url("/story"), LOCAL)
    assert isinstance(page, RawPage)
    assert page.format == "html" and "Harbour vote" in page.content
    assert page.url == loopback.url("/story") and page.fetched
    assert ("/story", LOCAL.user_agent) in loopback.requests
    assert "onrecord" in LOCAL.user_agent


def test_fetch_refuses_loopback_without_allow_private(loopback) -> None:
    loopback.routes["/story"] = Route(PAGE)
    failure = one(loopback.url("/story"), Settings(fetch_delay=0.0))
    assert isinstance(failure, Failure) and failure.code == "E040"
    assert "loopback" in failure.reason and "--allow-private" in failure.reason
    assert loopback.requests == []  # refused before any request


@pytest.mark.parametrize("address, kind", [
    ("127.0.0.1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.7", "private"),
    ("169.254.169.254", "link-local"), ("::1", "loopback"), ("fe80::1", "link-local"),
    ("::ffff:10.0.0.1", "private"), ("0.0.0.0", "unspecified"), ("93.184.216.34", None),
])
def test_address_kind_names_every_non_public_address(address: str, kind: str | None) -> None:
    assert address_kind(address) == kind


def test_fetch_obeys_robots_txt(loopback) -> None:
    loopback.routes["/robots.txt"] = Route(b"User-agent: *\nDisallow: /private/\n",
                                           headers={"Content-Type": "text/plain"})
    loopback.routes["/private/story"] = Route(PAGE)
    loopback.routes["/public/story"] = Route(PAGE)
    refused = one(loopback.url("/private/story"), LOCAL)
    allowed = one(loopback.url("/public/story"), LOCAL)
    assert isinstance(refused, Failure) and refused.code == "E042"
    assert isinstance(allowed, RawPage)
    paths = [p for p, _ in loopback.requests]
    assert "/private/story" not in paths
    assert paths.count("/robots.txt") == 1  # cached per host


def test_fetch_stops_reading_past_the_size_cap(loopback) -> None:
    loopback.routes["/big"] = Route(b"<html><body>" + b"x" * 50_000 + b"</body></html>")
    failure = one(loopback.url("/big"), LOCAL.with_(fetch_max_bytes=10_000))
    assert isinstance(failure, Failure) and failure.code == "E043"


def test_fetch_follows_redirects_up_to_the_bound(loopback) -> None:
    for i in range(4):
        loopback.routes[f"/hop{i}"] = Route(status=302, headers={"Location": f"/hop{i + 1}"})
    loopback.routes["/hop4"] = Route(PAGE)
    page = one(loopback.url("/hop0"), LOCAL.with_(fetch_max_redirects=4))
    assert isinstance(page, RawPage) and page.url == loopback.url("/hop4")
    too_many = one(loopback.url("/hop0"), LOCAL.with_(fetch_max_redirects=3))
    assert isinstance(too_many, Failure) and too_many.code == "E044"


def test_fetch_rechecks_the_address_of_every_redirect(loopback, monkeypatch) -> None:
    from onrecord.ingest import fetch

    real_kind = fetch.address_kind
    # let the loopback server stand for a public host; every other address is judged as usual
    monkeypatch.setattr(fetch, "address_kind", lambda a: None if a == "127.0.0.1" else real_kind(a))
    loopback.routes["/away"] = Route(status=301, headers={"Location": "http://10.0.0.1/secret"})
    failure = one(loopback.url("/away"), Settings(fetch_delay=0.0, fetch_timeout=2.0))
    assert isinstance(failure, Failure) and failure.code == "E040"
    assert "10.0.0.1" in failure.reason and "private" in failure.reason
    assert [p for p, _ in loopback.requests] == ["/robots.txt", "/away"]


def test_fetch_gives_up_after_the_timeout(loopback) -> None:
    loopback.routes["/slow"] = Route(PAGE, delay=3.0)
    start = time.monotonic()
    failure = one(loopback.url("/slow"), LOCAL.with_(fetch_timeout=0.5))
    assert isinstance(failure, Failure) and failure.code == "E041"
    assert time.monotonic() - start < 2.5


def test_fetch_waits_between_requests_to_one_host(loopback) -> None:
    loopback.routes["/a"] = Route(PAGE)
    loopback.routes["/b"] = Route(PAGE)
    settings = LOCAL.with_(fetch_delay=0.3)
    one(loopback.url("/a"), settings)
    one(loopback.url("/b"), settings)
    pages = [t for (p, _), t in zip(loopback.requests, loopback.times) if p in ("/a", "/b")]
    assert pages[1] - pages[0] >= 0.28


def test_fetch_skips_non_html_and_reports_http_errors(loopback) -> None:
    loopback.routes["/logo.png"] = Route(b"\x89PNG\r\n", headers={"Content-Type": "image/png"})
    image = one(loopback.url("/logo.png"), LOCAL)
    missing = one(loopback.url("/gone"), LOCAL)
    assert isinstance(image, Failure) and image.skipped and "image/png" in image.reason
    assert isinstance(missing, Failure) and not missing.skipped and "404" in missing.reason


def test_fetch_decodes_with_the_header_charset(loopback) -> None:
    body = "<html><body><p>Der Bürgermeister sagte, die Brücke öffne.</p></body></html>"
    loopback.routes["/de"] = Route(body.encode("latin-1"), headers={"Content-Type": "text/html; charset=ISO-8859-1"})
    page = one(loopback.url("/de"), LOCAL)
    assert isinstance(page, RawPage) and "Bürgermeister" in page.content


def test_url_list_reads_each_url_and_ignores_comments(loopback, tmp_path) -> None:
    loopback.routes["/one"] = Route(PAGE)
    loopback.routes["/two"] = Route(PAGE)
    urls = tmp_path / "today.urls"
    urls.write_text(f"# morning links\n{loopback.url('/one')}\n\n  {loopback.url('/two')}#top \nnot a url\n")
    items = list(read_url_list(str(urls), LOCAL))
    assert [type(i).__name__ for i in items] == ["RawPage", "RawPage", "Failure"]
    assert items[1].key == normalise_url(loopback.url("/two"))
    assert all(i.source == str(urls) for i in items)


def test_normalise_url_makes_one_key_for_one_page() -> None:
    assert normalise_url("HTTP://Example.COM:80/a?b=1#frag") == "http://example.com/a?b=1"
    assert normalise_url("https://example.com") == "https://example.com/"
    assert normalise_url("https://example.com:8443/x") == "https://example.com:8443/x"


def test_a_url_the_caller_has_is_not_fetched_again(loopback, tmp_path) -> None:
    from onrecord.ingest.fetch import NOT_FETCHED

    loopback.routes["/one"] = Route(PAGE)
    loopback.routes["/two"] = Route(PAGE)
    urls = tmp_path / "today.urls"
    urls.write_text(f"{loopback.url('/one')}\n{loopback.url('/two')}\n")
    stored = {normalise_url(loopback.url("/one"))}
    items = list(read_url_list(str(urls), LOCAL, skip=stored.__contains__))
    assert [i.meta.get(NOT_FETCHED, False) for i in items] == [True, False]
    assert items[0].key == normalise_url(loopback.url("/one"))
    assert "/one" not in [p for p, _ in loopback.requests]


def test_fetch_checks_the_address_it_connected_to_not_only_the_first_dns_answer(loopback, monkeypatch) -> None:
    # DNS rebinding: the name first resolves to a public address (check_public passes),
    # then to an inner one when the client connects; the connection itself is refused
    from onrecord.ingest import fetch

    monkeypatch.setattr(fetch, "check_public", lambda url: None)
    loopback.routes["/story"] = Route(PAGE)
    failure = one(loopback.url("/story"), Settings(fetch_delay=0.0, fetch_timeout=2.0))
    assert isinstance(failure, Failure) and failure.code == "E040"
    assert "loopback" in failure.reason and "127.0.0.1" in failure.reason
    assert loopback.requests == []  # not even robots.txt was asked for
