"""Gold collections and prediction files -> GoldArticle and Attribution records.

Two gold formats are read:

- brat standoff as PolNeAR ships it: ``GOLD/text/<article>.txt`` and
  ``GOLD/attributions/<article>_<annotator>.ann``. The first .ann in sorted order
  is the gold of its article; an article with no .ann has no attributions. An
  attribution is an E-line ``Attribution:Tn Content:Tm Cue:Tk Source:Tj``
  (``Content2`` parts are added to the content, Source is optional); an E-line
  without any Content is not an attribution and is left out.
- JSON Lines, one article a line: ``{"id", "text", "quotes": [{"spans", "speaker":
  {"span", "name"}, "cue": {"span"}, "act"}]}``; speaker, cue and act are optional.

The act (speech or belief) is not annotated in PolNeAR. Its guidelines count
statements, beliefs, knowledge, intentions, desires and attitudes as attributions
alike, and the cue is what tells them apart ("said" vs "believes", "plans",
"wants"). So the gold act of an attribution without an explicit ``act`` is
derived from its cue: ``belief`` when a word of the cue is one of
``BELIEF_CUE_WORDS`` (verbs and adjectives of thought, knowledge, intention,
desire and attitude, in their inflected forms), ``speech`` otherwise (also when
there is no cue). This is an approximation of the annotators' intent, stated
here so that act figures can be read for what they are.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import error
from ..records import Span

SPEECH, BELIEF = "speech", "belief"

# base forms; _inflections() adds the regular -s/-ed/-ing forms
_BELIEF_BASES = (
    "believe", "think", "expect", "hope", "plan", "want", "wish", "fear", "worry",
    "feel", "know", "understand", "consider", "assume", "suspect", "doubt", "intend",
    "aim", "seek", "desire", "prefer", "like", "love", "hate", "dislike", "favor",
    "favour", "support", "oppose", "trust", "anticipate", "suppose", "presume",
    "imagine", "envision", "realize", "realise", "recognize", "recognise", "guess",
    "reckon", "regard", "view", "see", "decide", "choose", "need",
    "care", "appreciate", "enjoy", "wonder", "remember",
    "forget", "respect", "admire", "resent", "fancy",
)
_IRREGULAR_BELIEF = (
    "thought", "felt", "knew", "understood", "sought", "saw", "seen",
    "chose", "chosen", "forgot", "forgotten",
    # adjectives and nouns of attitude that act as cues ("is confident that")
    "belief", "beliefs", "view", "views", "opinion", "confident", "convinced", "sure",
    "certain", "concerned", "afraid", "worried", "hopeful", "determined", "eager",
    "willing", "unwilling", "reluctant", "skeptical", "sceptical", "aware", "unaware",
    "optimistic", "pessimistic", "happy", "unhappy", "glad", "pleased", "upset",
    "angry", "frustrated", "disappointed", "intent", "intention", "intentions",
    "goal", "hopes", "fears", "desire", "wants", "supporter", "supporters", "plans",
    "keen", "inclined", "satisfied", "proud", "excited", "fond",
)


def _inflections(base: str) -> set[str]:
    stem = base[:-1] if base.endswith("e") else base
    forms = {base, base + "s", stem + "ed", stem + "ing"}
    if base.endswith("y") and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwy]", base):  # plan -> planned, planning
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


BELIEF_CUE_WORDS: frozenset[str] = frozenset(
    set().union(*(_inflections(b) for b in _BELIEF_BASES)) | set(_IRREGULAR_BELIEF)
)


@dataclass(slots=True, frozen=True)
class Attribution:
    """One attribution, gold or predicted, reduced to what the scorer compares.

    content (tuple[Span, ...]): the content's spans; scored as the union of their characters.
    speaker (tuple[Span, ...]): the speaker mention (gold: the Source); empty when none.
    cue (tuple[Span, ...]): the cue; empty when none.
    act (str | None): "speech" or "belief"; None when unknown.
    name (str | None): the speaker's name when the record gives it.
    """

    content: tuple[Span, ...]
    speaker: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()
    act: str | None = None
    name: str | None = None


@dataclass(slots=True)
class GoldArticle:
    """A gold article: its text and its attributions."""

    id: str
    text: str
    quotes: list[Attribution] = field(default_factory=list)
    source: str = ""


def act_from_cue(cue_text: str) -> str:
    """The act an attribution's cue signals: "belief" for a cue of thought or will, else "speech".

    cue_text (str): the words of the cue ("has learned", "believes", "plans to").
    RETURNS (str): "belief" or "speech".
    """
    words = re.findall(r"[a-z]+", cue_text.lower().replace("’", "'"))
    return BELIEF if any(w in BELIEF_CUE_WORDS for w in words) else SPEECH


def span_text(text: str, spans: Iterable[Span]) -> str:
    """The words of some spans of ``text``, joined by a space."""
    return " ".join(text[s:e] for s, e in spans)


# --- brat standoff ------------------------------------------------------------------

_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


def _parse_spans(field_text: str) -> tuple[Span, ...]:
    spans = []
    for part in field_text.split(";"):
        start, end = part.split()
        spans.append((int(start), int(end)))
    return tuple(spans)


def parse_ann(ann: str, text: str, *, path: str = "<ann>") -> list[Attribution]:
    """The attributions of one brat .ann file, in the order of their E-lines.

    ann (str): the .ann file's content. Lines that are neither T- nor E-lines
        (notes, and the continuation lines of a span text that holds a newline)
        are ignored.
    text (str): the article text the offsets point into.
    RETURNS (list[Attribution]): one per E-line with a Content.
    """
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in ann.splitlines():
        if m := _T_LINE.match(line):
            spans[m.group(1)] = _parse_spans(m.group(3))
        elif m := _E_LINE.match(line):
            roles = [tuple(arg.split(":", 1)) for arg in m.group(2).split() if ":" in arg]
            events.append((m.group(1), roles))  # type: ignore[arg-type]
    quotes = []
    for event_id, roles in events:
        parts: dict[str, list[Span]] = {"content": [], "speaker": [], "cue": []}
        for role, ref in roles:
            key = _ROLE_KEYS.get(re.sub(r"\d+$", "", role))
            if key is None:
                continue
            if ref not in spans:
                raise error("E051", path=path, detail=f"{event_id} refers to {ref}, which is not defined")
            parts[key].extend(spans[ref])
        if not parts["content"]:
            continue
        for s, e in (sp for part in parts.values() for sp in part):
            if not 0 <= s <= e <= len(text):
                raise error("E051", path=path, detail=f"{event_id} has span {s}-{e} outside the text")
        cue = tuple(sorted(parts["cue"]))
        quotes.append(Attribution(content=tuple(sorted(parts["content"])),
                                  speaker=tuple(sorted(parts["speaker"])), cue=cue,
                                  act=act_from_cue(span_text(text, cue))))
    return quotes


_ROLE_KEYS = {"Content": "content", "Source": "speaker", "Cue": "cue"}


def read_brat(path: str | Path, *, limit: int | None = None) -> list[GoldArticle]:
    """The gold articles of a brat collection (``text/*.txt`` + ``attributions/*.ann``).

    limit (int | None): read at most this many articles (in sorted order).
    RETURNS (list[GoldArticle]): one per text file, sorted by id.
    """
    root = Path(path)
    texts = sorted((root / "text").glob("*.txt"))
    if not texts:
        raise error("E050", path=_with_collections_inside(root))
    anns: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0] if "_" in ann.stem else ann.stem
        anns.setdefault(article, ann)  # the first in sorted order is the gold
    articles = []
    for txt in texts[:limit] if limit is not None else texts:
        text = _read_exact(txt)
        ann_path = anns.get(txt.stem)
        quotes = parse_ann(_read_exact(ann_path), text, path=str(ann_path)) if ann_path else []
        articles.append(GoldArticle(id=txt.stem, text=text, quotes=quotes, source=str(txt)))
    return articles


def read_brat_annotators(path: str | Path, *, limit: int | None = None) -> list[list[GoldArticle]]:
    """Every annotation of the articles of a brat collection that are annotated more than once.

    A file ``attributions/<article>_<annotator>.ann`` is one annotator's reading of
    ``text/<article>.txt``. Collections built for inter-annotator agreement (PolNeAR
    has 18 such articles in train and dev) give some articles several.

    limit (int | None): at most this many articles (in sorted order).
    RETURNS (list[list[GoldArticle]]): per article, one GoldArticle per annotation, in
        sorted file order; the first is the one ``read_brat`` takes as the gold.
    """
    root = Path(path)
    files: dict[str, list[Path]] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        if "_" in ann.stem:
            files.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    articles = []
    for article, anns in files.items():
        txt = root / "text" / f"{article}.txt"
        if len(anns) < 2 or not txt.is_file():
            continue
        text = _read_exact(txt)
        articles.append([GoldArticle(id=article, text=text, quotes=parse_ann(_read_exact(a), text, path=str(a)),
                                     source=str(a)) for a in anns])
    return articles[:limit] if limit is not None else articles


def _with_collections_inside(folder: Path) -> str:
    """The folder's name, with the gold collections it holds one level down, if any
    ("gold (it holds gold/brat, gold/tiny.jsonl: pass one of them)")."""
    inside = sorted(str(p) for p in folder.glob("*")
                    if (p.is_dir() and (p / "text").is_dir()) or (p.is_file() and p.suffix == ".jsonl"))
    if not inside:
        return str(folder)
    return f"{folder} (it holds {', '.join(inside)}: pass one of them)"


def _read_exact(path: Path) -> str:
    # newline="" keeps "\r\n" as two characters: brat offsets count them
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except UnicodeDecodeError as exc:
        raise error("E051", path=str(path), detail=f"not UTF-8 text (at byte {exc.start})") from None


# --- JSON Lines ---------------------------------------------------------------------

def _spans_of(value: Any) -> tuple[Span, ...]:
    """[s, e] or [[s, e], ...] -> ((s, e), ...); None -> ()."""
    if not value:
        return ()
    if isinstance(value[0], (int, float)):
        value = [value]
    return tuple(sorted((int(s), int(e)) for s, e in value))


def attribution_from_json(quote: dict[str, Any], text: str = "", *, gold: bool = False) -> Attribution:
    """A quote object (gold JSONL, or ``onrecord extract`` output) -> Attribution.

    quote (dict): has "spans"; optionally "speaker" ({"span"} in gold, {"mention":
        {"span"}} in extract output), "cue" ({"span"}) and "act".
    gold (bool): derive a missing act from the cue, as for brat gold.
    """
    speaker = quote.get("speaker") or {}
    mention = speaker.get("mention") if "mention" in speaker else speaker
    cue = _spans_of((quote.get("cue") or {}).get("span"))
    act = quote.get("act")
    if act is None and gold:
        act = act_from_cue(span_text(text, cue))
    return Attribution(content=_spans_of(quote.get("spans")),
                       speaker=_spans_of((mention or {}).get("span")),
                       cue=cue, act=act, name=speaker.get("name"))


def _json_lines(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """The JSON objects of a JSON Lines file with their line numbers; E051 at the first bad line."""
    with open(path, "rb") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError as exc:
                detail = f"not UTF-8 text (byte 0x{line[exc.start]:02X}), so not JSON Lines"
                raise error("E051", path=f"{path} line {number}", detail=detail) from None
            except json.JSONDecodeError as exc:
                raise error("E051", path=f"{path} line {number}", detail=str(exc)) from None
            if not isinstance(obj, dict):
                raise error("E051", path=f"{path} line {number}", detail="not a JSON object")
            yield number, obj


def read_jsonl(path: str | Path, *, limit: int | None = None) -> list[GoldArticle]:
    """The gold articles of a JSON Lines file, one article a line, in file order."""
    articles = []
    for number, obj in _json_lines(Path(path)):
        if limit is not None and len(articles) >= limit:
            break
        if not isinstance(obj.get("text"), str):
            raise error("E051", path=f"{path} line {number}", detail="no 'text' string")
        text = obj["text"]
        quotes = [attribution_from_json(q, text, gold=True) for q in obj.get("quotes") or []]
        for q in quotes:
            if not q.content or any(not 0 <= s <= e <= len(text) for s, e in q.content):
                raise error("E051", path=f"{path} line {number}",
                            detail=f"quote spans {list(q.content)} are empty or outside the text")
        articles.append(GoldArticle(id=str(obj.get("id", number)), text=text, quotes=quotes,
                                    source=f"{path}:{number}"))
    if not articles:
        raise error("E050", path=str(path))
    return articles


def detect_format(path: str | Path) -> str:
    """ "brat" for a folder with text/, "jsonl" for a file."""
    p = Path(path)
    if p.is_dir():
        return "brat"
    if p.is_file():
        return "jsonl"
    raise error("E001", path=str(path))


def read_gold(path: str | Path, *, fmt: str | None = None, limit: int | None = None) -> list[GoldArticle]:
    """Read a gold collection in brat standoff or JSON Lines.

    path: a brat folder (with text/ and attributions/) or a .jsonl file.
    fmt (str | None): "brat" or "jsonl"; guessed from the path when None.
    limit (int | None): read at most this many articles.
    RETURNS (list[GoldArticle]): the gold articles.
    """
    fmt = fmt or detect_format(path)
    if fmt == "brat":
        return read_brat(path, limit=limit)
    if fmt == "jsonl":
        return read_jsonl(path, limit=limit)
    raise error("E051", path=str(path), detail=f"unknown gold format {fmt!r}; use brat or jsonl")


def read_predictions(path: str | Path) -> dict[str, list[Attribution]]:
    """The output of ``onrecord extract`` (JSON Lines) -> attributions by article id.

    An article is keyed by its "id"; error lines and lines without "quotes" are skipped.
    """
    found: dict[str, list[Attribution]] = {}
    for _, obj in _json_lines(Path(path)):
        if "id" in obj and isinstance(obj.get("quotes"), list):
            found[str(obj["id"])] = [attribution_from_json(q) for q in obj["quotes"]]
    return found
