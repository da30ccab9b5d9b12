"""Names the small English model's NER misreads still resolve: a surname tagged as a common
noun, a name in apposition to a role that the NER took for a place."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract
from onrecord.speakers.mentions import person_mentions


def speakers(extractor, text: str) -> dict[str, tuple[str | None, str | None]]:
    """(name, role) of each statement's speaker, by the first words of the statement."""
    return {st.text[:16]: (st.speaker.name, st.speaker.role) for st in extract(text, extractor=extractor).statements
            if st.speaker}


def test_a_role_in_apposition_to_a_name_names_the_speaker_and_later_mentions(extractor) -> None:
    text = ("Library budget\n\nThe council's finance chair, Derek Mills, said on Tuesday that every "
            "department would have to find savings.\n\nMills added: \"Nobody is talking about closing branches.\"\n")
    found = speakers(extractor, text)
    assert found["every department"] == ("Derek Mills", "council's finance chair")
    assert found["Nobody is talkin"][0] == "Derek Mills"


def test_a_surname_opening_a_qa_answer_is_the_person_named_before(extractor) -> None:
    text = ("Q&A: The new head of the city library\n\nMaya Okonkwo took over the city library in March. She "
            "spoke to the Gazette about her plans.\n\nQ: What surprised you?\n\n"
            "Okonkwo: How many people come here just to be warm.\n")
    found = speakers(extractor, text)
    assert found["How many people "][0] == "Maya Okonkwo"


def test_a_name_with_particles_the_ner_cut_short_is_whole(extractor) -> None:
    text = ("Trade talks\n\nCommission President Ursula von der Leyen met the delegation on Monday.\n\n"
            "Von der Leyen said Europe wanted fair rules. \"We will not be naive,\" she told reporters.\n")
    found = speakers(extractor, text)
    assert found["Europe wanted fa"][0] == "Ursula von der Leyen"
    assert found["We will not be n"][0] == "Ursula von der Leyen"


def test_a_relative_named_by_a_first_name_in_apposition_is_that_person(extractor) -> None:
    text = ("Shop closes\n\nNgozi Adeyemi-Okafor closed her shop on Friday. Her husband, Chidi, said the rent "
            "had doubled. \"We had no choice,\" he said.\n")
    found = speakers(extractor, text)
    assert found["the rent had dou"] == ("Chidi", "Her husband")
    assert found["We had no choice"][0] == "Chidi"


def test_a_surname_spelled_with_a_typographic_apostrophe_is_a_person(extractor) -> None:
    # the small model reads "O’Donnell" (not "O'Donnell") as a common noun and its full name as an ORG
    text = ("Tour plan questioned\n\n“It is catchy to say you will visit every county,” said Brett O’Donnell, "
            "a strategist for the campaign.\n\n“Was that the best use of our time? I don’t think it was,” "
            "O’Donnell said.\n")
    found = {st.text[:16]: st.speaker for st in extract(text, extractor=extractor).statements}
    assert (found["It is catchy to "].name, found["It is catchy to "].type) == ("Brett O’Donnell", "person")
    assert found["Was that the bes"].name == "Brett O’Donnell"


def test_a_name_the_ner_missed_followed_by_a_role_is_that_person_with_that_role(extractor) -> None:
    text = ("Port strike\n\nBrisk Tallow, the union chairman, said the strike would go on. Tallow added that "
            "talks had failed.\n")
    found = speakers(extractor, text)
    assert found["the strike would"] == ("Brisk Tallow", "union chairman")
    assert found["talks had failed"] == ("Brisk Tallow", "union chairman")


def test_a_name_the_ner_missed_is_named_without_its_possessor(extractor) -> None:
    text = "Port strike\n\nHarbour Radio's Brisk Tallow said the port was empty.\n"
    assert speakers(extractor, text)["the port was emp"][0] == "Brisk Tallow"


def test_a_name_with_a_generational_suffix_is_a_person_its_surname_finds(extractor) -> None:
    text = ("Vote count\n\n“Yes, I support the mayor,” Brent Varga III, founder of the civic centre, tells the "
            "Gazette. Varga said the vote was fair.\n\n“It was close,” said Tom Okafor Jr., a lawyer. Okafor added "
            "that the count was right.\n")
    found = speakers(extractor, text)
    assert found["Yes, I support t"][0] == "Brent Varga III" and found["the vote was fai"][0] == "Brent Varga III"
    assert found["the count was ri"][0] == "Tom Okafor Jr"


def test_a_name_the_ner_ran_on_past_a_dash_ends_there(extractor) -> None:
    text = ("Host stays in jail\n\nPORTLAND - Peter Lindqvist, a self-styled journalist, was jailed.\n\nIn an "
            "interview, Deborah Jordan Reynolds - Lindqvist's girlfriend and co-host - said the show would go "
            "on.\n\nLindqvist said he would appeal.\n")
    found = speakers(extractor, text)
    assert found["the show would g"][0] == "Deborah Jordan Reynolds"
    assert found["he would appeal"][0] == "Peter Lindqvist"


