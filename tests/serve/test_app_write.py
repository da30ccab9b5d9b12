"""The upload endpoint: off by default, token-protected when on; the store stays read-only."""
from __future__ import annotations

import shutil
import sqlite3

import pytest
from fastapi.testclient import TestClient

from onrecord.errors import OnrecordError
from onrecord.serve.app import create_app

ARTICLE = {"id": "upload-1", "title": "Council votes", "outlet": "Test Post", "published": "2024-05-02",
           "text": 'Council votes on harbor plan\n\n"We will finish the harbor wall by June," '
                   "Mayor Tomas Brandt told reporters on Tuesday.\n"}


@pytest.fixture
def store_copy(store_facts, tmp_path):
    path = tmp_path / "copy.db"
    shutil.copy(store_facts.path, path)
    return path


def test_write_is_off_by_default(client):
    response = client.post("/api/articles", json=[ARTICLE], headers={"Authorization": "Bearer x"})
    assert response.status_code == 403
    assert response.json()["code"] == "E061"


def test_write_needs_the_token(store_copy):
    received = []

    def fake_ingest(items):
        received.extend(items)
        return {"stored": [{"key": "upload:" + i["id"], "article_id": 1, "status": "done",
                            "n_statements": 1} for i in items], "failed": []}

    app = create_app(store_copy, read_only=False, write_token="s3cret", ingest=fake_ingest)
    client = TestClient(app)
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret"},
                    {"Authorization": "Basic s3cret"}):
        response = client.post("/api/articles", json=[ARTICLE], headers=headers)
        assert response.status_code == 401 and response.json()["code"] == "E064"
    assert received == []
    ok = client.post("/api/articles", json=[ARTICLE], headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and ok.json()["stored"][0]["key"] == "upload:upload-1"
    assert received[0]["text"] == ARTICLE["text"]
    bad = client.post("/api/articles", json=[{"title": "no text"}], headers={"Authorization": "Bearer s3cret"})
    assert bad.status_code == 400 and bad.json()["code"] == "E062"
    not_a_list = client.post("/api/articles", json={"text": 1}, headers={"Authorization": "Bearer s3cret"})
    assert not_a_list.status_code == 400


def test_write_enabled_without_token_is_refused(store_copy):
    with pytest.raises(OnrecordError) as info:
        create_app(store_copy, read_only=False)
    assert info.value.code == "E062"


def test_read_routes_cannot_write_even_with_uploads_on(store_copy):
    from types import SimpleNamespace

    from onrecord.serve.deps import connect, get_conn

    app = create_app(store_copy, read_only=False, write_token="t", ingest=lambda items: {})
    connections = get_conn(SimpleNamespace(app=app))
    for conn in (connect(store_copy), next(connections)):
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            conn.execute("DELETE FROM statements")
        conn.close()


def test_missing_store_is_e033(tmp_path):
    with pytest.raises(OnrecordError) as info:
        create_app(tmp_path / "none.db")
    assert info.value.code == "E033"


def test_upload_ingests_through_the_pipeline(store_copy, extractor):
    from onrecord.cli.serve import UploadIngest
    from onrecord.settings import Settings

    ingest = UploadIngest(str(store_copy), Settings())
    ingest.extractor = extractor
    client = TestClient(create_app(store_copy, read_only=False, write_token="t", ingest=ingest))
    body = client.post("/api/articles", json=[ARTICLE], headers={"Authorization": "Bearer t"}).json()
    assert body["failed"] == [] and body["stored"][0]["n_statements"] >= 1
    found = client.get("/api/statements", params={"q": "harbor wall"}).json()["items"]
    assert found and found[0]["speaker_name"] == "Tomas Brandt"
    again = client.post("/api/articles", json=[ARTICLE], headers={"Authorization": "Bearer t"}).json()
    assert client.get("/api/statements", params={"q": "harbor wall"}).json()["total"] == len(found)
    assert again["failed"] == []


def test_upload_a_store_failure_fails_that_article_alone(store_copy, extractor, monkeypatch):
    from onrecord.cli.serve import UploadIngest
    from onrecord.settings import Settings
    from onrecord.store.sqlite import SQLiteStore

    real_write = SQLiteStore.write

    def write(self, record, key):
        if record.article.id == "broken":
            raise sqlite3.IntegrityError("a constraint failed")
        return real_write(self, record, key)

    monkeypatch.setattr(SQLiteStore, "write", write)
    ingest = UploadIngest(str(store_copy), Settings())
    ingest.extractor = extractor
    client = TestClient(create_app(store_copy, read_only=False, write_token="t", ingest=ingest))
    broken = {**ARTICLE, "id": "broken", "text": ARTICLE["text"].replace("June", "July")}
    response = client.post("/api/articles", json=[broken, ARTICLE], headers={"Authorization": "Bearer t"})
    assert response.status_code == 200
    body = response.json()
    assert [f["code"] for f in body["failed"]] == ["E034"] and "upload:broken" in body["failed"][0]["reason"]
    assert [s["key"] for s in body["stored"]] == ["upload:upload-1"]


def _fake_ingest(items):
    return {"stored": [], "failed": []}


def test_write_gate_refuses_before_reading_the_body(store_copy):
    client = TestClient(create_app(store_copy, read_only=False, write_token="s3cret",
                                   ingest=_fake_ingest))
    # no token: refused whatever the size of the body
    response = client.post("/api/articles", content=b"[" + b" " * 100 + b"]",
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 401
    # right token but a body over the limit, as the client declares it
    from onrecord.serve.app import MAX_UPLOAD_BYTES

    response = client.post("/api/articles", content=b"[]", headers={
        "Authorization": "Bearer s3cret", "Content-Type": "application/json",
        "Content-Length": str(MAX_UPLOAD_BYTES + 1)})
    assert response.status_code == 413
    assert response.json()["code"] == "E066"
