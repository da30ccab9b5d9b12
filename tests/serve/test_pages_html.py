"""The HTML pages: escaping, marks, highlights, chart, page JSON, errors."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from fixtures.store_fixture import HOSTILE_IMG, HOSTILE_SCRIPT


class _Tags(HTMLParser):
    """Collects the tags and attributes of a page, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


@pytest.mark.parametrize("path", ["/articles/{a}", "/statements/{s}", "/search?q=visitors",
                                  "/speakers/{okafor}", "/articles", "/search?speaker=Okafor"])
def test_pages_hostile_text_is_escaped(client, store_facts, path):
    url = path.format(a=store_facts.hostile_article_id, s=store_facts.hostile_statement_id,
                      okafor=store_facts.speaker_ids["Lena Okafor"])
    html = client.get(url).text
    tags = _tags(html)
    assert not [t for t, _ in tags if t in ("script", "img")]
    assert not [a for _, a in tags if any(k.startswith("on") for k in a)]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_pages_hostile_query_is_escaped(client):
    html = client.get("/search", params={"q": HOSTILE_IMG, "speaker": HOSTILE_SCRIPT}).text
    assert not [t for t, _ in _tags(html) if t in ("script", "img")]


def test_pages_article_marks_content_cue_and_mention(client, store_facts):
    article_id = store_facts.article_ids[0]
    html = client.get(f"/articles/{article_id}").text
    data = client.get(f"/articles/{article_id}.json").json()
    marks = [a for t, a in _tags(html) if "mark" in (a.get("class") or "").split()]
    for o in data["article"]["occurrences"]:
        href = f"/speakers/{o['speaker_id']}"
        kinds = {c for a in marks if a.get("href") == href for c in a["class"].split()}
        assert {"content", "cue", "mention"} <= kinds
    # the marked text, tags removed, is the article text itself
    body = re.search(r'<div class="article-text" id="article-text">(.*?)</div>', html, re.S).group(1)
    plain = re.sub(r'<a class="ref"[^>]*>\[\d+\]</a>', "", body)
    import html as html_lib

    assert html_lib.unescape(re.sub(r"<[^>]+>", "", plain)) == data["article"]["text"]


def test_pages_search_highlights_matched_words(client):
    html = client.get("/search?q=bridge").text
    marked = re.findall(r"<mark>(.*?)</mark>", html)
    assert marked and {m.lower() for m in marked} == {"bridge"}


def test_pages_speaker_chart_counts_every_statement(client, store_facts):
    kessler = store_facts.speaker_ids["Maria Kessler"]
    html = client.get(f"/speakers/{kessler}").text
    data = client.get(f"/speakers/{kessler}.json").json()
    bars = [a for t, a in _tags(html) if t == "rect" and a.get("class") == "bar"]
    assert sum(int(b["data-count"]) for b in bars) == data["speaker"]["n_statements"]
    heights = {int(b["data-count"]): float(b["height"]) for b in bars}
    top = max(heights)
    assert heights[top] == max(heights.values()) and heights.get(0, 0) == 0
    assert [b["data-period"] for b in bars] == sorted(b["data-period"] for b in bars)


def test_pages_statement_lists_outlets_first_seen_first(client, store_facts):
    html = client.get(f"/statements/{store_facts.shared_statement_id}").text
    rows = re.findall(r"<tr><td><time>([^<]+)</time></td><td>([^<]+)</td>", html)
    assert len(rows) == 3 and [d for d, _ in rows] == sorted(d for d, _ in rows)


def test_pages_json_twins_and_pagination(client, store_facts):
    page = client.get("/search.json?limit=10&sort=date").json()
    assert len(page["page"]["items"]) == 10 and page["next_url"]
    html = client.get("/search?limit=10&sort=date").text
    assert 'rel="next"' in html
    assert client.get("/speakers.json").json()["page"]["total"] == len(store_facts.speaker_ids)
    assert client.get("/articles.json?outlet=Daily+Ledger").json()["page"]["items"]


@pytest.mark.parametrize("path, status", [("/speakers/999999", 404), ("/search?q=%22x", 400),
                                          ("/search?kind=nope", 400), ("/no/such/page", 404),
                                          ("/search?limit=x", 400)])
def test_pages_errors_are_html_pages_with_the_message(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert 'class="error"' in response.text


def test_pages_source_link_only_for_web_urls():
    from onrecord.serve.pages import safe_url

    assert safe_url("https://example.org/a") == "https://example.org/a"
    assert safe_url("javascript:alert(1)") is None and safe_url(None) is None


def test_pages_forbid_scripts_by_header(client, store_facts):
    for path in (f"/articles/{store_facts.hostile_article_id}", "/api/statements", "/nope"):
        headers = client.get(path).headers
        assert "script-src 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"


def test_pages_bad_search_keeps_the_form_filled(client):
    response = client.get("/search", params={"q": '"unbalanced', "speaker": "Kessler"})
    assert response.status_code == 400
    assert 'role="alert"' in response.text and "E060" in response.text
    assert 'value="Kessler"' in response.text and 'value="&#34;unbalanced"' in response.text
