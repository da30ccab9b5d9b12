"""The JSON API: every endpoint, cursor pages, exports, bad parameters, the hostile article."""
from __future__ import annotations

import base64
import csv
import io
import json

import pytest

from fixtures.store_fixture import HOSTILE_IMG, HOSTILE_SCRIPT


def test_api_statements_pages_follow_next_url_to_the_end(client, store_facts):
    seen, url = [], "/api/statements?limit=9&sort=date"
    while url:
        body = client.get(url).json()
        seen += [item["id"] for item in body["items"]]
        url = body["next_url"]
    assert len(seen) == len(set(seen)) == store_facts.n_statements


def test_api_statements_search_and_filters(client, store_facts):
    body = client.get("/api/statements", params={"q": "ferry", "speaker": "Mayor Brandt"}).json()
    assert body["items"] and body["total"] == len(body["items"])
    for item in body["items"]:
        assert item["speaker_id"] == store_facts.speaker_ids["Tomas Brandt"]
        assert any(item["text"][s:e].lower() == "ferry" for s, e in item["matches"])
    empty_fields = client.get("/api/statements?q=&kind=&act=&outlet=&since=&until=&sort=")
    assert empty_fields.status_code == 200 and empty_fields.json()["total"] == store_facts.n_statements


def test_api_statement_speaker_article_records(client, store_facts):
    statement = client.get(f"/api/statements/{store_facts.shared_statement_id}").json()
    assert [o["published"] for o in statement["occurrences"]] == sorted(o["published"] for o in statement["occurrences"])
    kessler = store_facts.speaker_ids["Maria Kessler"]
    speaker = client.get(f"/api/speakers/{kessler}?limit=3").json()
    assert speaker["name"] == "Maria Kessler" and len(speaker["statements"]["items"]) == 3
    nxt = client.get(speaker["statements"]["next_url"]).json()
    assert {i["id"] for i in nxt["statements"]["items"]}.isdisjoint(i["id"] for i in speaker["statements"]["items"])
    article = client.get(f"/api/articles/{store_facts.article_ids[0]}").json()
    for o in article["occurrences"]:
        assert article["text"][o["start"]:o["end"]] == o["text"]
    assert client.get("/api/speakers?q=okaf").json()["items"][0]["name"] == "Lena Okafor"
    assert client.get("/api/articles?outlet=Coast+Wire").json()["items"][0]["outlet"] == "Coast Wire"


@pytest.mark.parametrize("path", ["/api/statements/999999", "/api/speakers/999999", "/api/articles/999999"])
def test_api_missing_records_are_json_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["code"] == "E065" and "999999" in response.json()["error"]


@pytest.mark.parametrize("query, code", [
    ("q=%22unbalanced", "E060"), ("q=bridge+AND", "E060"), ("q=nosuch:col", "E060"),
    ("kind=shouted", "E062"), ("act=maybe", "E062"), ("speaker_type=robot", "E062"),
    ("since=last+week", "E062"), ("sort=random", "E062"), ("limit=0", "E062"),
    ("limit=many", "E062"), ("limit=100000", "E062"), ("speaker_id=abc", "E062"),
    ("cursor=garbage", "E063"), ("cursor=WyJ4Il0", "E063"),
])
def test_api_bad_parameters_are_400_json_with_a_message(client, query, code):
    for endpoint in ("/api/statements", "/api/export.csv", "/api/export.jsonl", "/search.json"):
        if "cursor" in query and "export" in endpoint or "limit" in query and "export" in endpoint:
            continue  # exports take neither
        response = client.get(f"{endpoint}?{query}")
        assert response.status_code == 400, endpoint
        body = response.json()
        assert body["code"] == code and body["error"].startswith(f"[{code}]")


HUGE = str(2 ** 64)  # past SQLite's 64-bit integers


def _cursor(*parts) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(parts)).encode()).decode().rstrip("=")


@pytest.mark.parametrize("path", [f"/api/statements/{HUGE}", f"/api/speakers/{HUGE}",
                                  f"/api/articles/{HUGE}", f"/statements/{HUGE}.json",
                                  f"/speakers/{HUGE}.json", f"/articles/{HUGE}.json"])
def test_api_ids_too_large_for_sqlite_are_404_not_500(client, path):
    response = client.get(path)
    assert response.status_code == 404 and response.json()["code"] == "E065"


