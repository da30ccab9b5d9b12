"""store/identity.py: one speaker row per person across articles, descriptions kept apart."""
from __future__ import annotations

import pytest

from onrecord.store.identity import clean_name, fold, name_tokens

from fixtures.store.records import article, quote, store_with

FULL = 'President Ilham Aliyev said: "The talks will go on." He left at noon.'
SURNAME = 'Aliyev told reporters: "We expect an answer by Friday." The meeting ended.'
TITLED = 'President Aliyev said "Our position has not changed." Others disagreed.'


def full_name_article():
    return article("a-full", FULL, outlet="Capital Post", published="2020-10-20",
                   statements=[quote(FULL, "The talks will go on.", "Ilham Aliyev",
                                     "President Ilham Aliyev", role="President of Azerbaijan")])


def surname_article():
    return article("a-surname", SURNAME, outlet="Morning Wire", published="2020-10-21",
                   statements=[quote(SURNAME, "We expect an answer by Friday.", "Aliyev", "Aliyev")])


def titled_article():
    return article("a-titled", TITLED, outlet="Evening Star", published="2020-10-22",
                   statements=[quote(TITLED, "Our position has not changed.", "Aliyev", "President Aliyev")])


def speakers(store):
    return [tuple(r) for r in store.connection.execute("SELECT name, n_statements FROM speakers ORDER BY id")]


def aliases(store):
    return {r[0] for r in store.connection.execute("SELECT alias FROM speaker_aliases")}


@pytest.mark.parametrize("order", [(0, 1, 2), (1, 2, 0), (2, 1, 0)])
def test_full_name_surname_and_title_become_one_speaker_in_any_order(tmp_path, order):
    records = [full_name_article(), surname_article(), titled_article()]
    store = store_with(tmp_path / "s.db", [records[i] for i in order])
    assert speakers(store) == [("Ilham Aliyev", 3)]
    assert {"Ilham Aliyev", "Aliyev", "President Aliyev", "President Ilham Aliyev"} <= aliases(store)
    assert store.connection.execute("SELECT DISTINCT speaker_name FROM statements").fetchall()[0][0] == "Ilham Aliyev"
    assert store.connection.execute("SELECT roles FROM speakers").fetchone()[0] == '["President of Azerbaijan"]'


def test_a_surname_shared_by_two_people_is_not_guessed(tmp_path):
    other = 'Heydar Aliyev said "The pipeline is finished." Crowds cheered.'
    records = [full_name_article(),
               article("a-other", other, outlet="Old Times", statements=[
                   quote(other, "The pipeline is finished.", "Heydar Aliyev", "Heydar Aliyev")]),
               surname_article()]
    store = store_with(tmp_path / "s.db", records)
    names = [n for n, _ in speakers(store)]
    assert names == ["Ilham Aliyev", "Heydar Aliyev", "Aliyev"]


def test_a_surname_prefers_the_full_name_of_its_own_article(tmp_path):
    text = ('Heydar Aliyev opened the plant. Aliyev said "The pipeline is finished." '
            'Ilham Aliyev was not there.')
    ilham = full_name_article()
    heydar = article("a-heydar", text, statements=[
        quote(text, "The pipeline is finished.", "Aliyev", "Aliyev")], people=("Heydar Aliyev",))
    store = store_with(tmp_path / "s.db", [ilham, heydar])
    assert speakers(store) == [("Ilham Aliyev", 1), ("Heydar Aliyev", 1)]


def test_anonymous_speakers_of_different_articles_stay_apart(tmp_path):
    one = 'A senior official said "The bridge is unsafe." Work stopped.'
    two = 'A senior official said "Tariffs will rise." Markets fell.'
    store = store_with(tmp_path / "s.db", [
        article("x1", one, statements=[quote(one, "The bridge is unsafe.", None, "A senior official", type="anonymous")]),
        article("x2", two, statements=[quote(two, "Tariffs will rise.", None, "A senior official", type="anonymous")])])
    rows = store.connection.execute("SELECT type, n_statements FROM speakers").fetchall()
    assert [tuple(r) for r in rows] == [("anonymous", 1), ("anonymous", 1)]


def test_a_bare_title_is_a_description_not_a_person(tmp_path):
    one = 'The President said "The border stays closed." Nobody objected.'
    two = 'The President said "Taxes will fall." Markets rose.'
    store = store_with(tmp_path / "s.db", [
        article("t1", one, statements=[quote(one, "The border stays closed.", "The President", "The President")]),
        article("t2", two, statements=[quote(two, "Taxes will fall.", "The President", "The President")])])
    rows = store.connection.execute("SELECT name, n_statements FROM speakers").fetchall()
    assert [tuple(r) for r in rows] == [("The President", 1), ("The President", 1)]  # one per article


def test_an_organisation_keeps_words_that_would_be_titles(tmp_path):
    text = 'General Motors said "The plant stays open." Workers cheered.'
    store = store_with(tmp_path / "s.db", [article("gm", text, statements=[
        quote(text, "The plant stays open.", "General Motors", "General Motors", type="organization")])])
    assert store.connection.execute("SELECT name, norm FROM speakers").fetchall() == [
        ("General Motors", "general motors")]


