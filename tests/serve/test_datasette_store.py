"""The store is the user's own file: Datasette searches it, sqlite-utils lists it."""
from __future__ import annotations

import asyncio

import pytest
from click.testing import CliRunner

datasette_app = pytest.importorskip("datasette.app", reason="datasette is a dev dependency")
sqlite_utils = pytest.importorskip("sqlite_utils", reason="sqlite-utils is a dev dependency")


def _datasette_get(path, url):
    async def get():
        ds = datasette_app.Datasette([str(path)])
        await ds.invoke_startup()
        return await ds.client.get(url)

    return asyncio.run(get())


def test_datasette_searches_statements_with_its_search_param(store_facts):
    db = store_facts.path.stem
    response = _datasette_get(store_facts.path, f"/{db}/statements.json?_search=bridge&_shape=array")
    assert response.status_code == 200
    rows = response.json()
    assert rows and all("bridge" in row["text"].lower() for row in rows)
    expected = _datasette_get(store_facts.path, f"/{db}/statements.json?_search=bridge&_shape=objects")
    assert expected.json()["filtered_table_rows_count"] == len(rows)
    phrase = _datasette_get(store_facts.path, f"/{db}/statements.json?_search=%22whatever+the+cost%22&_shape=array")
    assert [r["id"] for r in phrase.json()] == [store_facts.shared_statement_id]


def test_sqlite_utils_lists_the_tables(store_facts):
    tables = set(sqlite_utils.Database(store_facts.path).table_names())
    assert {"articles", "speakers", "speaker_aliases", "statements", "occurrences",
            "statements_fts"} <= tables
    from sqlite_utils.cli import cli

    result = CliRunner().invoke(cli, ["tables", str(store_facts.path), "--counts", "--csv"])
    assert result.exit_code == 0 and "statements," in result.output
    search = CliRunner().invoke(cli, ["search", str(store_facts.path), "statements", "bridge", "--csv"])
    assert search.exit_code == 0 and "bridge" in search.output.lower()
