"""Boundaries of reported contents: the content finders on invented sentences."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from onrecord.pipeline import extract
from onrecord.records import Article
from onrecord.statements.reported import find_reported

from fixtures.one_paragraph import statements
from fixtures.reported_findings import contents_by_cue


@pytest.mark.parametrize("text, cue, content", [
    pytest.param("One of two inmates who escaped from the Harwick County Jail early Saturday was back in custody "
                 "Monday, but the other was still at large, Sheriff Dale Pruett said.", "said",
                 "One of two inmates who escaped from the Harwick County Jail early Saturday was back in custody "
                 "Monday, but the other was still at large",
                 id="two-clauses-joined-by-but-before-the-cue-are-one-content"),
    pytest.param("One of two inmates who escaped from the Harwick County Jail early Saturday was back in custody "
                 "Monday, but the other was still at large, Sheriff Dale Pruett said at a briefing outside the jail.",
                 "said", "One of two inmates who escaped from the Harwick County Jail early Saturday was back in "
                 "custody Monday, but the other was still at large",
                 id="two-clauses-joined-by-but-before-a-cue-conjoined-to-the-first-are-one-content"),
    pytest.param("The former harbour master and current independent candidate said she wanted to speak "
                 "\u201cdirectly to young voters\u201d and let them know that \u201cthis is not who we are.\u201d",
                 "said", "she wanted to speak \u201cdirectly to young voters\u201d and let them know that "
                 "\u201cthis is not who we are",
                 id="bare-verb-joined-to-a-past-cue-goes-on-with-the-infinitive-in-its-clause"),
    pytest.param("Varga said the goal was not to \u201cmake the harbour great again\u201d but to "
                 "\u201cmake the harbour whole again.\u201d", "said",
                 "the goal was not to \u201cmake the harbour great again\u201d but to "
                 "\u201cmake the harbour whole again",
                 id="to-infinitive-joined-to-a-past-cue-goes-on-with-the-infinitive-in-its-clause"),
    pytest.param("Okafor said the town needs to fix the harbour wall and hire more wardens, but that he would not "
                 "support a new tax.", "said", "the town needs to fix the harbour wall and hire more wardens, but that "
                 "he would not support a new tax",
                 id="second-that-clause-the-parser-joined-to-the-cue-goes-on-with-the-content"),
    pytest.param("The new toll was intended to keep heavy trucks off the bridge.", "intended",
                 "The new toll | to keep heavy trucks off the bridge",
                 id="passive-cue-keeps-its-subject-with-the-infinitive"),
    pytest.param("Raw oysters are considered unsafe by the health board.", "considered",
                 "Raw oysters | unsafe", id="passive-cue-keeps-its-subject-with-the-predicate"),
    pytest.param("In her new book, Varga paints the mayor as a careless spender.", "paints",
                 "the mayor as a careless spender", id="as-phrase-keeps-the-object-it-is-said-of"),
    pytest.param("Lind criticized the harbour plan and how the council had approved it.", "criticized",
                 "the harbour plan and how the council had approved it",
                 id="wh-clause-conjoined-to-the-object-is-a-second-object"),
    pytest.param("Okafor toured the bridge the council wants to open by the spring.", "wants",
                 "the bridge | to open by the spring",
                 id="relative-clause-without-pronoun-keeps-its-noun-also-before-a-phrase"),
    pytest.param("Ruiz called on the harbour board to publish its accounts.", "called",
                 "the harbour board to publish its accounts",
                 id="called-on-keeps-who-is-to-act-with-the-infinitive"),
    pytest.param("The senator has called for the former harbour master to release the minutes of the meetings.",
                 "called", "the former harbour master to release the minutes of the meetings",
                 id="called-for-keeps-who-is-to-act-with-the-infinitive-the-parser-hung-on-the-cue"),
    pytest.param("The mayor called for calm on Sunday to let the police work.", "called", "calm",
                 id="called-for-leaves-out-an-infinitive-of-purpose-after-a-phrase-of-time"),
    pytest.param("Lind appeared to criticize the harbour plan.", "criticize", "the harbour plan",
                 id="reporting-verb-with-an-object-under-a-verb-of-appearance-carries-the-statement"),
    pytest.param("Turnout in the valley fell by a third, according to the county clerk, despite the new "
                 "polling stations.", "according to", "Turnout in the valley fell by a third",
                 id="according-to-in-the-middle-ends-a-complete-clause"),
    pytest.param("The fishing board said the quota cut would cost the fleet about $5 million a year and put 40 jobs at "
                 "risk in Harwick.", "said",
                 "the quota cut would cost the fleet about $5 million a year and put 40 jobs at risk in Harwick",
                 id="a-past-form-that-is-also-the-bare-form-after-a-modal-goes-on-with-the-content"),
    pytest.param("The agency said in written evidence that it had also rung the council\u2019s night line twice but "
                 "neither call had been returned.", "said",
                 "that it had also rung the council\u2019s night line twice but neither call had been returned",
                 id="a-that-clause-hung-on-the-evidence-goes-on-with-the-contrast-hung-on-the-cue"),
    pytest.param("Asked when the situation would improve, Parekh-Rao said supply would be normal by Friday.", "Asked",
                 "when the situation would improve", id="asked-when-gives-the-question-not-a-time"),
    pytest.param("Lind asked the minister when the bridge would reopen.", "asked", "when the bridge would reopen",
                 id="asked-someone-when-gives-the-question-without-the-one-asked"),
    pytest.param("The minister said the figures were grim and showed that the plan had failed.", "said",
                 "the figures were grim and showed that the plan had failed",
                 id="what-findings-show-after-and-is-the-content-not-the-speaker's-next-act"),
    pytest.param("The council voted to close the library.\n\nAccording to local radio host Ada Lind, the move reeks "
                 "of panic and desperation.", "According to", "the move reeks of panic and desperation",
                 id="opening-according-to-before-a-clause-whose-verb-the-tagger-read-as-a-noun"),
    pytest.param("The ministry denied targeting civilians after a drone strike cut power to 90,000 homes.", "denied",
                 "targeting civilians", id="a-gerund-content-ends-before-the-event-after-it"),
    pytest.param("The ministry denied targeting civilians after the ceasefire.", "denied",
                 "targeting civilians after the ceasefire", id="a-gerund-content-keeps-a-phrase-of-time-with-no-verb"),
    pytest.param("Japan's deputy ambassador, Kenji Arakawa, called on both sides to \"show restraint\" and return to "
                 "the negotiating table.", "called", "both sides to \"show restraint\" and return to the negotiating "
                 "table", id="called-on-someone-to-words-in-marks-the-parser-read-as-a-noun"),
    pytest.param("The senator avoided condemning Velmora\u2019s seizure of the port, including its arrest of four "
                 "sailors.", "condemning", "Velmora\u2019s seizure of the port, including its arrest of four sailors",
                 id="the-examples-after-an-object-are-part-of-it"),
    pytest.param("He railed against the corrupting influence of donors, including the one supporting Lind that raised "
                 "more than $100 million.", "railed", "the corrupting influence of donors, including the one "
                 "supporting Lind that raised more than $100 million",
                 id="the-examples-after-a-prepositional-object-with-their-relative-clause"),
])
def test_reported_content(nlp, text: str, cue: str, content: str) -> None:
    assert contents_by_cue(nlp, text)[cue] == content


def test_a_clause_after_said_that_opens_on_as_is_the_scene_and_the_clause_before_the_statement(extractor) -> None:
    # "X rose, officials said, as teams combed ...": the parser hangs the "as" clause on "said" as its complement
    [st] = statements(extractor, "The death toll from the flooding rose to 23 on Tuesday, state officials said, as "
                                 "search teams combed flooded streets and thousands of people faced a fourth day "
                                 "without power.")
    assert st.text == "The death toll from the flooding rose to 23 on Tuesday"
    assert st.speaker.mention.text == "state officials"


def test_an_ing_noun_after_has_is_no_cue_of_a_statement_of_its_own(extractor) -> None:
    # the parser reads "has backing" as a verb group, a contrasting clause with a cue of its own
    [st] = statements(extractor, "The poll found that Mrs. Lind has support from 52 percent of primary voters, while "
                                 "Mr. Varga has backing from 33 percent.")
    assert st.text == ("Mrs. Lind has support from 52 percent of primary voters, while Mr. Varga has backing from 33 "
                       "percent")
    assert st.cue.text == "found"


@pytest.mark.parametrize("sentence", [
    "The centre urged motorists to reduce their speed, keep a safe distance between vehicles and avoid travelling "
    "between cities unless necessary.",
    "Met centre warns of dust storm\n\nThe centre urged motorists to reduce their speed, keep a safe distance between "
    "vehicles and avoid travelling between cities unless necessary.",
])
def test_bare_infinitives_after_a_comma_go_on_with_the_first(extractor, sentence: str) -> None:
    # the parser reads "keep" as a second complement of "urged", or (after a headline) as a conjunct of it
    [st] = [s for s in statements(extractor, sentence) if s.cue.text == "urged"]
    assert st.text == ("motorists to reduce their speed, keep a safe distance between vehicles and avoid travelling "
                       "between cities unless necessary")


def test_the_one_object_before_a_clause_with_no_subject_is_its_subject(extractor) -> None:
    # "warn" takes an addressee ("warned residents the bridge would close"), but a clause needs a subject
    text = "Bramwell & Lowe warns Christmas will be 'tough' as sofa sales slump\n\nThe chain's sales fell 2 per cent.\n"
    [st] = [s for s in extract(text, extractor=extractor).statements if s.cue.text == "warns"]
    assert st.text == "Christmas will be 'tough'"
    [st] = statements(extractor, "The mayor warned residents the bridge would close.")
    assert st.text == "the bridge would close"


def test_a_cue_nouns_clause_after_is_keeps_what_the_parser_hung_on_the_copula(extractor) -> None:
    """ "Lind's claim was that [Varga is, in fact, appealing to the far right and is building a base there]": the
    parser hangs "appealing" on "was", after the clause whose subject it has."""
    text = "Campaign\n\nLind’s claim was that Varga is, in fact, appealing to the far right and is building a base there.\n"
    [st] = extract(text, extractor=extractor).statements
    assert (st.cue.text, st.text) == ("claim", "Varga is, in fact, appealing to the far right and is building a base "
                                      "there")


def test_a_second_subject_the_parser_hung_on_the_cue_is_the_clause_s(nlp) -> None:
    # "An aide said [the ferry's cost], about $2 million a year, had doomed the service": the small model sometimes
    # makes "cost" a second subject of "said", leaving "had doomed" without one; the cue's subject is before it
    words = ["An", "aide", "said", "the", "ferry", "'s", "cost", ",", "about", "$", "2", "million", "a", "year", ",",
             "had", "doomed", "the", "service", "."]
    heads = [1, 2, 2, 4, 6, 4, 2, 2, 11, 11, 11, 2, 13, 11, 2, 16, 2, 18, 16, 2]
    deps = ["det", "nsubj", "ROOT", "det", "poss", "case", "nsubj", "punct", "advmod", "quantmod", "compound",
            "npadvmod", "det", "npadvmod", "punct", "aux", "ccomp", "det", "dobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "DET", "NOUN", "PART", "NOUN", "PUNCT", "ADV", "SYM", "NUM", "NUM", "DET", "NOUN",
           "PUNCT", "AUX", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["DT", "NN", "VBD", "DT", "NN", "POS", "NN", ",", "RB", "$", "CD", "CD", "DT", "NN", ",", "VBD", "VBN",
            "DT", "NN", "."]
    lemmas = ["an", "aide", "say", "the", "ferry", "'s", "cost", ",", "about", "$", "2", "million", "a", "year", ",",
              "have", "doom", "the", "service", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)
    found = find_reported(doc, Article(id="t", source="t", key="t", text=doc.text), [])
    assert [[doc.text[s:e] for s, e in c.spans] for c in found] == [
        ["the ferry 's cost , about $ 2 million a year , had doomed the service"]]
