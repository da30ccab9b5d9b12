"""The public API works as the package docstring and the README show it."""
from __future__ import annotations

import onrecord


def test_api_exports_what_all_names():
    for name in onrecord.__all__:
        assert hasattr(onrecord, name), name


def test_api_extract_as_documented(extractor):
    record = onrecord.extract('"We will rebuild," Mayor Ana Ruiz said on Monday.', extractor=extractor)
    [statement] = record.statements
    assert (statement.kind, statement.text) == ("direct", "We will rebuild")
    assert (statement.speaker.name, statement.speaker.role, statement.speaker.type) == ("Ana Ruiz", "Mayor", "person")
    assert statement.cue.text == "said"
    assert record.to_json()["quotes"][0]["spans"] == [[1, 16]]
