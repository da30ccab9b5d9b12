"""The textacy baseline: ``textacy.extract.triples.direct_quotations`` as predictions.

textacy 0.13 finds direct quotations (quotation-mark pairs with a speaker and a
reporting verb nearby) on a parsed spaCy Doc. Each (speaker, cue, content) triple
becomes an Attribution with the character span of its content, of its speaker
tokens and of its cue tokens (first to last token), the speaker tokens' words as
its name, and the act "speech". It runs on the very Docs onrecord parsed, so both
rows see the same parse.
"""
from __future__ import annotations

import logging
from typing import Any, Iterable

from ..errors import Warnings
from .gold import SPEECH, Attribution

logger = logging.getLogger(__name__)


def load_direct_quotations() -> tuple[Any | None, str | None]:
    """textacy's ``direct_quotations`` function, or None and the W006 warning saying why.

    RETURNS (tuple): (the function or None, the warning message or None).
    """
    try:
        from textacy.extract.triples import direct_quotations
    except Exception as exc:  # noqa: BLE001 - any import failure means no baseline row
        return None, Warnings.W006.format(detail=f"{type(exc).__name__}: {exc}")
    return direct_quotations, None


def _token_span(tokens: Iterable[Any]) -> tuple[tuple[int, int], ...]:
    tokens = list(tokens)
    if not tokens:
        return ()
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return ((start, end),)


def baseline_quotes(doc: Any, direct_quotations: Any) -> list[Attribution]:
    """The textacy triples of one parsed Doc as Attributions.

    A Doc on which textacy raises gives no quotes (logged), so one odd text never
    sinks the row.
    """
    try:
        triples = list(direct_quotations(doc))
    except Exception as exc:  # noqa: BLE001 - textacy has its own edge cases
        logger.info("textacy failed on a document: %s: %s", type(exc).__name__, exc)
        return []
    return [Attribution(content=((t.content.start_char, t.content.end_char),),
                        speaker=_token_span(t.speaker), cue=_token_span(t.cue), act=SPEECH,
                        name=" ".join(tok.text for tok in t.speaker) or None)
            for t in triples]