def test_a_name_the_ner_took_for_a_place_is_a_person_when_it_opens_with_a_given_name(extractor) -> None:
    text = ("TV chef Rico Varga has hit back at bosses.\n\nCo-star Jade Okafor leapt to his defence. "
            "\"Rico is the show,\" she gushed.\n")
    assert speakers(extractor, text)["Rico is the show"][0] == "Jade Okafor"


def test_a_lone_surname_spelled_like_a_given_name_joins_the_full_name(extractor) -> None:
    text = "The budget was late, Anna Howard said on Monday. Howard added that costs had risen."
    found = speakers(extractor, text)
    assert found["The budget was l"][0] == found["costs had risen"][0] == "Anna Howard"


def test_a_name_the_ner_ran_into_a_title_case_heading_ends_before_its_verb(extractor) -> None:
    text = ("Debate night\n\nMarco Varga Responds To Question About Minimum Wage\n\nVarga said the wage would not "
            "rise.\n")
    assert speakers(extractor, text)["the wage would n"][0] == "Marco Varga"


def test_a_surname_the_model_read_as_a_noun_completes_the_first_name_before_it(extractor) -> None:
    text = ("Tribunal orders doors replaced\n\n“It is the first time a tribunal here has put a date on it,” said "
            "housing lawyer Siobhan D’Arcy, who was not involved in the case.\n")
    assert speakers(extractor, text)["It is the first "][0] == "Siobhan D’Arcy"


@pytest.mark.parametrize("sentence, name", [
    ("Pedro de las Heras said the vote was fair.", "Pedro de las Heras"),
    ("Karl-Theodor zu Lindberg said the vote was fair.", "Karl-Theodor zu Lindberg"),
])
def test_a_name_with_particles_is_not_cut_at_them(extractor, sentence: str, name: str) -> None:
    assert speakers(extractor, sentence)["the vote was fai"][0] == name


def test_a_place_or_a_building_named_after_someone_is_no_person(extractor) -> None:
    text = ("France, the current president of the council, said the talks would resume. Simon Varga Center said "
            "the exhibit would open in May.")
    found = {st.text[:16]: st.speaker.type for st in extract(text, extractor=extractor).statements}
    assert found["the talks would "] != "person" and found["the exhibit would"[:16]] != "person"


def test_a_surname_named_before_a_full_name_the_ner_missed_is_that_person(extractor) -> None:
    text = "Brent Varga III said the deal was fair. Mr. Varga added that the board agreed."
    found = speakers(extractor, text)
    assert found["the deal was fai"][0] == found["the board agreed"][0] == "Brent Varga III"


def test_a_name_in_apposition_to_a_role_is_a_person_the_pronouns_after_it_find(extractor) -> None:
    text = ("Budget\n\nThe Treasurer said the first two, in Marrabel and Tarrawin, would open in 2028.\n\n"
            "The state president of the nurses’ union, Lachlan Nguyen, said the money was welcome.\n\n"
            "“You can build a ward in two years,” he said.\n")
    found = speakers(extractor, text)
    assert found["the money was we"] == found["You can build a "] == \
        ("Lachlan Nguyen", "state president of the nurses’ union")


def test_a_british_or_international_given_name_makes_a_person_of_a_name_the_ner_took_for_a_body(extractor) -> None:
    """ "Callum Reyes" is an ORG to the small model; "Callum" is a common given name (and a man's)."""
    text = ("Bakery\n\nCallum Reyes spent twenty years trading bonds in the City before he bought a disused chapel "
            "in the Yorkshire Dales and turned it into a bakery. Reyes said the first year nearly ruined him.\n")
    assert speakers(extractor, text)["the first year n"][0] == "Callum Reyes"


def test_a_name_the_ner_left_unlabelled_is_a_person_when_it_opens_with_a_given_name(extractor) -> None:
    """Under this heading the parser even ends a sentence after "Callum"; the NER labels nothing."""
    text = ("From the trading floor to the bread oven\n\nCallum Reyes spent twenty years trading bonds in the "
            "City before he bought a disused chapel in the Yorkshire Dales and turned it into a bakery.\n\n"
            "Reyes says he has no intention of going back to the City. He hopes to open a second shop next spring.\n")
    found = speakers(extractor, text)
    assert found["he has no intent"][0] == "Callum Reyes"
    assert found["to open a second"][0] == "Callum Reyes"


def test_a_relative_named_in_apposition_with_a_description_of_her_own_is_that_person(extractor) -> None:
    text = ("Bakery\n\nTom Varga bought the old chapel in 2019.\n\n\"He would come home smelling of smoke,\" says his "
            "wife, Anneke, a GP in nearby Hawsby.\n")
    assert speakers(extractor, text)["He would come ho"][0] == "Anneke"


def test_a_street_name_the_ner_took_for_a_person_is_no_antecedent(extractor) -> None:
    """ "Rue Principale", "Calle Mayor": a street word opens no person's name."""
    text = ("Lanes\n\nThe council voted on Tuesday.\n\nJosette Lapierre-Roy, who has run a bakery on Rue Principale "
            "for 27 years, said she feared losing the four parking spots in front of her shop.\n\n"
            "\"My customers are old. They don't come on bicycles,\" she said.\n")
    assert speakers(extractor, text)["My customers are"][0] == "Josette Lapierre-Roy"


