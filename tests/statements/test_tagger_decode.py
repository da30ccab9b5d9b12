"""The tagger's constrained decoder and span reading, on hand-made scores (no model needed)."""
from __future__ import annotations

import numpy as np
import pytest

from onrecord.statements.tagger import B, I, O, tag_spans, viterbi


@pytest.mark.parametrize("seed", range(20))
def test_viterbi_never_emits_inside_without_begin(seed):
    rng = np.random.default_rng(seed)
    # scores that favour I everywhere: the decoder must still open every run with B
    scores = np.log(rng.dirichlet([1.0, 0.3, 3.0], size=40))
    tags = viterbi(scores)
    assert tags[0] != I
    for previous, current in zip(tags[:-1], tags[1:]):
        assert not (previous == O and current == I)


def test_viterbi_follows_clear_scores():
    likely = {O: [0.9, 0.05, 0.05], B: [0.05, 0.9, 0.05], I: [0.05, 0.05, 0.9]}
    wanted = [O, B, I, I, O, B, O]
    scores = np.log(np.array([likely[t] for t in wanted]))
    assert viterbi(scores).tolist() == wanted


def test_viterbi_repairs_an_inside_after_outside():
    # the model says I right after O; the best allowed path turns it into B or O
    scores = np.log(np.array([[0.9, 0.05, 0.05], [0.3, 0.2, 0.5], [0.2, 0.1, 0.7]]))
    tags = viterbi(scores).tolist()
    assert tags in ([O, B, I], [O, O, O])
    assert tags == [O, B, I]


def test_viterbi_of_nothing_is_empty():
    assert viterbi(np.zeros((0, 3))).shape == (0,)


def test_tag_spans_reads_runs_and_adjacent_begins():
    assert tag_spans([O, B, I, B, O, B]) == [(1, 3), (3, 4), (5, 6)]
    assert tag_spans([]) == []


@pytest.mark.parametrize("seed", range(5))
def test_viterbi_finds_the_best_allowed_sequence(seed):
    from itertools import product

    from onrecord.statements.tagger import ALLOWED

    scores = np.log(np.random.default_rng(seed).dirichlet([1.0, 1.0, 1.0], size=6))
    allowed = [seq for seq in product((O, B, I), repeat=6)
               if seq[0] != I and all(ALLOWED[a, b] for a, b in zip(seq, seq[1:]))]
    best = max(allowed, key=lambda seq: sum(scores[t, tag] for t, tag in enumerate(seq)))
    assert tuple(viterbi(scores).tolist()) == best


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("alpha", [(1.0, 1.0, 1.0), (4.0, 0.5, 2.0), (0.5, 0.5, 4.0)])
def test_viterbi_shortcut_finds_the_best_allowed_sequence(seed, alpha):
    # the argmax shortcut and the split into stretches must give the exhaustive optimum,
    # also where the model favours I after O (the stretches the shortcut must repair)
    from itertools import product

    from onrecord.statements.tagger import ALLOWED

    scores = np.log(np.random.default_rng(seed).dirichlet(alpha, size=8))
    allowed = [seq for seq in product((O, B, I), repeat=8)
               if seq[0] != I and all(ALLOWED[a, b] for a, b in zip(seq, seq[1:]))]
    best = max(allowed, key=lambda seq: sum(scores[t, tag] for t, tag in enumerate(seq)))
    assert tuple(viterbi(scores).tolist()) == best


@pytest.mark.parametrize("seed", range(10))
def test_viterbi_shortcut_equals_the_full_dynamic_programme_on_long_documents(seed):
    from onrecord.statements.tagger import _viterbi_stretch

    rng = np.random.default_rng(seed)
    # mostly O, with runs where I and B compete, as in a decoded article
    scores = np.log(rng.dirichlet((6.0, 0.4, 0.8), size=900))
    assert viterbi(scores).tolist() == _viterbi_stretch(scores).tolist()
