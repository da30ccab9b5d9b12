"""One agency story reprinted by three outlets, lightly edited: one story, and its shared
quote one statement carried by three outlets (through ingest and the store's reads)."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from onrecord.cli.ingest import ingest
from onrecord.cli.quotes import quotes_cli
from onrecord.settings import Settings
from onrecord.store.sqlite import open_store

from fixtures.invented_news import Capture, render_article, write_warc

QUOTE = "We will reopen the harbour before the winter storms arrive"
AGENCY_STORY = [
    "KORDALPORT, May 7 (Coast Wire) - The harbour of Kordalport will reopen to fishing boats "
    "within weeks, the town's harbour master said on Tuesday, after a spring of repairs to the "
    "storm-damaged sea wall.",
    f"\"{QUOTE},\" said Selma Vardor, the harbour master of Kordalport.",
    "The harbour has been closed since a storm in February broke a section of the sea wall "
    "and flooded the fish market, leaving about forty boats tied up in the neighbouring port "
    "of Velmunhaven.",
    "Engineers from the regional water board finished pouring the last concrete blocks on "
    "Monday, and divers are checking the foundations this week, according to the town council.",
    "Fishermen have complained for months that the repairs were too slow, and several of them "
    "protested outside the town hall in April with banners and empty crates.",
    "The council put the cost of the repairs at nine million crowns, two thirds of it paid "
    "by the region, and said the fish market would open again in the autumn.",
]


def reprint(outlet: str, paragraphs: list[str], date: str) -> Capture:
    slug = outlet.lower().replace(" ", "")
    page = render_article("Kordalport harbour to reopen within weeks", outlet, date, "Coast Wire staff",
                          paragraphs)
    return Capture(f"https://{slug}.example.com/news/kordalport-harbour.html", page.encode(), date=date)


def reprints() -> list[Capture]:
    """The agency copy as three outlets ran it, each lightly edited."""
    lantern = AGENCY_STORY + ["Additional reporting by The Lantern."]
    courier = list(AGENCY_STORY)
    courier[1] = (f"\u201cWe will re-open the harbour before winter storms arrive,\u201d said "
                  "Selma Vardor, the harbour master of Kordalport.")
    courier[4] = courier[4].replace("for months", "for many months")
    post = list(AGENCY_STORY[:-1])
    post[0] = post[0].replace("on Tuesday", "on Tuesday morning")
    return [reprint("The Lantern", lantern, "2024-05-07"), reprint("Morning Courier", courier, "2024-05-07"),
            reprint("Valley Post", post, "2024-05-08")]


def test_three_reprints_make_one_story_and_one_statement_with_three_outlets(tmp_path: Path, extractor) -> None:
    archive = tmp_path / "agency.warc.gz"
    write_warc(archive, reprints())
    db = tmp_path / "onrecord.db"
    settings = Settings()
    with open_store(str(db), settings=settings) as store:
        summary = ingest([str(archive)], store, settings, extractor=extractor)
        assert summary.articles == 3 and summary.failed == 0
        conn = store.connection
        stories = conn.execute("SELECT id, n_articles FROM stories").fetchall()
        assert [tuple(r) for r in stories] == [(1, 3)]
        assert {r[0] for r in conn.execute("SELECT story_id FROM articles")} == {1}
    result = CliRunner().invoke(quotes_cli, ["--db", str(db), "--speaker", "Selma Vardor", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    harbour = [r for r in rows if "reopen the harbour" in r["text"] or "re-open the harbour" in r["text"]]
    assert len(harbour) == 1, [r["text"] for r in rows]
    assert harbour[0]["n_outlets"] == 3
    assert len(harbour[0]["occurrences"]) == 3
    assert sorted(o["outlet"] for o in harbour[0]["occurrences"]) == ["Morning Courier", "The Lantern", "Valley Post"]
