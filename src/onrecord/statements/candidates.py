"""The intermediate record of the statement stage: a statement found, not yet attributed.

Finders (direct quotes, reported speech, headline quotes, continuation) produce
Candidates with character spans into the article text; attribution then turns the
``source`` span into a Speaker (resolving pronouns, surnames and titles) and the
Candidate into a ``records.Statement``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Span


@dataclass(slots=True)
class Candidate:
    """A statement found in the text.

    spans (list[Span]): the content, in text order (several when interrupted).
    kind (str): "direct", "indirect", "mixed" or "continuation".
    cue (Span | None): the cue ("said", "according to", "told", ":").
    source (Span | None): the speaker mention as written ("He", "Aliyev", "a source"),
        or None when the finder could not see one.
    act (str): "speech" or "belief".
    addressee (Span | None): to whom it was said ("the BBC" in "told the BBC").
    occasion (Span | None): when or where it was said ("during a meeting with ...").
    confidence (float): in [0, 1].
    headline (bool): found in the headline.
    method (str): the rule that produced it, for tracing.
    """

    spans: list[Span]
    kind: str
    cue: Span | None = None
    source: Span | None = None
    act: str = "speech"
    addressee: Span | None = None
    occasion: Span | None = None
    confidence: float = 0.5
    headline: bool = False
    method: str = ""
    # set by attribution: index of the candidate this one continues (continuation, headline link)
    follows: int | None = None
    extra: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]