def test_an_unresolved_pronoun_names_nobody(tmp_path):
    text = 'He said "The vote is rigged." Nobody knew who.'
    store = store_with(tmp_path / "s.db", [
        article("p", text, statements=[quote(text, "The vote is rigged.", None, "He", type="unknown")])])
    assert speakers(store) == []
    row = store.connection.execute("SELECT speaker_id, speaker_type FROM statements").fetchone()
    assert tuple(row) == (None, "unknown")
    assert store.connection.execute("SELECT mention_text FROM occurrences").fetchone()[0] == "He"


@pytest.mark.parametrize("written, cleaned", [
    ("President Ilham Aliyev", "Ilham Aliyev"),
    ("Secretary of State Mara Holt's", "Mara Holt"),
    ("“Dr. Omar Bakri,”", "Omar Bakri"),
    ("the Kremlin", "Kremlin"),
    ("President", "President"),
])
def test_clean_name_drops_titles_and_punctuation(written, cleaned):
    assert clean_name(written) == cleaned


def test_name_keys_ignore_case_accents_and_suffixes():
    assert fold("José  Ramos-Horta") == "jose ramos horta"
    assert name_tokens("Martin King Jr.") == name_tokens("martin king") == ["martin", "king"]
    assert fold("O’Brien") == fold("O'Brien") == "obrien"


def test_a_body_named_both_ways_is_one_speaker(tmp_path):
    one = 'The Department of Justice said "The review is over." Nothing more.'
    two = 'The Justice Department said "We will appeal." Lawyers agreed.'
    three = 'The Ministry of Defence said "The base stays open." Staff cheered.'
    store = store_with(tmp_path / "s.db", [
        article("b1", one, statements=[quote(one, "The review is over.", "Department of Justice",
                                             "The Department of Justice", type="organization")]),
        article("b2", two, statements=[quote(two, "We will appeal.", "Justice Department",
                                             "The Justice Department", type="organization")]),
        article("b3", three, statements=[quote(three, "The base stays open.", "Ministry of Defence",
                                               "The Ministry of Defence", type="organization")])])
    rows = store.connection.execute("SELECT name, norm, n_statements FROM speakers ORDER BY id").fetchall()
    assert [tuple(r) for r in rows] == [("Department of Justice", "justice department", 2),
                                        ("Ministry of Defence", "defence ministry", 1)]


def _person_article(key: str, name: str) -> object:
    content = f"The dam will hold until {key}."  # statements of their own, not reprints
    text = f'{name} said "{content}" Engineers agreed.'
    return article(key, text, statements=[quote(text, content, name, name)])


def test_a_name_with_and_without_middle_initials_is_one_person(tmp_path):
    store = store_with(tmp_path / "s.db", [_person_article("i1", "Donald J. Varga"),
                                           _person_article("i2", "Donald Varga"),
                                           _person_article("i3", "Joseph R. Lind Jr."),
                                           _person_article("i4", "Joseph Lind")])
    assert speakers(store) == [("Donald J. Varga", 2), ("Joseph R. Lind Jr.", 2)]


def test_names_with_other_initials_stay_apart_whatever_the_order(tmp_path):
    store = store_with(tmp_path / "s.db", [_person_article("o1", "George Ruiz"),
                                           _person_article("o2", "George W. Ruiz"),
                                           _person_article("o3", "George H. W. Ruiz")])
    assert speakers(store) == [("George Ruiz", 2), ("George H. W. Ruiz", 1)]


def test_a_mention_the_statement_stage_could_not_name_is_no_identity(tmp_path):
    one = 'A Lind adviser said "The plan is dead." Nobody replied.'
    two = 'A Lind adviser said "We will win in May." Crowds cheered.'
    store = store_with(tmp_path / "s.db", [
        article("d1", one, statements=[quote(one, "The plan is dead.", None, "A Lind adviser")]),
        article("d2", two, statements=[quote(two, "We will win in May.", None, "A Lind adviser")])])
    assert [n for n, _ in speakers(store)] == ["A Lind adviser", "A Lind adviser"]


def test_names_with_other_initials_stay_apart_and_a_bare_name_is_not_guessed(tmp_path):
    store = store_with(tmp_path / "s.db", [_person_article("b1", "George W. Ruiz"),
                                           _person_article("b2", "George H. W. Ruiz"),
                                           _person_article("b3", "George Ruiz")])
    assert speakers(store) == [("George W. Ruiz", 1), ("George H. W. Ruiz", 1), ("George Ruiz", 1)]


def test_the_store_knows_the_name_particles_the_speaker_stage_knows():
    # the store keeps its own copy (it imports no stage): the two must not drift apart
    from onrecord.speakers.types import NAME_PARTICLES
    from onrecord.store.identity import PARTICLES
    assert PARTICLES == NAME_PARTICLES