@pytest.mark.parametrize("endpoint, cursor", [
    ("/api/statements", _cursor("-date", 0, "2024-01-01", 2 ** 64)),
    ("/api/statements", _cursor("-date", 0, [1, 2], 5)),
    ("/api/statements", _cursor("-date", 0, {"a": 1}, 5)),
    ("/api/statements", _cursor("-date", 0, 2 ** 64, 5)),
    ("/api/articles", _cursor("-date", 0, [1], 5)),
    ("/api/articles", _cursor("-date", 0, "2024", 2 ** 64)),
    ("/api/speakers", _cursor("statements", 0, [1], 5)),
])
def test_api_forged_cursors_are_400_not_500(client, endpoint, cursor):
    response = client.get(endpoint, params={"cursor": cursor})
    assert response.status_code == 400 and response.json()["code"] == "E063"


def test_api_speaker_id_filter_too_large_is_400(client):
    response = client.get("/api/statements", params={"speaker_id": HUGE})
    assert response.status_code == 400 and response.json()["code"] == "E062"


def test_api_bad_ids_and_lists_parameters_are_400(client):
    assert client.get("/api/statements/abc").status_code in (400, 404)
    assert client.get("/api/speakers?sort=age").json()["code"] == "E062"
    assert client.get("/api/articles?since=tomorrow").json()["code"] == "E062"
    assert client.get("/api/speakers/1?bucket=year").json()["code"] == "E062"


def test_api_export_csv_is_complete_and_filtered(client, store_facts):
    response = client.get("/api/export.csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == store_facts.n_statements
    hostile = next(r for r in rows if r["id"] == str(store_facts.hostile_statement_id))
    assert HOSTILE_SCRIPT in hostile["text"]  # data kept as is; it is text in a CSV
    kessler = client.get("/api/export.csv?speaker=Kessler").text
    assert {r["speaker_name"] for r in csv.DictReader(io.StringIO(kessler))} == {"Maria Kessler"}


def test_api_export_jsonl_streams_every_statement(client, store_facts, monkeypatch):
    from onrecord.serve import api

    monkeypatch.setattr(api, "EXPORT_BATCH", 7)  # several chunks
    with client.stream("GET", "/api/export.jsonl?sort=date") as response:
        chunks = list(response.iter_text())
    lines = "".join(chunks).splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == store_facts.n_statements
    assert rows[-1]["id"] == store_facts.undated_statement_id
    via_search = client.get("/api/export.jsonl?q=bridge").text.splitlines()
    assert len(via_search) == client.get("/api/statements?q=bridge").json()["total"]


def test_api_hostile_article_is_plain_json_text(client, store_facts):
    response = client.get(f"/api/articles/{store_facts.hostile_article_id}")
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert HOSTILE_SCRIPT in body["text"] and HOSTILE_IMG in body["text"]
    assert HOSTILE_SCRIPT in body["title"]


def test_api_openapi_documents_every_endpoint(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/statements", "/api/statements/{statement_id}", "/api/speakers",
                 "/api/speakers/{speaker_id}", "/api/articles", "/api/articles/{article_id}",
                 "/api/export.csv", "/api/export.jsonl"):
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/api/statements"]["get"]["parameters"]}
    assert {"q", "speaker", "outlet", "since", "until", "kind", "act", "speaker_type", "sort",
            "cursor", "limit"} <= params
    assert "post" in schema["paths"]["/api/articles"]


def test_api_unknown_path_is_json_404(client):
    response = client.get("/api/nothing-here")
    assert response.status_code == 404 and response.json()["ok"] is False


def test_api_export_csv_neutralises_spreadsheet_formulas():
    import csv
    import io

    from onrecord.serve.api import _csv_chunks

    rows = iter([{"text": "=HYPERLINK(\"http://x\")", "speaker_name": "@boss"},
                 {"text": "-5 degrees, she said", "speaker_name": "Ana"},
                 {"text": "plain words", "speaker_name": "Bo"}])
    parsed = list(csv.DictReader(io.StringIO("".join(_csv_chunks(rows)))))
    assert parsed[0]["text"].startswith("'=") and parsed[0]["speaker_name"] == "'@boss"
    assert parsed[1]["text"] == "'-5 degrees, she said"
    assert parsed[2]["text"] == "plain words"
