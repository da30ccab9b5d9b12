"""``onrecord serve``: the web interface and HTTP API over a store.

The app itself (``onrecord.serve``) only reads the store; when writing is enabled this
command hands it an ``UploadIngest`` built on the pipeline, so that the web package
never imports the NLP stages.
"""
from __future__ import annotations

import hashlib
import json
import sys
import threading
from typing import Any

import click

from ..errors import OnrecordError, error
from ..records import ArticleRecord, Failure, RawPage
from ..settings import Settings
from .common import db_option, settings_options


class UploadIngest:
    """Extract and store uploaded articles; the model loads on the first upload.

    Uploads are processed one at a time (a lock), each article in its own transaction.
    """

    def __init__(self, db_path: str, settings: Settings) -> None:
        self.db_path = db_path
        self.settings = settings.with_(workers=1)
        self.lock = threading.Lock()
        self.extractor: Any = None

    def __call__(self, items: list[dict[str, Any]]) -> dict[str, Any]:
        """items: {text | html, id?, url?, title?, outlet?, published?}.
        RETURNS {"stored": [{key, article_id, status, n_statements}], "failed": [{key, code, reason}]}."""
        from ..pipeline import Extractor, run
        from ..store.sqlite import open_store

        pages = [upload_page(item) for item in items]
        stored, failed = [], []
        with self.lock, open_store(self.db_path, settings=self.settings) as store:
            if self.extractor is None:
                self.extractor = Extractor(self.settings)
            for result in run(pages, self.settings, extractor=self.extractor):
                if isinstance(result, ArticleRecord):
                    result = _write(store, result)
                if isinstance(result, Failure):
                    store.write_failure(result)
                    failed.append({"key": result.key, "code": result.code, "reason": result.reason})
                else:
                    stored.append(result)
        return {"stored": stored, "failed": failed}


def _write(store: Any, record: ArticleRecord) -> dict[str, Any] | Failure:
    """Store one uploaded article; RETURNS what the response lists for it, or the
    Failure (E034) when the store refused it, so that one bad article fails alone."""
    key = record.article.key
    try:
        written = store.write(record, key)
    except Exception as exc:  # noqa: BLE001 - reported in the response, never a 500
        detail = f"{type(exc).__name__}: {exc}"
        return Failure(record.article.source, key, "store", "E034",
                       str(error("E034", path=key, detail=detail)))
    return {"key": key, "article_id": written.article_id, "status": written.status,
            "n_statements": written.n_statements}


def upload_page(item: dict[str, Any]) -> RawPage:
    """A RawPage for one uploaded article; its key is its id, or a hash of its content,
    so that uploading the same article twice stores it once."""
    is_html = bool(item.get("html"))
    content = item["html"] if is_html else item["text"]
    key = item.get("id") or hashlib.sha1(content.encode("utf-8")).hexdigest()[:20]
    return RawPage(source="upload", key=f"upload:{key}", content=content,
                   format="html" if is_html else "text", id=item.get("id"), url=item.get("url"),
                   title=item.get("title"), outlet=item.get("outlet"),
                   published=item.get("published"))


@click.command(name="serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (0.0.0.0 for every interface).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--allow-write", is_flag=True,
              help="Enable POST /api/articles (upload articles to ingest); needs --token.")
@click.option("--token", envvar="ONRECORD_TOKEN", default=None,
              help="The token uploads must send as 'Authorization: Bearer TOKEN' (or $ONRECORD_TOKEN).")
@click.option("--get", "get_path", metavar="PATH", default=None,
              help="Print the response to one GET request (e.g. /api/statements?q=bridge) and exit.")
@settings_options
def serve_cli(db_path: str, host: str, port: int, allow_write: bool, token: str | None,
              get_path: str | None, settings: Settings) -> None:
    """Serve the web interface and the JSON API over a database.

    Pages: / (search), /speakers/ID, /articles/ID, /statements/ID (add .json for data);
    API: /api/statements, /api/export.csv, /api/export.jsonl, schema at /openapi.json.
    The database is opened read-only unless --allow-write is given.

    Example:

        onrecord serve --db onrecord.db --port 8000
    """
    from ..serve.app import create_app

    if allow_write and not token:
        raise click.UsageError("--allow-write needs --token T (uploads must send it).")
    try:
        app = create_app(db_path, read_only=not allow_write, write_token=token, settings=settings,
                         ingest=UploadIngest(db_path, settings) if allow_write else None)
    except OnrecordError as exc:
        raise click.ClickException(str(exc)) from None
    if get_path is not None:
        sys.exit(_get(app, get_path))
    import uvicorn

    click.echo(f"Serving {db_path} on http://{host}:{port}/ "
               f"({'writable, token required' if allow_write else 'read-only'})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _get(app: Any, path: str) -> int:
    """Print the body of ``GET path``; RETURNS the exit status (1 for an HTTP error)."""
    import warnings

    with warnings.catch_warnings():  # Starlette's note about httpx is not the user's business
        warnings.filterwarnings("ignore", message=".*httpx2")
        from fastapi.testclient import TestClient

    # an unexpected error prints the app's JSON or HTML error page, as a browser would
    # get it, rather than a traceback
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get(path)
    body = response.text
    if response.headers.get("content-type", "").startswith("application/json"):
        body = json.dumps(response.json(), indent=2, ensure_ascii=False)
    click.echo(body)
    return 1 if response.status_code >= 400 else 0
