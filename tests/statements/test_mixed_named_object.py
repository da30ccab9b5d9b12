"""A quote with words of the writer's own before it in one content is a mixed statement.

Invented sentences. In 'calling him "a disgrace ..."' the object the speaker names belongs to
what was said: the content is 'him "a disgrace ..."', not the quoted words alone. Words set off
by a comma or colon ('That said, "..."') only lead in to a direct quote.
"""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract


@pytest.mark.parametrize("sentence, content", [
    ('Okafor spoke on Monday, calling him "a disgrace not only to the party but to the whole city."',
     'him "a disgrace not only to the party but to the whole city."'),
    ('Varga praised the budget, calling it "the best thing to happen to this town in twenty years."',
     'it "the best thing to happen to this town in twenty years."'),
])
def test_named_object_joins_the_quote(extractor, sentence: str, content: str) -> None:
    text = "Council news\n\n" + sentence + "\n"
    [st] = [s for s in extract(text, extractor=extractor).statements if '"' in s.text or "a disgrace" in s.text
            or "best thing" in s.text]
    assert (st.text, st.kind) == (content, "mixed")


def test_words_set_off_by_a_colon_stay_out_of_the_quote(extractor) -> None:
    text = ('Council news\n\nLind has changed his tune. For example: "We made a terrible mistake building the '
            'bridge in the first place," he told reporters.\n')
    quoted = [s for s in extract(text, extractor=extractor).statements if "mistake" in s.text]
    assert [(s.text, s.kind) for s in quoted] == [
        ("We made a terrible mistake building the bridge in the first place", "direct")]