def test_a_name_owned_by_a_body_with_a_typographic_apostrophe_is_the_person(extractor) -> None:
    """ "The Huffington Post’s Scott Conroy": the ORG owns the name; "’s" is tagged a proper noun."""
    text = "Records\n\nThe Huffington Post’s Scott Conroy reported that the senator would release the records.\n"
    [found] = extract(text, extractor=extractor).statements
    assert (found.speaker.name, found.speaker.type) == ("Scott Conroy", "person")


@pytest.mark.parametrize("given", ["FranÃ§ois", "FranA\u0303\u00a7ois"])
def test_a_name_in_mojibake_is_named_right_and_has_its_gender(extractor, given: str) -> None:
    """UTF-8 read as cp1252 ("FranÃ§ois"), even decomposed, is mended in the name; the text and
    its offsets stay as they are."""
    text = (f"Attack\n\nIn an address on Friday, President {given} Varga condemned the attack. Tom Price said the "
            "driver fired.\n\n\"All of France is under threat,\" said Varga. He announced that the state of "
            "emergency would be extended.\n")
    found = speakers(extractor, text)
    assert found["All of France is"][0] == "François Varga"
    assert found["the state of eme"][0] == "François Varga"


def test_a_given_name_the_ner_left_out_a_title_a_newspaper_and_an_owner(extractor) -> None:
    """ "Det. Sgt. Aoife Brennan": the NER took "Det" for a person and "Brennan" alone; "told The
    Gazette": a newspaper it took for a man; "The shop's owner" is someone new, no epithet."""
    text = ("Robbery\n\nDet. Sgt. Aoife Brennan said officers arrested the man within an hour.\n\n"
            "The shop's owner, whose daughter was working that night, told The Gazette he was \"still shaking.\" "
            "\"She's only 19,\" he said.\n")
    found = [(s.speaker.name if s.speaker else None) for s in extract(text, extractor=extractor).statements]
    assert found == ["Aoife Brennan", None, None]



def test_an_irish_given_name_makes_a_woman_whose_she_finds_her(extractor) -> None:
    """ "Bríd": the NER reads "Bríd Ó Conghaile" as no person; her given name says who "she" is."""
    text = ("Bus cut\n\nCllr Seamus Walsh said the route cost too much. Bríd Ó Conghaile, who runs the village shop, "
            "said the numbers were down. Eamon Hughes, a driver, agreed.\n\n\"Of course nobody uses it,\" she said.\n")
    assert speakers(extractor, text)["Of course nobody"][0] == "Bríd Ó Conghaile"


@pytest.mark.parametrize("given, pronoun", [("Dewi", "he"), ("Geraint", "he"), ("Nia", "she"), ("Llinos", "she")])
def test_a_welsh_given_name_tells_the_pronoun_its_person(extractor, given: str, pronoun: str) -> None:
    """A Welsh given name the lists lacked: with no gender, the pronoun went to the last person of its own."""
    other = "Ana Lind" if pronoun == "he" else "Tom Varga"
    text = (f"Final\n\n{given} Okonjo led the side out. {other} watched from the stand.\n\n"
            f"\"We let it slip,\" {pronoun} said.\n")
    assert speakers(extractor, text)["We let it slip"][0] == f"{given} Okonjo"


def test_a_title_beside_a_work_is_no_person_but_an_author_beside_a_book_is(extractor) -> None:
    """ "her fourth album, Salt and Silver,": the NER took "Salt" for a woman "She" could be."""
    text = ("Split\n\nSinger Ines Valderrama has confirmed her split.\n\nValderrama's fourth album, Salt and Silver, "
            "is due out in March. She said in an interview last year that several songs on it were about love.\n\n"
            "The author of the book, Mitchell Okafor, said it took six years to write.\n")
    found = speakers(extractor, text)
    assert found["several songs on"][0] == "Ines Valderrama"
    assert found["it took six year"][0] == "Mitchell Okafor"


def test_a_double_surname_the_ner_took_for_a_body_is_a_person(extractor) -> None:
    """ "Dewi Price-Jones" read as an organization: a hyphen joins a double surname, so the name
    opens with a given name and is two words, a person's, and "He" after it finds him."""
    text = ("Final\n\nLeft-arm seamer Finn Okoro took four wickets.\n\n"
            "Northmoor captain Dewi Price-Jones admitted his side had been short.\n\n"
            "\"We let it slip,\" Price-Jones said. He said he would not blame the umpires.\n")
    assert speakers(extractor, text)["he would not bla"][0] == "Dewi Price-Jones"


@pytest.mark.parametrize("nickname", ["‘Spider’", "\"Spider\"", "“Spider”"])
def test_a_nickname_in_quotation_marks_leaves_one_person_named_without_it(extractor, nickname: str) -> None:
    """ "Finn ‘Spider’ Okoro" is one man, Finn Okoro, not "Finn" and "Okoro" apart nor a name cut at the mark."""
    text = (f"Final\n\nLeft-arm seamer Finn {nickname} Okoro took four wickets on debut.\n\n"
            "Okoro said he had not known the score.\n")
    assert speakers(extractor, text)["he had not known"][0] == "Finn Okoro"


