"""One statement carried by several outlets is one statement with several occurrences."""
from __future__ import annotations

from fixtures.store.records import article, quote, store_with

QUOTE = "The harbour will stay open all winter."


def copy(key, outlet, published, lead):
    text = f'{lead} Harbour master Lina Sorel said: "{QUOTE}" Ships kept coming.'
    return article(key, text, outlet=outlet, published=published, statements=[
        quote(text, QUOTE, "Lina Sorel", "Harbour master Lina Sorel", cue="said")])


def test_a_statement_in_two_outlets_is_counted_once_with_two_outlets(tmp_path):
    store = store_with(tmp_path / "s.db", [
        copy("ledger", "Daily Ledger", "2024-02-03", "Storms hit the coast."),
        copy("gazette", "North Gazette", "2024-02-02", "The coast was calm on Friday.")])
    rows = store.connection.execute(
        "SELECT text, n_occurrences, n_outlets, first_published FROM statements").fetchall()
    assert [tuple(r) for r in rows] == [(QUOTE, 2, 2, "2024-02-02")]
    outlets = store.connection.execute(
        "SELECT a.outlet FROM occurrences o JOIN articles a ON a.id = o.article_id ORDER BY a.outlet")
    assert [r[0] for r in outlets] == ["Daily Ledger", "North Gazette"]


def test_two_articles_of_one_outlet_count_as_one_outlet(tmp_path):
    store = store_with(tmp_path / "s.db", [
        copy("morning", "Daily Ledger", "2024-02-03", "Storms hit the coast."),
        copy("evening", "daily ledger", "2024-02-03", "Rain fell all evening.")])
    row = store.connection.execute("SELECT n_occurrences, n_outlets FROM statements").fetchone()
    assert tuple(row) == (2, 1)


def test_a_reprinted_anonymous_statement_is_one_statement_and_one_speaker(tmp_path):
    def reprint(key, outlet, lead):
        text = f'{lead} A senior official said "The tunnel opens in May." Nothing else was said.'
        return article(key, text, outlet=outlet, statements=[
            quote(text, "The tunnel opens in May.", None, "A senior official", type="anonymous")])

    store = store_with(tmp_path / "s.db", [reprint("w1", "Coast Wire", "Work resumed."),
                                           reprint("w2", "North Gazette", "Work resumed on Monday.")])
    assert store.connection.execute("SELECT n_outlets FROM statements").fetchall()[0][0] == 2
    assert store.connection.execute("SELECT count(*) FROM speakers").fetchone()[0] == 1


def test_lightly_edited_reprints_share_one_statement_with_three_outlets(tmp_path):
    body = " ".join(
        f"Crews on the island worked through night {i} to clear the storm damage from the quay and the roads."
        for i in range(12))
    variants = [("Coast Wire", "The harbour will stay open all winter, whatever the storms do."),
                ("North Gazette", "The harbour will stay open all winter, whatever storms do."),
                ("Daily Ledger", "The harbour will stay open all the winter, whatever the storms do.")]
    records = []
    for i, (outlet, words) in enumerate(variants):
        text = f'{body} Harbour master Lina Sorel said: "{words}" Reprint {i}.'
        records.append(article(f"reprint-{i}", text, outlet=outlet, statements=[
            quote(text, words, "Lina Sorel", "Harbour master Lina Sorel")]))
    store = store_with(tmp_path / "s.db", records)
    assert store.connection.execute("SELECT count(DISTINCT story_id) FROM articles").fetchone()[0] == 1
    rows = store.connection.execute("SELECT n_occurrences, n_outlets FROM statements").fetchall()
    assert [tuple(r) for r in rows] == [(3, 3)]
