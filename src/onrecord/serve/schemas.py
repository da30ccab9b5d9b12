"""The shapes of the API's JSON, for the OpenAPI schema at /openapi.json.

They mirror the dicts documented in ``store/read.py``; extra fields are allowed so that
a column the store adds reaches clients without a change here.
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class TextSpanOut(_Open):
    text: str
    span: list[int] | None = Field(None, description="[start, end) character offsets into the article text.")


class StatementItem(_Open):
    id: int
    text: str
    speaker_id: int | None
    speaker_name: str | None
    speaker_type: str
    kind: str
    act: str
    first_published: str | None
    first_article_id: int
    n_occurrences: int
    n_outlets: int
    first_outlet: str | None
    first_title: str | None
    first_url: str | None
    matches: list[list[int]] = Field(description="[start, end] offsets in text of the words the query matched.")


class StatementPage(_Open):
    items: list[StatementItem]
    next_cursor: str | None = Field(description="Pass as ?cursor= for the next page; null on the last page.")
    next_url: str | None
    total: int | None = Field(description="Matching statements, counted up to 10,000.")
    total_exact: bool = Field(description="False when there are more than total.")


class Occurrence(_Open):
    id: int
    statement_id: int
    article_id: int
    start: int
    end: int
    spans: list[list[int]]
    text: str
    kind: str
    act: str
    cue: TextSpanOut | None
    mention: TextSpanOut | None
    addressee: TextSpanOut | None
    occasion: str | None
    role: str | None
    confidence: float
    headline: bool


class StatementOut(StatementItem):
    about: list[str]
    occurrences: list[Occurrence] = Field(description="Every article that carried it, first seen first.")


class SpeakerItem(_Open):
    id: int
    name: str
    type: str
    roles: list[str]
    n_statements: int


class SpeakerPage(_Open):
    items: list[SpeakerItem]
    next_cursor: str | None
    next_url: str | None
    total: int | None
    total_exact: bool


class SpeakerOut(_Open):
    id: int
    name: str
    type: str
    roles: list[str]
    aliases: list[str]
    n_statements: int
    n_articles: int
    first_published: str | None
    last_published: str | None
    timeline: dict[str, Any] = Field(description='{"bucket": "day"|"week", "points": [{"period", "count"}]}')
    top_outlets: list[dict[str, Any]]
    about: list[dict[str, Any]]
    statements: StatementPage


class ArticleItem(_Open):
    id: int
    ext_id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    n_statements: int


class ArticlePage(_Open):
    items: list[ArticleItem]
    next_cursor: str | None
    next_url: str | None
    total: int | None
    total_exact: bool


class ArticleOut(_Open):
    id: int
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    authors: list[str]
    language: str
    text: str
    occurrences: list[Occurrence]
    speakers: list[dict[str, Any]]


class ArticleIn(_Open):
    text: str | None = Field(None, description="The article text (or give html).")
    html: str | None = Field(None, description="The article page as HTML (or give text).")
    id: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD")


class UploadOut(_Open):
    stored: list[dict[str, Any]]
    failed: list[dict[str, Any]]


class ErrorOut(BaseModel):
    ok: bool = False
    status: int
    code: str
    error: str = Field(description="What went wrong and how to fix it.")