def test_a_nickname_after_a_given_name_the_list_lacks_but_the_ner_reads_as_a_person(extractor) -> None:
    """ "Senator Teodoro "Teddy" Balagtas": a Filipino given name; the NER took "Teodoro" for a person,
    so the name is one man, whom "the senator" finds after another senator is named."""
    text = ("Rice\n\nMANILA — Senator Teodoro \"Teddy\" Balagtas on Sunday called for an inquiry into rice "
            "prices.\n\nSenator Luzviminda Ocampo-Sison said she would schedule the hearing next week.\n\n"
            "Balagtas said he would file the resolution on Monday. \"They are hiding something,\" the senator "
            "added.\n")
    found = speakers(extractor, text)
    assert found["he would file th"][0] == "Teodoro Balagtas"
    assert found["They are hiding "][0] == "Teodoro Balagtas"


def test_a_surname_missed_by_the_ner_beside_a_hyphenated_one_that_opens_with_it(extractor) -> None:
    """Review 9: "Bouchard" and "Bouchard-Taillon" were looked for under one key, and the plain one was lost."""
    text = ("Council vote\n\nAna Bouchard, the mayor, met Marie Bouchard-Taillon on Monday.\n\n"
            "Bouchard disagreed with the plan. \"It will fail,\" she said.\n")
    found = {st.text[:12]: st.speaker.name for st in extract(text, extractor=extractor).statements if st.speaker}
    assert found["It will fail"] == "Ana Bouchard"


def test_a_surname_after_ms_or_mr_without_a_period_is_a_person_and_completes_her_full_name(extractor) -> None:
    """British and Australian style drops the period ("Ms Coombes"); the NER reads such a name,
    and the full name it stands for, as a body."""
    text = ("Trial\n\nNerida Coombes testified on Wednesday that she saw the accused leave the loading dock.\n\n"
            "Under cross-examination by defence barrister Sophie Argyle, Ms Coombes agreed that the car park "
            "lights had been switched off.\n\n\"I know what I saw,\" Ms Coombes replied.\n")
    found = speakers(extractor, text)
    assert found["she saw the accus"[:16]] == ("Nerida Coombes", None)
    assert found["the car park lig"][0] == "Nerida Coombes"
    assert found["I know what I sa"][0] == "Nerida Coombes"


def test_the_letters_ms_in_a_product_name_are_no_honorific(extractor) -> None:
    """Review 10: "MS Teams said in a post" is the product's team, not a person named Teams."""
    text = "Outage\n\nVideo calls failed for three hours on Monday, MS Teams said in a post.\n"
    [statement] = extract(text, extractor=extractor).statements
    assert statement.speaker.type != "person"


def test_a_name_the_parser_hung_on_the_roles_object_still_names_the_role(extractor) -> None:
    # the appositive "Ana Lima" hangs on "regulator", and the NER reads "Lima" as the city
    text = ("Cable deal\n\nThe head of Cape Verde's telecoms regulator, Ana Lima, said the regulator would cap "
            "wholesale prices.\n\nLima added: \"Nobody will pay more.\"\n")
    found = speakers(extractor, text)
    assert found["the regulator wo"][0] == "Ana Lima"
    assert found["Nobody will pay "][0] == "Ana Lima"


def test_a_name_hung_on_a_person_in_the_mention_may_be_that_person(extractor) -> None:
    # "Ana Lima" may be the singer's name as well as the daughter's: no name is better than a wrong one
    found = speakers(extractor, "Album news\n\nThe daughter of the late singer, Ana Lima, said the album would be "
                                "released in May.\n")
    assert found["the album would "][0] is None


def test_a_name_with_a_particle_the_ner_took_for_a_body_is_a_person(extractor) -> None:
    found = speakers(extractor, "Start-up news\n\nHer co-founder and chief technology officer, Rhys de Villiers, "
                                "said each sensor ran for five years on one battery.\n")
    assert found["each sensor ran "][0] == "Rhys de Villiers"


@pytest.mark.parametrize("text, content, name", [
    pytest.param("Farm\n\nTom Reyes has farmed the valley for forty years.\n\nEli Reyes, 24, said he would take over "
                 "the farm next year.\n", "he would take ove", "Eli Reyes", id="a-son-the-ner-missed"),
    pytest.param("Drummer dies\n\nVic Marlow, who played drums for the Lantern Hounds, has died.\n\nThe band will "
                 "play its June shows with Marlow's son, Eli, on drums.\n\nEli Marlow, 24, posted on X that he had "
                 "been practicing his father's parts.\n", "he had been prac", "Eli Marlow",
                 id="a-given-name-the-ner-read-as-a-body"),
    pytest.param("Mass\n\nFather Tom Reyes led the funeral Mass at St Colm's on Monday. Father Reyes said the parish "
                 "was heartbroken.\n", "the parish was he", "Tom Reyes", id="a-title-is-no-given-name"),
    pytest.param("Inquiry\n\nDet Supt Tom Reyes leads the inquiry. Det Supt Reyes said officers had made two "
                 "arrests.\n", "officers had made", "Tom Reyes", id="a-rank-without-its-full-stop"),
])
def test_a_surname_after_another_given_name_is_someone_new(extractor, text: str, content: str, name: str) -> None:
    """ "Eli Reyes, 24", a name the NER missed, is not Tom Reyes named before: the word before the surname is a
    given name he does not have (a title is none)."""
    found = speakers(extractor, text)[content[:16]]
    assert found[0] == name


