"""The model input (../shared/examples, read in place, never copied): its article metadata."""
from __future__ import annotations

from pathlib import Path

import pytest

from onrecord.ingest import read_sources
from onrecord.pipeline import build_articles
from onrecord.records import Article
from onrecord.settings import Settings

MODEL_INPUT = Path(__file__).resolve().parents[2].parent / "shared" / "examples" / "qadin-aliyev-2020-10-25.txt"


@pytest.fixture
def article() -> Article:
    if not MODEL_INPUT.is_file():
        pytest.skip(f"the model input is not available at {MODEL_INPUT}")
    [article] = build_articles(read_sources([str(MODEL_INPUT)], Settings()), Settings())
    return article


def test_build_model_input_metadata(article: Article) -> None:
    assert article.text == MODEL_INPUT.read_text(encoding="utf-8")
    assert article.id == "qadin-aliyev-2020-10-25"
    assert article.outlet == "Qadin.NET"
    assert article.title == 'Ilham Aliyev: "This is our next political victory"'
    assert article.published == "2020-10-25"
    assert article.language == "en"


def test_build_model_input_spans(article: Article) -> None:
    text = article.text
    assert text[slice(*article.headline)] == article.title
    assert "GO BACK" in [text[s:e] for s, e in article.furniture]
    paragraphs = [text[s:e] for s, e in article.paragraphs]
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith('\u00a0"Recently')
    assert paragraphs[-1].endswith("supporters.")
    assert not any("25 October 2020" in p or "GO BACK" in p for p in paragraphs)
