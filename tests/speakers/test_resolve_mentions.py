"""In-article speaker resolution: names, surnames, pronouns, titles, types and roles."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.speakers.mentions import split_title
from onrecord.speakers.resolve import SpeakerResolver
from onrecord.speakers.types import clean_name

TEXT = ("Defense Minister Hulusi Akar met President of Azerbaijan Ilham Aliyev in Baku. "
        "Ms. Nora Field, the head of the observer mission, joined them. "
        "Aliyev thanked the minister. She said the talks went well. He did not answer. "
        "The president left early. A source close to the talks said little. "
        "The report of the mission was published. The Foreign Ministry of Turkey said nothing. "
        "Officials were silent.")


@pytest.fixture(scope="module")
def resolver(nlp):
    return SpeakerResolver(nlp(TEXT))


def resolve(resolver: SpeakerResolver, mention: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(mention, start + 1)
    return resolver.resolve(start, start + len(mention))


def test_resolve_full_name_with_title_before(resolver) -> None:
    sp = resolve(resolver, "Ilham Aliyev")
    assert (sp.name, sp.type, sp.role) == ("Ilham Aliyev", "person", "President of Azerbaijan")


def test_resolve_surname_to_full_name(resolver) -> None:
    sp = resolve(resolver, "Aliyev", nth=1)
    assert sp.mention.text == "Aliyev"
    assert sp.name == "Ilham Aliyev"


def test_resolve_appositive_role(resolver) -> None:
    sp = resolve(resolver, "Nora Field")
    assert sp.name == "Nora Field"
    assert sp.role == "head of the observer mission"


def test_resolve_pronoun_by_gender(resolver) -> None:
    assert resolve(resolver, "She").name == "Nora Field"
    assert resolve(resolver, "He").name in ("Ilham Aliyev", "Hulusi Akar")


def test_resolve_titles_to_role_holders(resolver) -> None:
    assert resolve(resolver, "the minister").name == "Hulusi Akar"
    assert resolve(resolver, "The president").name == "Ilham Aliyev"


def test_resolve_types_of_unnamed_sources(resolver) -> None:
    assert resolve(resolver, "A source close to the talks").type == "anonymous"
    assert resolve(resolver, "Officials").type == "anonymous"
    assert resolve(resolver, "The report of the mission").type == "document"
    org = resolve(resolver, "The Foreign Ministry of Turkey")
    assert org.type == "organization"
    assert org.name == "Foreign Ministry of Turkey"


def test_resolve_unknown_pronoun_is_not_guessed(nlp) -> None:
    doc = nlp("It was late. They said nothing.")
    sp = SpeakerResolver(doc).resolve(13, 17)
    assert sp.name is None and sp.type == "unknown"


@pytest.mark.parametrize("written, name", [
    ("Mr. Aliyev's", "Aliyev"), ("Ms Field", "Field"), ("Dr. Ana Lee,", "Ana Lee"),
    # an earnings call's label cut before its firm: the dashes go with the firm
    ("Raj Rao --", "Raj Rao"), ("Jean-Luc Varga —", "Jean-Luc Varga"),
])
def test_resolve_clean_name(written: str, name: str) -> None:
    assert clean_name(written) == name


@pytest.mark.parametrize("written, title, name", [
    ("Mayor Elena Costa", "Mayor", "Elena Costa"),
    ("Secretary of State John Kerry", "Secretary of State", "John Kerry"),
    ("Elena Costa", None, "Elena Costa"),
    ("Councilwoman Grace Okafor", "Councilwoman", "Grace Okafor"),
    ("Councillor Tom Reyes", "Councillor", "Tom Reyes"),
])
def test_resolve_split_title(written: str, title: str | None, name: str) -> None:
    assert split_title(written) == (title, name)


def test_resolve_pronoun_by_given_name(nlp) -> None:
    text = "Anna Weiss debated Peter Novak. Novak spoke first. Later she said the plan was bad."
    start = text.index("she")
    assert SpeakerResolver(nlp(text)).resolve(start, start + 3).name == "Anna Weiss"


def test_resolve_skips_ner_mistakes_as_people(nlp) -> None:
    resolver = SpeakerResolver(nlp("Among Latinos, support fell. Maria Lopez was surprised."))
    assert [p.name for p in resolver.people] in ([], ["Maria Lopez"])


def test_resolve_description_to_the_person_it_describes(nlp) -> None:
    text = "Sheldon Adelson, a casino tycoon, visited Macau. Later the tycoon spoke. The company said nothing."
    resolver = SpeakerResolver(nlp(text))
    start = text.index("the tycoon")
    assert resolver.resolve(start, start + len("the tycoon")).name == "Sheldon Adelson"
    start = text.index("The company")
    assert resolver.resolve(start, start + len("The company")).type == "organization"


def test_resolve_they_to_the_group_that_spoke_before(nlp) -> None:
    text = "The Union of Dockers said it was ready. They added that the strike would go on."
    resolver = SpeakerResolver(nlp(text))
    union = resolver.resolve(0, len("The Union of Dockers"))
    they = resolver.resolve(text.index("They"), text.index("They") + 4)
    assert union.type == "organization"
    assert (they.name, they.type) == (union.name, "organization")


def test_a_handle_is_the_person_it_spells_or_the_one_holder_of_the_office_it_names(extractor) -> None:
    text = ("Cafe row\n\nMarta Kovář, who has run Brotzeit for 19 years, posted a photograph of the tables.\n\n"
            "An hour later, @kesteln_mayor wrote: \"The rules are the same for every business.\"\n\n"
            "The account belongs to Mayor Jonas Feldhaus, who writes its posts himself.\n\n"
            "@marta.kovar replied within minutes: \"Then measure the bins outside the town hall first.\"\n")
    found = {st.speaker.mention.text: st.speaker.name for st in extract(text, extractor=extractor).statements
             if st.speaker and st.speaker.mention.text.startswith("@")}
    assert found == {"@kesteln_mayor": "Jonas Feldhaus", "@marta.kovar": "Marta Kovář"}


def test_a_nickname_written_inside_a_name_is_that_person_alone(extractor) -> None:
    text = ("Rugby\n\nDeclan 'Dodge' Farrelly went over in the 79th minute as Eastmere Falcons won on Sunday.\n\n"
            "Dodge said the forwards deserved the credit for the try.\n")
    [st] = extract(text, extractor=extractor).statements
    assert (st.speaker.mention.text, st.speaker.name, st.speaker.type) == ("Dodge", "Declan Farrelly", "person")


@pytest.mark.parametrize("text, mention, name", [
    ("Liam 'Coach' Dunne scored two tries. The team's coach, Mary Byrne, was pleased. \"He was brilliant,\" the "
     "coach said.", "the coach", "Mary Byrne"),
    ("John 'Walsh' Kelly fought Peter Walsh on Saturday. \"He hit hard,\" Walsh said.", "Walsh", "Peter Walsh"),
])
def test_a_nickname_is_no_role_word_and_no_one_elses_surname(extractor, text, mention, name) -> None:
    [st] = extract("Sport\n\n" + text + "\n", extractor=extractor).statements
    assert (st.speaker.mention.text, st.speaker.name) == (mention, name)


@pytest.mark.parametrize("text, name", [
    # the hundred-and-seventh collection: an article before the nickname, two surnames the article repeats
    ("Puerto Nuevo president Ramón \"el Tano\" Iacovino Ferrer said on Monday that the coach had been fired.\n\n"
     "\"I did not fire anyone,\" Iacovino Ferrer told reporters.", "Ramón Iacovino Ferrer"),
    # one surname when the next capitalised word is not the article's surname again
    ("Finn 'Spider' Okoro Mensah won the title on Saturday. Okoro said he was tired.", "Finn Okoro"),
])
def test_a_name_around_a_nickname_keeps_its_surnames(extractor, text, name) -> None:
    found = extract("Sport\n\n" + text + "\n", extractor=extractor).statements
    assert found and {st.speaker.name for st in found} == {name}



def test_a_surname_stays_with_whom_the_article_called_by_it_before_a_relative_came_in(extractor) -> None:
    """News calls the story's subject by surname and a relative who shares it by first name; "Pappas told" after
    "Her father, Milo Pappas," is still the owner named first, not the one named last."""
    text = ("Diner to close\n\nOwner Connie Pappas announced the closing in a Facebook post on Sunday.\n\nIn the post, "
            "Pappas wrote that costs had made it \"impossible to keep going.\"\n\nHer father, Milo Pappas, opened the "
            "diner in 1963. She took over the grill when he retired in 1994.\n\n\"My dad used to say the grill does "
            "not care how tired you are. Well, I am 66, and I am tired,\" Pappas told the Ledger on Monday.\n")
    names = {s.text[:6]: s.speaker.name for s in extract(text, extractor=extractor).statements if s.speaker}
    assert names["My dad"] == "Connie Pappas", names