@pytest.mark.parametrize("text, content, name", [
    pytest.param("Forum\n\nThe Prime Minister of Vaelua, Mele Fonua-Latu, urged Australia to stop approving new coal "
                 "mines.\n", "Australia to stop", "Mele Fonua-Latu", id="a-country-the-ner-read-as-a-person"),
    pytest.param("Buses\n\nThe Cabinet Secretary for Transport, Rhodri ap Gwyn, said the government had protected "
                 "bus funding.\n", "the government had", "Rhodri ap Gwyn", id="a-welsh-name-with-ap"),
    pytest.param("Assault\n\nGarda Úna Ní Shé told the court Mr Wrona had asked the accused to leave his car.\n",
                 "Mr Wrona had aske", "Úna Ní Shé", id="an-irish-police-rank"),
    pytest.param("Trial\n\nDPP Nurul Ain Ismail said the prosecution would call 11 more witnesses. DPP Nurul Ain said "
                 "the trial would last a month.\n", "the trial would l", "Nurul Ain Ismail",
                 id="a-malaysian-prosecutors-title"),
])
def test_a_title_before_a_name_is_no_part_of_it(extractor, text: str, content: str, name: str) -> None:
    """The name a title or an office introduces, whatever the NER made of the office's place or the name's
    particles ("ap", "Ní"); "Garda" and "DPP" are titles ("Garda Úna Ní Shé" is Úna Ní Shé)."""
    assert speakers(extractor, text)[content[:16]][0] == name


def test_a_language_is_no_person(extractor) -> None:
    """ "the prize in Welsh poetry": a language the NER read as a person is no antecedent of "she"."""
    text = ("Poet\n\nThe farmer milked 140 cows on the morning she won the most coveted prize in Welsh poetry.\n\n"
            "\"The cows do not care,\" she says.\n")
    assert all(st.speaker.name != "Welsh" for st in extract(text, extractor=extractor).statements)


def test_a_bare_description_runs_into_the_name_after_it(extractor) -> None:
    text = ("Trolleys\n\nThe minister defended the figures. \"Then why are there fewer beds?\" asked presenter "
            "Róisín Ní Dhonnchadha.\n")
    quote = next(st for st in extract(text, extractor=extractor).statements if st.text.startswith("Then why"))
    assert (quote.speaker.mention.text, quote.speaker.name) == ("presenter Róisín Ní Dhonnchadha",
                                                                "Róisín Ní Dhonnchadha")


def test_a_double_barrelled_surname_after_an_honorific_is_a_persons(extractor) -> None:
    text = "Mission\n\nDr Amaya Quispe-Bank leads the mission. She said the probe was ready.\n"
    assert speakers(extractor, text)["the probe was ready"[:16]][0] == "Amaya Quispe-Bank"


def test_a_company_after_an_honorific_is_still_a_company(extractor) -> None:
    [statement] = extract("Retail\n\nMr Price Group said sales rose 4 per cent.\n", extractor=extractor).statements
    assert statement.speaker.type == "organization"


def test_a_name_after_an_honorific_is_a_person_whatever_the_ner_read(extractor) -> None:
    """ "Dr Amaya Quispe-Lund" the NER took for a body, and "Tessera" of "The Tessera comet probe" a craft: the
    "She" after them is the scientist, not the probe."""
    text = ("Launch\n\nThe Tessera comet probe is ready to fly, officials said on Tuesday.\n\n\"We get one shot at "
            "this comet,\" said Dr Amaya Quispe-Lund, Tessera's principal investigator.\n\nShe said the probe would "
            "reach the comet in 2031.\n")
    found = speakers(extractor, text)
    assert found["the probe would r"[:16]][0] == found["We get one shot a"[:16]][0] == "Amaya Quispe-Lund", found


