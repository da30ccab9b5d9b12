"""Embedded social media posts: the post's words, then the signature the platform prints under them.

A page saved from a news site keeps an embedded post as its text and a signature, "— Dana Whitlock
(@dwhitlock) October 9, 2026", on a line of its own below, or, when a scraper kept the embed's element,
inside it after the words ("<tweet ...>words — Name (@handle) September 1, 2016</tweet>"). The signature
says who posted the words above or before it, verbatim: a direct statement, whose cue is the dash.
"""
from __future__ import annotations

import re

from ..records import Span
from .candidates import Candidate

# the dash, the name as the account shows it, the handle in brackets, the date ("Oct. 9, 2026", "September 1, 2016");
# then the end of the line or the embed's closing element (not "posted a reply — Tom Reyes (@treyes) March 3, 2024 —
# calling it ...", the writer's prose)
_SIGNATURE = re.compile(r"(?P<cue>[—―–])[ \t]+(?P<name>[^\n()—―–<>]{1,60}?)[ \t]+\(@\w{1,30}\)[ \t]+"
                        r"[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},[ \t]+\d{4}(?=[ \t]*\.?[ \t]*(?:$|</))", re.M)
# the element a scraper kept around an embedded post ("<tweet id=...>", "<blockquote class=...>")
_EMBED = re.compile(r"<(?:tweet|blockquote)\b[^>]*>(?:\s*<p\b[^>]*>)?", re.I)
# a writer's words above a signature whose post the page lost: "Lind said the vote was ...", "Later she posted:"
_NARRATION = re.compile(r"\b(?:he|she|they|[A-Z][\w'’-]+),?\s+(?:said|posted|wrote|tweeted)\b")
_CLOSING_TAGS = re.compile(r"(?:\s*</\w+>)+\s*$")
_MIN_WORDS = 2  # "Wow." under a name is a reaction, too short to be taken for the post
CONFIDENCE_POST = 0.9


def find_posts(text: str) -> list[Candidate]:
    """The embedded posts of ``text``, each a direct Candidate with the account's name as its source."""
    found = []
    for m in _SIGNATURE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start:m.start()].strip():  # the words before it on its line, which it ends
            embeds = list(_EMBED.finditer(text, line_start, m.start()))
            start, end = embeds[-1].end() if embeds else line_start, m.start()
        else:  # a signature on a line of its own signs the paragraph above it
            end = len(text[:line_start].rstrip())
            start = text.rfind("\n\n", 0, end) + 1
        start += len(text[start:end]) - len(text[start:end].lstrip())
        end = start + len(_CLOSING_TAGS.sub("", text[start:end]).rstrip())  # "... Monday.</p>": the words only
        post = text[start:end]
        if len(post.split()) < _MIN_WORDS or _SIGNATURE.search(post) or _NARRATION.search(post):
            continue  # a second signature stacked under the first, or the writer's narration
        found.append(Candidate(spans=[(start, end)], kind="direct", cue=m.span("cue"), source=m.span("name"),
                               confidence=CONFIDENCE_POST, method="post:signature"))
    return found


def with_posts(candidates: list[Candidate], posts: list[Candidate]) -> list[Candidate]:
    """``candidates`` with the posts in, and without what other finders read inside a post or its signature (the
    post's own quotations and reported speech are its words, not statements of their own)."""
    if not posts:
        return candidates
    regions: list[Span] = [(p.start, p.source[1]) for p in posts]
    kept = [c for c in candidates if not any(a <= c.start and c.end <= b or c.start < b and a < c.end and
                                             c.cue is not None and a <= c.cue[0] < b for a, b in regions)]
    return sorted(kept + posts, key=lambda c: c.start)
