"""The spaCy pipeline: loading it by name, and the one component onrecord adds to it.

``line_breaks`` runs before the parser and starts a sentence after every paragraph
break, so that no sentence (and so no statement) runs from a headline, a dateline or
page furniture into the body. Hard-wrapped lines inside a paragraph are left alone.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .errors import error

LINE_BREAKS = "onrecord_line_breaks"
_SENTENCE_END = tuple('.!?:;"”’»)')
# a line shorter than this that ends without punctuation is a line of its own
# (a headline, a dateline, "GO BACK"), not a hard-wrapped part of a paragraph
_SHORT_LINE = 60


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """Mark a sentence start after each blank line, and after a line break that ends a line."""
    text = doc.text
    for token in doc[1:]:
        prev = doc[token.i - 1]
        gap = prev.whitespace_ if prev.whitespace_ else (prev.text if prev.is_space else "")
        if "\n" not in gap:
            continue
        if gap.count("\n") >= 2:
            token.is_sent_start = True
            continue
        line_start = text.rfind("\n", 0, prev.idx) + 1
        line = text[line_start:prev.idx + len(prev.text)].strip()
        if not line or len(line) < _SHORT_LINE or line.endswith(_SENTENCE_END):
            token.is_sent_start = True
    return doc


def load_nlp(model: str) -> Language:
    """Load the spaCy pipeline named by the ``model`` setting, with ``line_breaks`` added.

    RETURNS (Language): the loaded pipeline.
    """
    import spacy

    try:
        nlp = spacy.load(model)
    except (OSError, ImportError) as exc:
        raise error("E022", model=model, detail=str(exc).splitlines()[0]) from None
    if LINE_BREAKS not in nlp.pipe_names:
        first = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe(LINE_BREAKS, before=first) if first else nlp.add_pipe(LINE_BREAKS, first=True)
    return nlp
