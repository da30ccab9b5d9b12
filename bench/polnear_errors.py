"""Error analysis of reported statements on PolNeAR, by category.

Runs extraction over a PolNeAR split, scores it with the project's scorer
(``onrecord.evaluate``: content P/R/F1 at overlap 0.3 and 0.8 of both lengths and exact,
one-to-one; the same for contents without quotation marks; speaker accuracy over matched
pairs; end-to-end attribution F1; act accuracy), and prints the errors by category:
missed contents by kind of cue (reporting verb in the lexicon or not, noun, punctuation,
"according to"), wrong boundaries, false positives by rule, attributed beliefs against
speech, anonymous sources. Build and tune on train; measure on dev.

    .venv/bin/python bench/polnear_errors.py --split dev
    .venv/bin/python bench/polnear_errors.py --split train --limit 200 --show 20 --only indirect
    .venv/bin/python bench/polnear_errors.py --split train --stage reported --cache /tmp/polnear

``--stage all`` (the default) scores the whole statement stage (StatementExtractor);
``--stage reported`` scores ``find_reported`` alone, given the direct quotes of the
statement stage when it has a quote finder. ``--cache DIR`` keeps the parsed texts
(spaCy DocBin) between runs, to iterate on the rules without parsing again; a cached Doc
carries no token vectors, so the trained tagger does not run on it and the figures are the
rules' alone (the first line of the report says which).
The texts are printed to the terminal only (``--show``), never written anywhere.
"""
from __future__ import annotations

import argparse
import collections
import hashlib
import platform
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "datasets" / "polnear"
ANONYMOUS_WORDS = frozenset({
    "source", "sources", "official", "officials", "aide", "aides", "people", "person",
    "someone", "adviser", "advisers", "advisor", "advisors", "insider", "insiders", "expert",
    "experts", "critics", "observers", "analysts", "supporters", "some", "many", "others",
})


def load_split(split: str, limit: int | None, seed: int) -> list:
    """The gold articles of a split (``evaluate.gold.read_brat``), or a random sample of them."""
    from onrecord.evaluate.gold import read_brat

    articles = read_brat(POLNEAR / split)
    if limit:
        articles = sorted(random.Random(seed).sample(articles, min(limit, len(articles))),
                          key=lambda a: a.id)
    return articles


# --- extraction ---------------------------------------------------------------------------------

def parse(texts: list[str], nlp, cache: Path | None, key: str) -> list:
    """The parsed texts, from the cache when it holds this exact list of texts parsed by this
    pipeline. A cached Doc has no ``doc.tensor`` (DocBin does not keep it), so the trained
    tagger does not run on it: see ``tagger_status``."""
    from spacy.tokens import DocBin

    # the pipeline is part of the key (the model, its components and the source of onrecord's own
    # components and tokenizer rules): a parse cached before one of them changed is stale
    import inspect

    import onrecord.nlp
    import onrecord.spacy_arrays
    import onrecord.title_case

    own = hashlib.sha1("".join(inspect.getsource(module) for module in (
        onrecord.nlp, onrecord.spacy_arrays, onrecord.title_case)).encode())
    pipeline = f"{nlp.meta.get('name')}-{nlp.meta.get('version')}:{','.join(nlp.pipe_names)}:{own.hexdigest()}"
    digest = hashlib.sha1("\0".join([pipeline, *texts]).encode("utf-8")).hexdigest()[:12]
    path = cache / f"{key}-{digest}.spacy" if cache else None
    if path and path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=32))
    if path:
        cache.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin()
        for doc in docs:
            bin_.add(doc)
        bin_.to_disk(path)
        # what a later run reads back, so that the first run scores the same (no tensors)
        docs = list(bin_.get_docs(nlp.vocab))
    return docs


def tagger_status(extractor, docs: list) -> str:
    """Whether the trained tagger runs on these Docs, for the report's first line."""
    if not extractor.settings.tagger:
        return "tagger off (setting)"
    if any(doc.tensor is None or len(doc.tensor) != len(doc) for doc in docs if len(doc)):
        return "tagger off (cached parses carry no token vectors: the rules' figures alone)"
    return "tagger on (trained on train: train figures with it are optimistic)"


