"""Direct-quote attribution on invented sentences: short quotes a cue utters against labels and
titles, and whose words a quote is (the cue's subject, its agent, an outer source, the sentence around it)."""
from __future__ import annotations

from onrecord.pipeline import extract

from fixtures.one_paragraph import statements


def test_attribute_short_quote_right_after_its_verb_is_uttered(extractor) -> None:
    [st] = statements(extractor, 'When the mayor left the stage, a fisherman in the crowd yelled "Stay home!"')
    assert st.text.strip('"') == "Stay home!"
    assert st.speaker.mention.text == "a fisherman in the crowd"


def test_attribute_chant_right_after_its_verb_before_a_clause_with_a_cue_of_its_own(extractor) -> None:
    """'a crowd chanted "Vote no!" each time the congressman mentioned the plan': the verb the quote follows utters
    it; the cue after it, in a new clause, is the congressman's and says nothing of the quote."""
    found = statements(extractor, 'In the gym, a crowd of about 400 chanted "Vote no!" each time the congressman '
                                  'mentioned the budget plan.')
    [chant] = [st for st in found if "Vote no" in st.text]
    assert (chant.cue.text, chant.speaker.mention.text) == ("chanted", "a crowd of about 400")


def test_attribute_short_quote_after_a_naming_verb_is_a_label(extractor) -> None:
    assert statements(extractor, 'The plan would pay for what the mayor called "real repairs."') == []


def test_attribute_next_sentence_that_reports_more_is_not_the_quotes_cue(extractor) -> None:
    found = statements(extractor, 'Ruiz told the council on Monday that "the bridge will open in May." '
                                  'He added that the tunnel would wait.')
    [quoted] = [st for st in found if "bridge will open" in st.text]
    assert quoted.cue.text == "told"
    assert quoted.speaker.mention.text == "Ruiz"


def test_attribute_quote_without_cue_is_spoken_by_the_subject_of_the_sentence_before(extractor) -> None:
    record = extract("Bridge news\n\nMayor Elena Ruiz walked across the new bridge on Monday.\n\n"
                     '"It will change how this town works every single day."\n', extractor=extractor)
    [quoted] = [st for st in record.statements if "change how this town" in st.text]
    assert quoted.speaker.mention.text == "Mayor Elena Ruiz"


def test_attribute_quote_without_cue_in_a_paragraph_is_spoken_by_the_subject_before_it(extractor) -> None:
    found = statements(extractor, 'The mayor has no doubts. "The bridge will open in May, whatever happens."')
    [quoted] = [st for st in found if "bridge will open" in st.text]
    assert quoted.speaker.mention.text == "The mayor"


def test_attribute_short_quote_a_cue_introduces_after_a_comma_is_uttered(extractor) -> None:
    [st] = statements(extractor, 'Ruiz said of the contractors, "They failed us."')
    assert st.text.strip('"') == "They failed us."
    assert st.speaker.mention.text == "Ruiz"


def test_attribute_cue_after_the_quote_has_its_subject_before_the_quote(extractor) -> None:
    found = statements(extractor, 'Ruiz thanked the crowd on Monday, calling it "the best town in the whole state," '
                                  'and said the work would go on.')
    [quoted] = [st for st in found if "best town" in st.text]
    assert quoted.speaker.mention.text == "Ruiz"


def test_attribute_participle_in_the_gap_of_a_quote_speaks_with_the_subject_before_it(extractor) -> None:
    found = statements(extractor, 'Ruiz told the council on Monday that the new bridge was "a fair deal for everyone '
                                  'in this town," adding, "We will not ask for more money."')
    [quoted] = [st for st in found if "ask for more money" in st.text]
    assert quoted.speaker.mention.text == "Ruiz"


def test_attribute_cue_in_a_clause_that_frames_the_quote_is_not_its_cue(extractor) -> None:
    found = statements(extractor, 'After the mayor criticized the plan on Monday, Ruiz shot back, '
                                  '"We will build it anyway, with or without the council."')
    [quoted] = [st for st in found if "build it anyway" in st.text]
    assert quoted.speaker.mention.text == "Ruiz"


def test_attribute_name_set_off_by_a_dash_before_the_colon_is_the_speaker(extractor) -> None:
    [st] = statements(extractor, 'The bridge budget shrank again - Jane Porter: '
                                 '"The estimate held because the steel was bought early."')
    assert st.speaker.mention.text == "Jane Porter"


def test_attribute_passive_cue_speaks_with_its_agent(extractor) -> None:
    [st] = statements(extractor, 'At the briefing, Ruiz was asked by a local reporter, "Will the bridge really open in May?"')
    assert st.speaker.mention.text == "a local reporter"


def test_attribute_according_to_before_the_cue_names_the_outer_source(extractor) -> None:
    found = statements(extractor, 'According to the town website, Ruiz told the workers "go home early today, you earned it."')
    [quoted] = [st for st in found if "you earned it" in st.text]
    assert quoted.speaker.mention.text == "the town website"


def test_attribute_previous_paragraph_ending_on_a_name_and_colon_introduces_the_quote(extractor) -> None:
    record = extract("Bridge news\n\nThe council met on Monday. From the mayor’s statement:\n\n"
                     '"The bridge will open in May, as we planned from the start."\n', extractor=extractor)
    [quoted] = [st for st in record.statements if "open in May" in st.text]
    assert quoted.speaker.mention.text == "the mayor’s statement"


def test_attribute_quoted_title_followed_by_its_author_is_no_statement(extractor) -> None:
    assert statements(extractor, 'MOVING SHOP—"Art gallery opening across from the harbour museum," '
                                 'by Gazette reporter Jane Porter. Read it online.') == []


def test_attribute_cue_clause_runs_on_to_a_quote_the_parse_hangs_elsewhere(extractor) -> None:
    found = statements(extractor, 'Ruiz said she intends to win every vote possible, so she will have enough support '
                                  'at the council in July to put together "the strongest bridge plan this town has '
                                  'ever seen."')
    [quoted] = [st for st in found if "strongest bridge plan" in st.text]
    assert quoted.kind == "mixed"
    assert quoted.text.startswith("she intends to win every vote possible")


def test_attribute_quote_without_cue_inside_a_sentence_is_spoken_by_its_subject(extractor) -> None:
    [st] = statements(extractor, 'Mayor Ruiz was in a fighting mood on Monday, and the bridge '
                                 '"will open in May whatever the council does."')
    assert st.speaker.mention.text == "Mayor Ruiz"
