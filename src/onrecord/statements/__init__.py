"""Statement extraction: Article + parsed Doc -> Statements and Entities."""
from __future__ import annotations

from ..records import Article, Entity, Statement
from ..settings import Settings


class StatementExtractor:
    """Placeholder: entities only; the statements package replaces it."""

    def __init__(self, nlp, settings: Settings) -> None:
        self.nlp = nlp
        self.settings = settings

    def extract(self, article: Article, doc) -> tuple[list[Statement], list[Entity]]:
        entities = [Entity(e.text, e.label_, (e.start_char, e.end_char)) for e in doc.ents]
        return [], entities