def predict(stage: str, extractor, article, doc) -> list:
    """Attributions (``evaluate.gold.Attribution``) with the rule that made each, as (a, method)."""
    from onrecord.evaluate.gold import Attribution, attribution_from_json

    if stage == "all":
        statements, _ = extractor.statements.extract(article, doc)
        return [(attribution_from_json(s.to_json()), s.method) for s in statements]
    from onrecord.statements.reported import find_reported

    found = find_reported(doc, article, direct_quotes(article, doc))
    return [(Attribution(tuple(c.spans), (c.source,) if c.source else (), (c.cue,) if c.cue else (),
                         c.act), c.method) for c in found]


def direct_quotes(article, doc) -> list:
    """The attributed direct quotes of the statement stage (empty when it cannot give them)."""
    try:
        from onrecord.statements.attribute import QuoteAttributor
        from onrecord.statements.quotes import paragraph_spans, scan_quotes

        paragraphs = paragraph_spans(doc.text, article.paragraphs)
        return QuoteAttributor(doc, paragraphs).attribute(scan_quotes(doc.text, paragraphs))
    except Exception as exc:  # noqa: BLE001 - the analysis goes on without them
        print(f"direct quotes unavailable: {type(exc).__name__}: {exc}", file=sys.stderr)
        return []


# --- categories ---------------------------------------------------------------------------------

def cue_category(doc, cue: tuple) -> str:
    """What kind of cue a gold attribution has: lexicon verb, other verb, noun, punctuation..."""
    from onrecord.statements.cues import noun_cues, verb_cues

    if not cue:
        return "no cue"
    span = doc.char_span(cue[0][0], cue[-1][1], alignment_mode="expand")
    if span is None or not len(span):
        return "cue off tokens"
    words = " ".join(t.lower_ for t in span)
    if "according" in words:
        return "according to"
    if all(t.is_punct for t in span):
        return "punctuation"
    lemma = cue_lemma(doc, cue)
    if any(t.pos_ in ("VERB", "AUX") and t.lemma_ != "be" for t in span):
        return "verb in lexicon" if lemma in verb_cues() else "verb not in lexicon"
    if any(t.pos_ in ("NOUN", "PROPN") for t in span):
        return "noun in lexicon" if lemma in noun_cues() else "noun not in lexicon"
    return "other cue"


def cue_lemma(doc, cue: tuple) -> str:
    """The head word of a cue: its last verb, else its last noun, else its last word."""
    if not cue:
        return "-"
    span = doc.char_span(cue[0][0], cue[-1][1], alignment_mode="expand")
    tokens = list(span or [])
    for pos in (("VERB",), ("NOUN", "PROPN"), ("ADP", "PUNCT")):
        heads = [t for t in tokens if t.pos_ in pos and t.lemma_ != "be"]
        if heads:
            return heads[-1].lemma_.lower()
    return span.text.lower() if span else "-"


def is_anonymous(text: str, speaker: tuple) -> bool:
    words = set(re.findall(r"[a-z]+", " ".join(text[s:e] for s, e in speaker).lower()))
    return bool(words & ANONYMOUS_WORDS)


def categorize(errors: collections.Counter, examples: dict, article, doc, predicted: list,
               only: str, show: int, missed_lemmas: collections.Counter) -> None:
    """Count one article's errors by category, with a few examples for the terminal."""
    from onrecord.evaluate.match import is_quoted, merge, one_to_one, overlap, overlap_ratio

    text = article.text
    golds = [g for g in article.quotes if _kept(is_quoted(text, g.content), only)]
    preds = [(a, m) for a, m in predicted if _kept(is_quoted(text, a.content), only)]

    def matcher(threshold: float):
        def ratio(p, g):
            r = overlap_ratio(merge(p[0].content), merge(g.content))
            return r if r > 0 and r + 1e-9 >= threshold else None
        return ratio

    loose = {gi: pi for pi, gi in one_to_one(preds, golds, matcher(0.3))}
    strict = {gi for _, gi in one_to_one(preds, golds, matcher(0.8))}
    for gi, gold in enumerate(golds):
        quoted = "quoted" if is_quoted(text, gold.content) else "indirect"
        if gi in loose:
            pred, method = preds[loose[gi]]
            if gold.speaker and not (pred.speaker and overlap(merge(pred.speaker), merge(gold.speaker))):
                anonymous = " (anonymous gold source)" if is_anonymous(text, gold.speaker) else ""
                _count(errors, examples, f"speaker wrong{anonymous}", text, gold.speaker, pred.speaker, show)
            if gold.act and pred.act and gold.act != pred.act:
                _count(errors, examples, f"act {gold.act} predicted {pred.act}", text, gold.cue, pred.cue, show)
            if gi not in strict:
                _count(errors, examples, f"wrong boundaries {quoted} ({method})", text, gold.content,
                       pred.content, show)
            continue
        category = cue_category(doc, gold.cue)
        _count(errors, examples, f"missed {quoted}: {category}", text, gold.content, gold.cue, show)
        if gold.speaker and is_anonymous(text, gold.speaker):
            errors["missed, anonymous source"] += 1
        if quoted == "indirect":
            missed_lemmas[cue_lemma(doc, gold.cue)] += 1
    matched = set(loose.values())
    for pi, (pred, method) in enumerate(preds):
        if pi not in matched:
            _count(errors, examples, f"false positive: {method}", text, pred.content, pred.cue, show)
        else:
            errors[f"(matched: {method})"] += 1


