"""Odd quotation marks never crash extraction, and every span stays inside the text and
says what it claims to say."""
from __future__ import annotations

import random

import pytest

from onrecord.pipeline import extract

MARKS = ['"', "“", "”", "‘", "’", "'", "«", "»", "„", "‹", "›", "‚", "``", "''"]
WORDS = ("the minister said we will not stop he told reporters that prices rose "
         "according to officials it is n't over Jones' plan 90s rock 'n' roll").split()


def _noisy_article(rng: random.Random) -> str:
    paragraphs = []
    for _ in range(rng.randint(1, 5)):
        words = []
        for _ in range(rng.randint(3, 40)):
            if rng.random() < 0.15:
                words.append(rng.choice(MARKS))
            word = rng.choice(WORDS)
            words.append(word.capitalize() if rng.random() < 0.1 else word)
            if rng.random() < 0.08:
                words.append(rng.choice([",", ".", ":", "?"]))
        paragraphs.append(" ".join(words))
    return "\n\n".join(paragraphs)


def _check_spans(record) -> None:
    text = record.article.text
    for st in record.statements:
        assert st.spans, st
        for start, end in st.spans:
            assert 0 <= start < end <= len(text)
        for piece in (st.cue, st.addressee, st.speaker.mention if st.speaker else None):
            if piece is not None:
                assert text[piece.span[0]:piece.span[1]] == piece.text
        assert 0.0 <= st.confidence <= 1.0
        assert st.kind in ("direct", "indirect", "mixed", "continuation")
        assert st.act in ("speech", "belief")


@pytest.mark.parametrize("seed", range(40))
def test_robustness_random_quotation_marks_never_crash(extractor, seed: int) -> None:
    text = _noisy_article(random.Random(seed))
    _check_spans(extract(text, extractor=extractor))


@pytest.mark.parametrize("text", [
    '"', '""', "“”", '"""', "« »", '"He said', 'He said"', "''", "'", "‘’’’",
    '"Unclosed at the very end, said Ana Ruiz.\n\n"And reopened', "»reversed« marks, she said.",
    '„German style“ and ‚single‘ marks, said Paul Amsel.', "\u00a0\n\n\"\n\n\"",
])
def test_robustness_degenerate_marks(extractor, text: str) -> None:
    _check_spans(extract(text, extractor=extractor))