@pytest.mark.parametrize("text, content, name", [
    pytest.param("Rescue\n\nThe Police Public Relations Officer, SP Ngozi Okafor-Daniels, confirmed the rescue. The "
                 "PPRO said two suspects were arrested.\n", "two suspects were", "Ngozi Okafor-Daniels",
                 id="after-a-statement-of-hers"),
    pytest.param("Rescue\n\nThe Police Public Relations Officer in the state, SP Ngozi Okafor-Daniels, spoke to "
                 "journalists on Monday.\n\nThe PPRO disclosed that two suspects were arrested.\n",
                 "two suspects were", "Ngozi Okafor-Daniels", id="spelled-out-before-any-statement"),
    pytest.param("Market\n\nThe County Executive Committee Member for Trade, Lilian Chepkoech Rotich, met the traders. "
                 "\"Nobody will be left behind,\" the CEC said.\n", "Nobody will be le", "Lilian Chepkoech Rotich",
                 id="a-body-before-its-office"),
    pytest.param("TV\n\nThe British Broadcasting Corporation director general, Tim Davie, spoke on Monday. The BBC "
                 "said it would cut 500 jobs.\n", "it would cut 500", "British Broadcasting Corporation",
                 id="a-body-is-no-office"),  # the body, by the name the article spells its initials out in
    pytest.param("Funding\n\nHewlett Packard's CEO Meg Whitman is a Republican. HP said it would not fund the "
                 "convention.\n", "it would not fund", "HP", id="a-company-before-its-officer"),
    pytest.param("Funding\n\nHewlett Packard CEO Meg Whitman is a Republican. HP said it would not fund the "
                 "convention.\n", "it would not fund", "HP", id="a-company-before-its-officers-title"),
    pytest.param("NHS\n\nThe National Health Service Chief Executive Ann Lind spoke on Monday. The NHS said waiting "
                 "lists had fallen.\n", "waiting lists had", "National Health Service",
                 id="a-service-before-its-chief"),
    pytest.param("Rescue\n\nThe Police Public Relations Officer told reporters that Emeka Obi, a trader, had been "
                 "freed. The PPRO said two suspects were held.\n", "two suspects were", "PPRO",
                 id="not-anyone-named-after-the-office"),
    pytest.param("Rescue\n\nThe Police Public Relations Officer in Lagos said Emeka Obi had been freed. The PPRO said "
                 "two suspects were held.\n", "two suspects were", "PPRO", id="a-qualifier-ends-at-a-comma"),
    pytest.param("Funding\n\nHewlett Packard CEO, Meg Whitman, is a Republican. HP said it would not fund the "
                 "convention.\n", "it would not fund", "HP", id="a-company-then-its-officer-set-off"),
])
def test_an_office_by_its_initials_is_the_one_who_holds_it(extractor, text: str, content: str, name: str) -> None:
    """ "The PPRO" is whoever the article named right after "Police Public Relations Officer"; "the BBC" spells no
    office."""
    assert speakers(extractor, text)[content[:16]][0] == name


WARMER = "warmer winters w"  # the reported clause, without its "that"


@pytest.mark.parametrize("honorific", ["Prof", "Dr", "Prof."])
def test_a_name_after_an_honorific_without_a_period_is_a_person_his_pronoun_finds(extractor, honorific: str) -> None:
    # the small model reads "Prof Declan Moyes" as a body or as nothing, and "he" then went back to the dog's owner
    text = ("Tick disease\n\nOwen Prothero said his spaniel had collapsed after a walk.\n\n"
            f"{honorific} Declan Moyes, a parasitologist at the Tamsford School, told the Courier that warmer "
            "winters were helping ticks survive. \"We used to get a break in winter,\" he added.\n")
    found = {st.text[:16]: st.speaker for st in extract(text, extractor=extractor).statements}
    assert (found[WARMER].name, found[WARMER].type) == ("Declan Moyes", "person")
    assert found["We used to get a"].name == "Declan Moyes"


def test_a_dames_name_the_ner_missed_is_a_woman_whom_he_does_not_find(extractor) -> None:
    text = ("Tick disease\n\nOwen Prothero said his spaniel had collapsed after a walk.\n\n"
            "Dame Declan Moyes, a parasitologist at the Tamsford School, told the Courier that warmer winters were "
            "helping ticks survive. \"He just lay down in the kitchen,\" he added.\n")
    found = {st.text[:16]: st.speaker for st in extract(text, extractor=extractor).statements}
    assert found[WARMER].name == "Declan Moyes"
    assert found["He just lay down"].name == "Owen Prothero"


def test_a_given_name_set_off_after_a_relative_is_that_person_though_the_ner_left_it_unlabelled(extractor) -> None:
    text = ("Chess final\n\nErik Vestby resigned after move 41, and Adaeze Nwosu is the new champion.\n\n"
            "Nwosu's father, Emeka, who taught her the game in Enugu, watched from the hall. \"She does not sleep "
            "before big games. Tonight maybe she will sleep,\" he said.\n")
    found = speakers(extractor, text)
    assert found["She does not sle"] == ("Emeka", "Nwosu's father")


def test_a_second_honorific_opens_the_name_after_the_first(extractor) -> None:
    text = ("Award\n\nProf Sir Alasdair Quell, the university's vice-chancellor, welcomed the award on Monday. "
            "\"It is a great day,\" Prof Sir Alasdair said.\n")
    found = {st.text[:16]: st.speaker.name for st in extract(text, extractor=extractor).statements}
    assert found["It is a great da"] == "Alasdair Quell"


def test_an_honorific_before_one_word_without_a_period_is_no_one_the_pronoun_after_finds(extractor) -> None:
    # "Dame Street" is a Dublin street: no woman named Street
    text = "Walk\n\nNuala Byrne walked down Dame Street on Sunday. \"It was quiet,\" she said.\n"
    found = {st.text[:16]: st.speaker.name for st in extract(text, extractor=extractor).statements}
    assert found["It was quiet"] == "Nuala Byrne"


