"""``onrecord serve``: --get prints one response and exits; writing needs a token."""
from __future__ import annotations

import json

from click.testing import CliRunner

from onrecord.cli import cli


def test_cli_serve_get_prints_json_and_exit_status(store_facts):
    runner = CliRunner()
    result = runner.invoke(cli, ["serve", "--db", str(store_facts.path), "--get",
                                 "/api/statements?q=bridge&limit=2"])
    assert result.exit_code == 0, result.output
    body = json.loads(result.output)
    assert len(body["items"]) == 2 and body["total"] >= 2
    bad = runner.invoke(cli, ["serve", "--db", str(store_facts.path), "--get", "/api/statements?kind=x"])
    assert bad.exit_code == 1 and json.loads(bad.output)["code"] == "E062"


def test_cli_serve_get_html_page(store_facts):
    result = CliRunner().invoke(cli, ["serve", "--db", str(store_facts.path), "--get",
                                      f"/speakers/{store_facts.speaker_ids['Maria Kessler']}"])
    assert result.exit_code == 0 and "<svg" in result.output and "Maria Kessler" in result.output


def test_cli_serve_refuses_write_without_token_and_missing_db(store_facts, tmp_path):
    runner = CliRunner()
    result = runner.invoke(cli, ["serve", "--db", str(store_facts.path), "--allow-write", "--get", "/"])
    assert result.exit_code == 2 and "--token" in result.output
    missing = runner.invoke(cli, ["serve", "--db", str(tmp_path / "none.db"), "--get", "/"])
    assert missing.exit_code == 1 and "E033" in missing.output


def test_cli_serve_get_prints_the_error_page_of_an_unexpected_error(store_facts, monkeypatch):
    from onrecord.store import read

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(read, "list_speakers", broken)
    result = CliRunner().invoke(cli, ["serve", "--db", str(store_facts.path), "--get", "/api/speakers"])
    assert result.exit_code == 1 and not isinstance(result.exception, RuntimeError)
    assert json.loads(result.output) == {"ok": False, "status": 500, "code": "E000",
                                         "error": "Internal error; the server log has the details."}
