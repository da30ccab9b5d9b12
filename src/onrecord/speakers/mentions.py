"""Mentions of people in a parsed article: names, the roles written around them, noun phrases.

Built once per article from the spaCy Doc (NER and dependencies); the resolver groups
them into people and maps speaker mentions to them.
"""
from __future__ import annotations

from dataclasses import dataclass

from .types import HONORIFICS, ROLE_WORDS, clean_name, honorific_gender

Span = tuple[int, int]

# Lower-case words that may sit inside a title before a name ("Secretary of State",
# "former Defense Minister", "the country's president").
_TITLE_GLUE = frozenset({"of", "for", "the", "and", "former", "then", "acting", "deputy", "vice",
                         "interim", "new", "outgoing", "incoming", "state", "foreign", "defense",
                         "defence", "prime", "general", "chief", "senior", "top", "executive",
                         "presidential", "republican", "democratic", "democrat", "candidate",
                         "press", "white", "house", "national", "security", "adviser", "advisor"})
_NOT_NAMES = frozenset({"among", "according", "after", "before", "during", "in", "on", "at", "for",
                        "with", "by", "from", "but", "and", "the", "if", "when", "while", "as",
                        "resolutions", "resolution", "this", "that", "these", "those"})
_NAME_DEPS_LEFT = frozenset({"det", "compound", "amod", "poss", "nmod", "nummod", "quantmod", "case"})
_NAME_DEPS_RIGHT = frozenset({"compound", "flat", "case"})
_NOUN_DEPS_RIGHT = frozenset({"prep", "relcl", "acl"})


@dataclass(slots=True)
class PersonMention:
    """A PERSON name in the text, with the role written around it.

    span (Span): the name as the NER found it.
    name (str): the name without honorific or possessive ("Ilham Aliyev").
    role (str | None): the title before the name or the appositive after it.
    full (Span): the mention including its title ("President of Azerbaijan Ilham Aliyev").
    gender (str | None): "m" or "f" when an honorific says so.
    """

    span: Span
    name: str
    role: str | None
    full: Span
    gender: str | None = None


def _is_furniture(start: int, end: int, skip: list[Span]) -> bool:
    return any(s < end and start < e for s, e in skip)


def role_before(doc, ent) -> tuple[str, int] | None:
    """The title written just before a name ("Defense Minister" Hulusi Akar), and its start.

    Walks left over capitalised words and title glue words; the run counts only if it
    holds a role word. RETURNS (tuple | None): (role text, start char) or None.
    """
    i = ent.start - 1
    first = None
    has_role = False
    while i >= 0 and ent.start - i <= 8:
        tok = doc[i]
        word = tok.lower_
        if tok.is_punct or tok.is_space or tok.like_num:
            break
        if word in ROLE_WORDS:
            has_role = True
        elif not (tok.is_title or tok.is_upper or word in _TITLE_GLUE or tok.tag_ == "POS"):
            break
        if tok.ent_type_ == "PERSON":
            break
        first = i
        i -= 1
    if first is None or not has_role:
        return None
    while first < ent.start and doc[first].lower_ in ("of", "for", "and", "the", "'s"):
        first += 1
    span = doc[first:ent.start]
    words = [t.text for t in span if t.lower_ not in HONORIFICS]
    if not words:
        return None
    return " ".join(words), span.start_char


def role_after(ent) -> str | None:
    """The appositive role after a name ("Hulusi Akar, the head of the army" -> its head phrase)."""
    head = ent.root
    for child in head.rights:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            words = list(child.subtree)
            while words and (words[0].lower_ in ("the", "a", "an") or words[0].is_punct):
                words = words[1:]
            while words and words[-1].is_punct:
                words = words[:-1]
            if words and len(words) <= 12:
                return ent.doc.text[words[0].idx:words[-1].idx + len(words[-1])]
    return None


def person_mentions(doc, skip: list[Span] = ()) -> list[PersonMention]:
    """Every PERSON name of ``doc`` outside ``skip`` spans, in text order, with roles."""
    mentions = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = ent.start_char, ent.end_char
        if _is_furniture(start, end, skip):
            continue
        title, name = split_title(clean_name(ent.text))
        if not name or not any(c.isupper() for c in name) or "\n" in name or \
                name.split()[0].lower() in _NOT_NAMES:
            continue  # "Among Latinos", "Resolutions": the NER's mistakes
        before = role_before(doc, ent)
        role = before[0] if before else (title or role_after(ent))
        full_start = before[1] if before else start
        words = [doc[ent.start - 1].text] if ent.start > 0 else []
        gender = honorific_gender(words + ent.text.split()[:1])
        mentions.append(PersonMention((start, end), name, role, (full_start, end), gender))
    return mentions


def split_title(name: str) -> tuple[str | None, str]:
    """A name's leading title words and the rest ("Mayor Elena Costa" -> ("Mayor", "Elena Costa"))."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and (words[k].lower() in ROLE_WORDS or words[k].lower() in _TITLE_GLUE
                                  and k > 0):
        k += 1
    while k > 0 and words[k - 1].lower() in ("of", "for", "the", "and"):
        k -= 1
    if k == 0 or not any(w.lower() in ROLE_WORDS for w in words[:k]):
        return None, name
    return " ".join(words[:k]), " ".join(words[k:])


def _entity_start(token) -> int:
    i = token.i
    while i > 0 and token.doc[i].ent_iob_ == "I":
        i -= 1
    return i


def _entity_end(token) -> int:
    i = token.i
    while i + 1 < len(token.doc) and token.doc[i + 1].ent_iob_ == "I":
        i += 1
    return i


def noun_phrase(token) -> Span:
    """The character span of the noun phrase headed by ``token``, as a speaker mention.

    Names keep their compounds and determiners ("President Barack Obama") but not their
    appositives; common nouns keep their prepositional phrases and relative clauses
    ("a spokesman for the ministry", "an official who asked not to be named").
    """
    if token.pos_ == "PRON":
        return token.idx, token.idx + len(token)
    left = token.i
    right = token.i
    for child in token.lefts:
        if child.dep_ in _NAME_DEPS_LEFT:
            left = min(left, child.left_edge.i)
    for child in token.rights:
        if child.dep_ in _NAME_DEPS_RIGHT or (token.pos_ == "NOUN" and child.dep_ in _NOUN_DEPS_RIGHT):
            right = max(right, child.right_edge.i)
    doc = token.doc
    if token.ent_iob_ in ("B", "I"):  # keep a name whole ("the Port Authority of Valmar")
        left = min(left, _entity_start(token))
        right = max(right, _entity_end(token))
    while right > left and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    while left < right and (doc[left].is_punct or doc[left].is_space):
        left += 1
    return doc[left].idx, doc[right].idx + len(doc[right])