def test_a_surname_the_ner_took_for_a_body_after_a_given_name_it_left_out_is_a_person(extractor) -> None:
    # the small model reads "Ana [Varga]" as an ORG of one word: the speaker was an organization named "Varga"
    text = ("Council cuts\n\nAna Varga said on Monday the council had run out of money. \"We are broke,\" she said."
            "\n\nJordan Airlines said flights to the city would resume on Friday.\n")
    found = {st.text[:16]: st.speaker for st in extract(text, extractor=extractor).statements}
    assert [(s.name, s.type) for s in found.values()] == [("Ana Varga", "person"), ("Ana Varga", "person"),
                                                           ("Jordan Airlines", "organization")]


@pytest.mark.parametrize("body", ["Amber Theatre", "Ana Rovers", "Ana Arena, a local venue,"])
def test_a_body_named_with_a_given_name_first_stays_a_body(extractor, body: str) -> None:
    text = f"Arts\n\n{body} said ticket sales had fallen by a third this year.\n"
    [st] = extract(text, extractor=extractor).statements
    assert st.speaker.type == "organization"


def test_a_double_barrelled_surname_the_ner_took_for_a_body_after_a_given_name_is_a_person(extractor) -> None:
    [st] = extract("Vote\n\nAna Varga-Kovacs said the vote was fair.\n", extractor=extractor).statements
    assert (st.speaker.name, st.speaker.type) == ("Ana Varga-Kovacs", "person")


@pytest.mark.parametrize("text", [
    "Hurricane Delphine came ashore near Port Aransas on Monday. By Tuesday Delphine had weakened to a tropical storm.",
    "Storm Orla brought gusts of 90 mph to the coast. Orla is expected to clear by Friday.",
])
def test_a_storms_name_is_no_person_even_alone(nlp, text: str) -> None:
    # the NER reads the bare "Delphine" of the second sentence as a person, whom a "she" after it would then be
    assert [m.name for m in person_mentions(nlp(text))] == []


def test_a_she_after_a_storm_is_not_the_storm(extractor) -> None:
    text = ("Storm news\n\nHurricane Delphine came ashore near Port Aransas on Monday. By Tuesday Delphine had "
            "weakened to a tropical storm.\n\n\"We are not out of danger yet,\" she said at a briefing.\n")
    [st] = extract(text, extractor=extractor).statements
    assert st.speaker.name is None


@pytest.mark.parametrize("text, name", [
    ("Some 1.2 million people are on the payroll.\n\nKRG Minister of Finance and Economy Dilshad Rashid Mustafa was "
     "quoted by the government's official website as saying that Erbil had \"fulfilled all its obligations\" by "
     "handing its non-oil revenues for February over to the federal treasury.", "Dilshad Rashid Mustafa"),
])
def test_a_name_after_an_office_of_two_portfolios_starts_after_them(nlp, text: str, name: str) -> None:
    # the NER reads "Economy Dilshad Rashid Mustafa" as the person
    assert [m.name for m in person_mentions(nlp(text))] == [name]


def test_a_name_after_an_office_of_two_portfolios_keeps_the_office_as_role(extractor) -> None:
    # review 21: with the NER's "Economy Dilshad ..." cut, the office before it is still the person's role
    text = "Budget\n\nThe Minister of Finance and Economy Dilshad Rashid Mustafa said the deficit would fall.\n"
    [st] = extract(text, extractor=extractor).statements
    assert (st.speaker.name, st.speaker.role) == ("Dilshad Rashid Mustafa", "Minister of Finance and Economy")


def test_a_centre_back_is_no_body(extractor) -> None:
    text = "Derby\n\nThe centre-back said he was fit to play on Sunday. The centre forward said the team was ready.\n"
    assert [st.speaker.type for st in extract(text, extractor=extractor).statements] != ["organization"] * 2
    assert all(st.speaker.name is None for st in extract(text, extractor=extractor).statements)


def test_names_with_gaelic_particles_are_people_and_ni_a_womans(extractor) -> None:
    # the hundred-and-third collection: the NER reads "Siobhán Ní Bhriain" and "Gráinne Mac Cárthaigh" as bodies
    text = ("Rents\n\nOpening Leaders' Questions, Siobhán Ní Bhriain said the Government had lost control of housing."
            "\n\nThe Taoiseach, Declan Ó Murchadha, left early, and the Tánaiste, Gráinne Mac Cárthaigh, took the "
            "remaining questions.\n\n\"We are not ruling anything in or out,\" she said.\n\nDeputy Ní Bhriain later "
            "told reporters that her party would table a motion.\n")
    found = {s.text: (s.speaker.name, s.speaker.type) for s in extract(text, extractor=extractor).statements}
    assert found["the Government had lost control of housing"] == ("Siobhán Ní Bhriain", "person")
    assert found["We are not ruling anything in or out"] == ("Gráinne Mac Cárthaigh", "person")
    assert found["her party would table a motion"] == ("Siobhán Ní Bhriain", "person")


def test_a_company_the_ner_missed_is_the_company_of_its_sentence(extractor) -> None:
    text = ("Halvex malaria vaccine cuts severe cases by 71% in late-stage trial\n\nTALLERK, March 11 (Reuters) - "
            "Halvex Biologics' experimental malaria vaccine cut cases of severe malaria in young children by 71% in a "
            "late-stage trial, the company said on Wednesday, adding that it would apply for approval by the end of "
            "June.\n")
    [statement] = [s for s in extract(text, extractor=extractor).statements if s.speaker.mention.text == "the company"]
    assert statement.speaker.name == "Halvex Biologics"


