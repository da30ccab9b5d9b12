"""A finder that raises costs only its own statements, and says so in the log (the conftest fails any other test
during which that happens). Invented."""
from __future__ import annotations

import logging

import pytest

import onrecord.statements.reported as reported
from onrecord.pipeline import extract

TEXT = ("Harbour\n\n\"We will not move,\" said Ada Lind, the harbour master.\n\nThe council said it would appeal the "
        "ruling.\n")


@pytest.mark.guarded_failure
def test_a_reported_finder_that_raises_leaves_the_quotes_and_logs_why(extractor, monkeypatch, caplog) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("a rule's bug")

    monkeypatch.setattr(reported, "find_reported", broken)
    with caplog.at_level(logging.WARNING, logger="onrecord"):
        statements = extract(TEXT, extractor=extractor).statements
    assert "We will not move" in [s.text for s in statements]
    assert any("reported statements failed" in r.getMessage() and "a rule's bug" in r.getMessage()
               for r in caplog.records)
