"""Language detection, and articles in a language without statement rules (status no_model)."""
from __future__ import annotations

import pytest

from onrecord.article import build_article, detect_language
from onrecord.article.language import load_detector
from onrecord.records import RawPage
from onrecord.settings import Settings

FRENCH = ("Conseil municipal de Valbrune\n\n"
          "Le conseil municipal a adopt\u00e9 mardi soir le budget de l'ann\u00e9e prochaine, apr\u00e8s "
          "un d\u00e9bat de plusieurs heures. \u00ab Nous avons fait des choix difficiles, mais "
          "n\u00e9cessaires \u00bb, a d\u00e9clar\u00e9 la maire, Sophie Vallon, devant les "
          "journalistes.\n")
GERMAN = ("Der Stadtrat hat am Dienstagabend den Haushalt f\u00fcr das kommende Jahr beschlossen. "
          "\u201eWir haben schwierige, aber notwendige Entscheidungen getroffen\u201c, sagte die "
          "B\u00fcrgermeisterin nach der Sitzung.")
ENGLISH = ("The council approved next year's budget on Tuesday evening after a debate of several hours. "
           "\"We made difficult but necessary choices,\" the mayor told reporters.")


def test_the_detector_can_be_loaded_ahead_of_the_first_article(monkeypatch) -> None:
    py3langid = pytest.importorskip("py3langid")
    monkeypatch.setattr(py3langid.langid, "IDENTIFIER", None)  # as in a new process
    load_detector()
    assert py3langid.langid.IDENTIFIER is not None


def _build(text: str, settings: Settings | None = None):
    page = RawPage(source="x.txt", key="x.txt", content=text, format="text")
    return build_article(page, settings or Settings())


@pytest.mark.parametrize("text, code", [(FRENCH, "fr"), (GERMAN, "de"), (ENGLISH, "en")])
def test_language_detected(text: str, code: str) -> None:
    assert detect_language(text) == code


def test_language_short_text_keeps_the_default() -> None:
    assert detect_language("Bonjour \u00e0 tous") is None
    assert _build("Bonjour \u00e0 tous, merci.").language == "en"


def test_language_detection_can_be_switched_off() -> None:
    assert _build(FRENCH).language == "fr"
    assert _build(FRENCH, Settings().with_(detect_language=False, language="en")).language == "en"


def test_language_without_model_is_kept_and_marked(extractor) -> None:
    from onrecord.pipeline import build_articles

    pages = [RawPage(source="fr.txt", key="fr.txt", content=FRENCH, format="text"),
             RawPage(source="en.txt", key="en.txt", content=ENGLISH, format="text")]
    french, english = extractor.process(build_articles(pages, Settings()))
    assert (french.status, french.article.language, french.statements) == ("no_model", "fr", [])
    assert french.article.text == FRENCH
    assert (english.status, english.article.language) == ("ok", "en")


def test_language_declared_by_a_short_page_is_used() -> None:
    html = ('<html lang="de-AT"><head><title>Kurz</title></head><body><article>'
            "<p>Die Br\u00fccke ist wieder offen.</p></article></body></html>")
    page = RawPage(source="kurz.html", key="kurz.html", content=html, format="html")
    settings = Settings().with_(min_article_words=3)
    assert build_article(page, settings).language == "de"
    assert build_article(page, settings.with_(detect_language=False)).language == "en"