def test_the_moon_is_no_one_a_pronoun_goes_back_to(extractor) -> None:
    text = ("Launch\n\nThe agency hopes to send its orbiter on its way to the Moon this week.\n\nLaunch director "
            "Maren Tollefsen said the pressure in a helium line was falling.\n\nShe said her team would decide by "
            "Friday.\n")
    names = [m.name for m in person_mentions(extractor.nlp(text))]
    assert "Moon" not in names and "Maren Tollefsen" in names


SOLAR = """Short seller targets panel installer

"Every system we count has passed a utility inspection," chief executive Harriet Ngata said on Tuesday.

Dolores Finch, a retired school nurse in Mesa Verde Springs, said her panels were installed in March and switched
on in February. "For eleven months I was paying on a loan for panels that made nothing," she said.
"""


def test_a_given_name_tagged_as_a_common_noun_stays_in_the_name_and_tells_her_gender(extractor) -> None:
    doc = extractor.nlp(SOLAR)
    assert next(t for t in doc if t.text == "Dolores").pos_ == "NOUN"  # the model's misreading
    found = speakers(extractor, SOLAR)
    assert found["her panels were "][0] == "Dolores Finch"
    assert found["For eleven month"][0] == "Dolores Finch"  # not the chief executive named before


def test_a_double_surname_the_ner_split_from_the_given_name_is_whole(extractor) -> None:
    text = ("Video to be released\n\nThe council met on Monday.\n\nMayor Desmond Farraday-Lutz said the footage "
            "would be released within a week. \"We owe the family that much,\" he said.\n")
    found = speakers(extractor, text)
    assert found["the footage woul"] == ("Desmond Farraday-Lutz", "Mayor")
    assert found["We owe the famil"][0] == "Desmond Farraday-Lutz"


def test_a_name_read_as_a_body_opens_with_a_given_name_the_list_holds(extractor) -> None:
    text = ("Club in crisis\n\nThe board met on Monday.\n\nDoreen Ashby said the club had failed its members. "
            "\"We were let down by people we trusted,\" she said.\n")
    found = speakers(extractor, text)
    assert found["the club had fai"][0] == "Doreen Ashby"
    assert found["We were let down"][0] == "Doreen Ashby"


def test_a_double_surname_the_ner_split_at_its_hyphen_is_one_person(extractor) -> None:
    text = ("Senate vote\n\nThe Senate on Wednesday confirmed Celeste Amundsen-Roy as labor secretary.\n\n"
            "Belcastro-Vey told reporters off the floor that Amundsen-Roy had persuaded him in a private meeting last "
            "week that she would enforce the law.\n\n\"I do think she is qualified,\" he said.\n\n"
            "At her hearing, Amundsen-Roy conceded that she had a lot to learn.\n")
    doc = extractor.nlp(text)
    assert {"Amundsen", "Roy"} <= {e.text for e in doc.ents if e.label_ == "PERSON"}  # the model splits the name
    found = speakers(extractor, text)
    assert found["she had a lot to"][0] == "Celeste Amundsen-Roy"
    assert found["I do think she i"][0] != "Roy"


def test_a_double_surname_the_ner_cut_at_its_hyphen_before_a_party_tag_and_a_role(extractor) -> None:
    """ "Rep. Marisol Quaintance-Obi (D-Tallis), the top Democrat on the committee, called ...": the NER ends the name
    at the hyphen and the parse makes the role a second subject of "called"; the speaker is the whole name."""
    text = ("Data breach\n\nRep. Marisol Quaintance-Obi (D-Tallis), the top Democrat on the House Oversight Committee, "
            "called the breach \"a catastrophe that was entirely preventable\" and demanded that the director testify."
            "\n\nIn Dunmore, OH, Gov. Ana Varga said the plan was sound.\n")
    statements = extract(text, extractor=extractor).statements
    assert [(s.speaker.mention.text, s.speaker.name) for s in statements] == [
        ("Rep. Marisol Quaintance-Obi (D-Tallis)", "Marisol Quaintance-Obi")] * 2 + [("Gov. Ana Varga", "Ana Varga")]


@pytest.mark.parametrize("described", ["Egyptian mother of two", "Local mother of three"])
def test_a_parent_of_so_many_children_before_a_name_is_that_person(extractor, described: str) -> None:
    """ "mother of two Dina Fawzy-Hamdan": the count of her children, then her name (not "the lawyer of Tom Reyes",
    someone else)."""
    text = (f"School fees\n\n{described} Dina Fawzy-Hamdan said uniforms had become \"a second set of fees.\"\n\n"
            "The lawyer of Tom Reyes said the case was weak.\n")
    found = [(s.speaker.mention.text, s.speaker.name) for s in extract(text, extractor=extractor).statements]
    assert found == [(f"{described} Dina Fawzy-Hamdan", "Dina Fawzy-Hamdan"), ("The lawyer of Tom Reyes", None)]