def _kept(quoted: bool, only: str) -> bool:
    return only == "all" or quoted == (only == "quoted")


def _count(errors: collections.Counter, examples: dict, category: str, text: str, first: tuple,
           second: tuple, show: int) -> None:
    """Count an error; keep a few examples per category for the terminal (never written)."""
    errors[category] += 1
    if len(examples[category]) < show:
        a = " | ".join(text[s:e] for s, e in first).replace("\n", " ")
        b = " | ".join(text[s:e] for s, e in second).replace("\n", " ")
        examples[category].append(f"[{a[:160]}]  <->  [{b[:120]}]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("train", "dev"))
    parser.add_argument("--limit", type=int, default=None, help="a random sample of N articles")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--stage", default="all", choices=("all", "reported"))
    parser.add_argument("--only", default="all", choices=("all", "quoted", "indirect"),
                        help="error categories of gold and predictions with (quoted) or without "
                             "(indirect) quotation marks only")
    parser.add_argument("--show", type=int, default=0, help="examples to print per error category")
    parser.add_argument("--cache", type=Path, default=None, help="folder to keep parsed texts in")
    args = parser.parse_args(argv)

    from onrecord.evaluate.gold import Attribution
    from onrecord.evaluate.score import Scores, score_article
    from onrecord.pipeline import Extractor
    from onrecord.records import Article

    articles = load_split(args.split, args.limit, args.seed)
    extractor = Extractor()
    started = time.perf_counter()
    docs = parse([a.text for a in articles], extractor.nlp, args.cache, args.split)
    parsed = time.perf_counter()
    scores = Scores()
    errors: collections.Counter = collections.Counter()
    examples: dict = collections.defaultdict(list)
    missed_lemmas: collections.Counter = collections.Counter()
    for gold, doc in zip(articles, docs):
        article = Article(id=gold.id, source=gold.source, key=gold.id, text=gold.text)
        predicted = predict(args.stage, extractor, article, doc)
        score_article(scores, gold, [a for a, _ in predicted])
        categorize(errors, examples, gold, doc, predicted, args.only, args.show, missed_lemmas)
    done = time.perf_counter()

    print(f"PolNeAR {args.split}: {len(articles)} articles, stage={args.stage}, "
          f"{tagger_status(extractor, docs)}; "
          f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.machine()} "
          f"{platform.node()}; parse {parsed - started:.1f}s, rules {done - parsed:.2f}s")
    print(f"gold {scores.gold}  predicted {scores.predicted}")
    for name, group in (("all", scores.content), ("quoted", scores.quoted), ("unquoted", scores.unquoted)):
        print(f"content {name:8s} " + "  ".join(
            f"@{t}: P {group[t].precision:.3f} R {group[t].recall:.3f} F1 {group[t].f1:.3f}"
            for t in ("0.3", "0.8", "exact")))
    print(f"speaker accuracy over matched pairs: {scores.speaker.value:.3f}  "
          f"end-to-end F1: {scores.attribution.f1:.3f}  cue F1: {scores.cue.f1:.3f}  "
          f"act accuracy: {scores.act.value:.3f} {dict(scores.act_confusion)}")
    print(f"\nerrors by category, and pairs matched by each rule (only={args.only}):")
    for category, count in errors.most_common():
        print(f"  {count:6d}  {category}")
    print("\nmost missed indirect cue lemmas:",
          ", ".join(f"{lemma} {n}" for lemma, n in missed_lemmas.most_common(40)))
    for category, shown in sorted(examples.items()):
        print(f"\n== {category}")
        for example in shown:
            print("   ", example)
    return 0


if __name__ == "__main__":
    sys.exit(main())
