"""``build.about``: who and what a statement names, read from the article's entities."""
from __future__ import annotations

from onrecord.records import Entity
from onrecord.statements.build import about

#            0         1         2         3         4         5         6         7
#            0123456789012345678901234567890123456789012345678901234567890123456789012345
TEXT = "Ada Lind met Norway's envoy. Ada Lind said Tuesday that Oslo and Ada Lind agree."


def _entity(text: str, label: str, nth: int = 0) -> Entity:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Entity(text, label, (start, start + len(text)))


ENTITIES = [  # text order, as doc.ents gives them
    _entity("Ada Lind", "PERSON"), _entity("Norway", "GPE"), _entity("Ada Lind", "PERSON", 1),
    _entity("Tuesday", "DATE"), _entity("Oslo", "GPE"), _entity("Ada Lind", "PERSON", 2),
]


def test_about_names_each_entity_inside_the_spans_once_in_text_order():
    content = (TEXT.index("Oslo"), TEXT.index(" agree"))
    assert [(t.text, t.span) for t in about(ENTITIES, [content])] == [
        ("Oslo", ENTITIES[4].span), ("Ada Lind", ENTITIES[5].span)]


def test_about_reads_every_span_of_an_interrupted_statement_and_skips_dates():
    first = (0, TEXT.index("."))  # "Ada Lind met Norway's envoy"
    second = (TEXT.index("Tuesday"), len(TEXT))
    names = [t.text for t in about(ENTITIES, [second, first])]
    assert names == ["Ada Lind", "Norway", "Oslo"]  # Tuesday is a date; Ada Lind once


def test_about_leaves_out_an_entity_that_crosses_the_span_edge():
    cut = (TEXT.index("Norway") + 3, TEXT.index("envoy"))
    assert about(ENTITIES, [cut]) == []
    assert about([], [(0, len(TEXT))]) == []
