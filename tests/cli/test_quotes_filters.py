"""``onrecord quotes``, ``speakers`` and ``articles`` over a store written by hand (no model)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from onrecord.cli import cli

from fixtures.store.records import article, quote, store_with

N_ROUTINE = 24  # more than the table shows by default


def records():
    one = ('President Ilham Aliyev said: "The pipeline will be finished this year." '
           'He told the BBC that talks would continue.')
    two = ('Aliyev said "Our army has liberated the villages." He expects the mediators to act soon.')
    three = ('Mayor Petra Lind said "The school roof is safe now." Parents were not convinced.')
    out = [
        article("baku-1", one, outlet="Capital Post", published="2020-10-12", statements=[
            quote(one, "The pipeline will be finished this year.", "Ilham Aliyev", "President Ilham Aliyev",
                  cue="said"),
            quote(one, "talks would continue", "Ilham Aliyev", "He", kind="indirect", cue="told",
                  addressee="the BBC")]),
        article("baku-2", two, outlet="North Gazette", published="2020-10-25", statements=[
            quote(two, "Our army has liberated the villages.", "Aliyev", "Aliyev", cue="said"),
            quote(two, "the mediators to act soon", "Aliyev", "He", kind="indirect", act="belief",
                  cue="expects")]),
        article("roof", three, outlet="Coast Wire", published="2021-03-03", statements=[
            quote(three, "The school roof is safe now.", "Petra Lind", "Mayor Petra Lind", cue="said")]),
    ]
    for i in range(N_ROUTINE):
        text = f'Clerk Ola Berg said "Form {i} is filed." The office closed.'
        out.append(article(f"clerk-{i}", text, outlet="Daily Ledger", published=f"2022-01-{i + 1:02d}",
                           statements=[quote(text, f"Form {i} is filed.", "Ola Berg", "Clerk Ola Berg")]))
    return out


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("quotes") / "news.db"
    store_with(path, records()).close()
    return str(path)


def run(*args):
    return CliRunner().invoke(cli, list(args))


def json_lines(db, *args):
    result = run("quotes", "--db", db, "--json", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def texts(db, *args):
    return {item["text"] for item in json_lines(db, *args)}


def test_a_surname_finds_the_speaker_by_alias(db):
    expected = {"The pipeline will be finished this year.", "talks would continue",
                "Our army has liberated the villages.", "the mediators to act soon"}
    assert texts(db, "--speaker", "Aliyev") == expected
    assert texts(db, "--speaker", "President Ilham Aliyev") == texts(db, "--speaker", "ilham aliyev") == expected


def test_search_outlet_dates_act_and_kind_filter(db):
    assert texts(db, "--search", "pipeline") == {"The pipeline will be finished this year."}
    assert texts(db, "--outlet", "Coast Wire") == {"The school roof is safe now."}
    assert texts(db, "--since", "2020-10-20", "--until", "2021-12-31") == {
        "Our army has liberated the villages.", "the mediators to act soon", "The school roof is safe now."}
    assert texts(db, "--act", "belief") == {"the mediators to act soon"}
    assert texts(db, "--speaker", "Aliyev", "--kind", "indirect", "--act", "speech") == {"talks would continue"}


def test_json_gives_every_statement_with_speaker_and_occurrences(db):
    items = json_lines(db)
    assert len(items) == 5 + N_ROUTINE  # all of them, beyond the table's default
    assert len(json_lines(db, "--limit", "3")) == 3
    told = next(i for i in items if i["text"] == "talks would continue")
    assert told["speaker"]["name"] == "Ilham Aliyev" and told["speaker"]["type"] == "person"
    assert told["kind"] == "indirect" and told["act"] == "speech"
    [occ] = told["occurrences"]
    assert (occ["outlet"], occ["published"], occ["title"]) == ("Capital Post", "2020-10-12", "baku-1")
    assert occ["cue"]["text"] == "told" and occ["addressee"]["text"] == "the BBC"
    assert occ["mention"]["text"] == "He"


def test_the_table_shows_the_newest_first_and_says_how_many_more(db):
    result = run("quotes", "--db", db)
    assert result.exit_code == 0
    assert "29 statements (showing 20)" in result.stdout
    assert "Form 23 is filed." in result.stdout and "Form 3 is filed." not in result.stdout
    assert "9 more" in result.stderr
    aliyev = run("quotes", "--db", db, "--speaker", "Aliyev")
    assert "Ilham Aliyev" in aliyev.stdout and "Ola Berg" not in aliyev.stdout


def test_speakers_and_articles_lists(db):
    speakers = [json.loads(line) for line in run("speakers", "--db", db, "--json").stdout.splitlines()]
    assert speakers[0] == {**speakers[0], "name": "Ola Berg", "n_statements": N_ROUTINE}
    assert {s["name"]: s["n_statements"] for s in speakers}["Ilham Aliyev"] == 4
    table = run("speakers", "--db", db)
    assert "Ilham Aliyev" in table.stdout and "Petra Lind" in table.stdout
    articles = [json.loads(line) for line in run("articles", "--db", db, "--json").stdout.splitlines()]
    assert len(articles) == 3 + N_ROUTINE
    assert [a["ext_id"] for a in articles[-3:]] == ["roof", "baku-2", "baku-1"]  # newest first
    only = run("articles", "--db", db, "--outlet", "Capital Post")
    assert "baku-1" in only.stdout and "roof" not in only.stdout


def test_bad_input_gets_a_message_not_a_traceback(db, tmp_path):
    bad_date = run("quotes", "--db", db, "--since", "last week")
    assert bad_date.exit_code == 1 and "YYYY-MM-DD" in bad_date.output
    missing = run("quotes", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 1 and "[E033]" in missing.output
