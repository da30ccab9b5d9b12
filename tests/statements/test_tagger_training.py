"""scripts/train_tagger.py end to end on an invented mini-corpus in brat format."""
from __future__ import annotations

import functools
import importlib.util
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from onrecord.statements.tagger import AttributionTagger, TaggerWeights

ROOT = Path(__file__).resolve().parents[2]

NAMES = ["Mara Velden", "Tomas Okri", "The ministry", "Ines Corvo", "A spokeswoman", "Paul Dresner"]
CLAUSES = ["the bridge will reopen in May", "the budget is far too small", "the vote was fair",
           "talks would resume next week", "the plant must close", "nobody had been warned"]
FILLER = ["The river rose again on Tuesday.", "Trains ran late across the region.",
          "Shops stayed open until noon."]


@functools.cache
def _train_script():
    spec = importlib.util.spec_from_file_location("train_tagger", ROOT / "scripts" / "train_tagger.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def _article(k: int) -> tuple[str, list[str]]:
    """An invented article and its brat lines: reported, quoted and 'according to' attributions."""
    text, lines, t = "", [], 0

    def add(piece: str, parts: dict[str, str] | None = None) -> None:
        nonlocal text, t
        base = len(text) + (1 if text else 0)
        text = text + (" " if text else "") + piece
        if parts:
            ids = {}
            for label, words in parts.items():
                start = base + piece.index(words)
                t += 1
                ids[label] = f"T{t}"
                lines.append(f"T{t}\t{label} {start} {start + len(words)}\t{words}")
            roles = " ".join(f"{label}:{ids[label]}" for label in ("Cue", "Source", "Content") if label in ids)
            lines.append(f"E{t}\tAttribution:{ids['Cue']} {roles}")

    for j in range(4):
        name, clause = NAMES[(k + j) % len(NAMES)], CLAUSES[(k * 2 + j) % len(CLAUSES)]
        if j % 3 == 0:
            add(f"{name} said that {clause}.", {"Source": name, "Cue": "said", "Content": f"that {clause}"})
        elif j % 3 == 1:
            add(f"“{clause.capitalize()},” {name} told reporters.",
                {"Source": name, "Cue": "told", "Content": f"“{clause.capitalize()},”"})
        else:
            add(f"According to {name}, {clause}.", {"Source": name, "Cue": "According to", "Content": clause})
        add(FILLER[(k + j) % len(FILLER)])
    return text, lines


def _write_corpus(folder: Path, articles: int) -> None:
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    for k in range(articles):
        text, lines = _article(k)
        (folder / "text" / f"invented-{k:02d}.txt").write_text(text, encoding="utf-8")
        (folder / "attributions" / f"invented-{k:02d}_aaaa.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
        # a second annotator's file sorts after the first and must be ignored
        (folder / "attributions" / f"invented-{k:02d}_zzzz.ann").write_text("", encoding="utf-8")


def test_training_reads_the_first_annotation_file_of_each_article(tmp_path):
    _write_corpus(tmp_path, 2)
    articles = _train_script().read_collection(tmp_path)
    text, _ = _article(0)
    assert [a.name for a in articles] == ["invented-00", "invented-01"]
    first = articles[0]
    assert first.text == text
    assert [text[s:e] for s, e in first.spans["Cue"]] == ["said", "told", "According to", "said"]
    assert text[slice(*first.spans["Source"][0])] == NAMES[0]
    assert text[slice(*first.spans["Content"][0])].startswith("that ")


def test_training_runs_end_to_end_and_writes_loadable_small_weights(tmp_path, nlp, capsys):
    pytest.importorskip("torch", reason="training needs the 'train' extra (scripts/test.sh installs it)")
    corpus, out = tmp_path / "corpus", tmp_path / "model"
    _write_corpus(corpus, 8)
    script = _train_script()
    assert len(script.read_collection(corpus)) == 8
    code = script.main(["--train", str(corpus), "--dev", "none", "--out", str(out), "--epochs", "6",
                        "--hidden", "16", "--width", "8", "--min-count", "1", "--batch", "64", "--lr", "0.01",
                        "--heldout", "0.25"], nlp=nlp)
    printed = capsys.readouterr().out
    assert code == 0
    losses = [float(x) for x in re.findall(r"loss (\d+\.\d+)", printed)]
    assert len(losses) == 6 and losses[-1] < losses[0]  # it learns
    assert "Content tokens" in printed and "training:" in printed
    weights = TaggerWeights.load(out)
    assert weights.embed.shape == (len(weights.vocab), 16)
    assert weights.forward.w_in.shape == weights.backward.w_in.shape == (16, 4 * 8)
    assert weights.forward.w_rec.shape == (8, 4 * 8)
    assert weights.out.shape == (16 + 2 * 8, 9)  # token layer and both LSTM directions
    text, _ = _article(0)
    doc = nlp(text)
    scores = AttributionTagger(weights=weights).log_probs(doc)
    assert scores.shape == (len(doc), 3, 3)
    assert np.allclose(np.exp(scores).sum(axis=2), 1.0, atol=1e-4)


def test_training_without_annotations_says_so(tmp_path, nlp, capsys):
    (tmp_path / "text").mkdir()
    code = _train_script().main(["--train", str(tmp_path), "--dev", "none", "--out", str(tmp_path / "m")], nlp=nlp)
    assert code == 2
    assert "[E050]" in capsys.readouterr().err


def test_numpy_forward_pass_equals_the_trained_pytorch_network(nlp):
    """The package runs the exported weights with numpy: it must compute what PyTorch computed."""
    torch = pytest.importorskip("torch", reason="training needs the 'train' extra (scripts/test.sh installs it)")
    script = _train_script()
    torch.manual_seed(0)
    network = script._network(vocab_size=30, dense_dim=12, hidden=10, width=6, dropout=0.0).eval()
    rng = np.random.default_rng(0)
    n = 17
    dense = rng.standard_normal((n, 12)).astype(np.float32)
    ids = rng.integers(0, 30, size=(n, 4))
    bounds = [(0, 5), (5, 6), (6, 17)]  # segments of unequal length, one of a single token
    rows, index, lengths = script._gather(bounds)
    with torch.no_grad():
        logits = network(torch.from_numpy(dense), torch.from_numpy(ids), torch.from_numpy(index),
                         torch.from_numpy(lengths)).numpy()
    expected = logits - np.log(np.exp(logits).sum(axis=2, keepdims=True))
    weights = script._exported(network, np.zeros(12, dtype=np.float32), np.ones(12, dtype=np.float32),
                               {"w=<unk>": 0}, {}, {})
    got = weights.log_probs(dense, ids, bounds)
    assert got.shape == (n, 3, 3)
    assert np.allclose(got, expected, atol=1e-4)
    # each segment is read on its own: changing one segment leaves the others' scores alone
    dense[6:] += 1.0
    again = weights.log_probs(dense, ids, bounds)
    assert np.allclose(again[:6], got[:6], atol=1e-5)
    assert not np.allclose(again[6:], got[6:], atol=1e-3)
