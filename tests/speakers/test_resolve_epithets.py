"""News epithets: "the mother of three", "the retired teacher", "her son" after a name are that person."""
from __future__ import annotations

import pytest

from onrecord.pipeline import extract

FIRE = ("Fire in Millbrook\n\nA fire destroyed a bakery in Millbrook on Sunday. Owner Rosa Bianchi, 58, and her "
        "son Marco were not hurt.\n\n\"We lost everything,\" the mother of three said. Her son said the fire "
        "started in the oven.\n\nMrs. Bianchi's neighbour, Tom Price, said he had called 911. The retired teacher "
        "added that the street had been closed.\n")


def speakers(extractor, text: str) -> dict[str, str | None]:
    return {st.text[:16]: st.speaker.name for st in extract(text, extractor=extractor).statements if st.speaker}


def test_an_epithet_is_the_person_just_named_of_its_gender(extractor) -> None:
    found = speakers(extractor, FIRE)
    assert found["We lost everythi"] == "Rosa Bianchi"
    assert found["the street had b"] == "Tom Price"


def test_a_relative_is_the_person_the_article_introduced_as_such(extractor) -> None:
    assert speakers(extractor, FIRE)["the fire started"] == "Marco"


def test_an_epithet_for_someone_introduced_unnamed_stays_unnamed(extractor) -> None:
    text = ("Arrest\n\nMayor Tom Varga said the street was safe. Police arrested a young man nearby on Monday. "
            "The man said he had seen nothing.\n")
    assert speakers(extractor, text)["he had seen noth"] is None


def test_an_epithet_far_from_any_name_stays_unnamed(extractor) -> None:
    filler = "The road was closed for most of the day while crews worked on the damaged pipes. " * 6
    text = f"Flood\n\nTom Price said the water rose fast.\n\n{filler}\n\nThe retired teacher said the town would recover.\n"
    assert speakers(extractor, text)["the town would r"] is None


def test_an_age_or_a_teenager_after_a_quote_is_the_person_named_before_it(extractor) -> None:
    text = ("Cup tie\n\nSam Okafor, 19, scored twice on Tuesday. \"I just closed my eyes and hit it!\" said the "
            "teenager.\n\nTV chef Rico Varga hit back at his bosses on Monday.\n\n\"They can say what they like. I am "
            "not going anywhere,\" fumed the 52-year-old.\n")
    found = speakers(extractor, text)
    assert found["I just closed my "[:16]] == "Sam Okafor"
    assert found["They can say wha"] == "Rico Varga"


def test_an_epithet_with_a_description_set_off_by_commas_is_the_person_named_before(extractor) -> None:
    sacked = "Sacked\n\nCoach Tom Varga was sacked on Monday. "
    found = speakers(extractor, sacked + "The 61-year-old, who led the club for a decade, said he was disappointed.\n")
    assert found["he was disappoin"] == "Tom Varga"
    found = speakers(extractor, sacked + "The 61-year-old, speaking at the ground, said the board had lied.\n")
    assert found["the board had li"] == "Tom Varga"


def test_an_epithet_with_a_description_that_picks_someone_out_stays_unnamed(extractor) -> None:
    """Passes before and after the comma rule: its guard, "the woman who ..." is someone new."""
    text = ("Shots\n\nMayor Ana Lind said the street was safe. The woman who lives next door said she heard shots.\n")
    assert speakers(extractor, text)["she heard shots"] is None


def test_an_age_the_parser_reads_as_part_of_the_verb_is_the_speaker(extractor) -> None:
    """ "The 52-year-old added": the parser hangs "The" and "old" on the verb; the epithet follows
    a quote whose speaker was named in the same sentence (that order once crashed the resolver)."""
    text = ("Budget\n\nTom Varga, a former banker, was elected mayor in 2019. \"We cannot afford it,\" the former "
            "banker said on Tuesday. The 52-year-old added that the city would cut spending.\n")
    [added] = [st for st in extract(text, extractor=extractor).statements if st.text.startswith("the city")]
    assert added.speaker.mention.text == "The 52-year-old"
    assert added.speaker.name == "Tom Varga"
    assert added.speaker.method == "resolve:epithet"


def test_an_age_after_a_quote_ends_before_a_participle_and_a_thing_named_between_blocks_nothing(extractor) -> None:
    """'says the 52-year-old, brushing flour ...' parsed "flour" as the head; "a chapel" is no person."""
    text = ("Bakery\n\nTom Varga bought a chapel.\n\n\"I was miserable,\" says the 52-year-old, brushing flour "
            "from his apron.\n")
    [quote] = extract(text, extractor=extractor).statements
    assert (quote.speaker.mention.text, quote.speaker.name) == ("the 52-year-old", "Tom Varga")


def test_an_old_thing_named_before_does_not_block_an_age(extractor) -> None:
    """ "an old one" says nothing about "the 52-year-old": the age is the epithet's word."""
    text = "Cleared\n\nThe house was an old one.\n\nCallum Reyes, 52, was cleared. The 52-year-old said he was relieved.\n"
    assert speakers(extractor, text)["he was relieved"] == "Callum Reyes"


def test_an_age_before_the_cue_the_parser_hung_on_it_is_the_subject_named_before(extractor) -> None:
    """ "the 31-year-old wrote:" parsed as modifiers of "wrote"; the subject of the sentence
    before (not the man named after her in it) is the one the epithet stands for."""
    text = ("Split\n\nSinger Ines Valderrama has confirmed her split from actor Tom Reyes.\n\n"
            "In a post on Instagram, the 31-year-old wrote: \"We remain friends and ask for privacy.\"\n")
    [quote] = [s for s in extract(text, extractor=extractor).statements if s.kind == "direct"]
    assert (quote.speaker.mention.text, quote.speaker.name) == ("the 31-year-old", "Ines Valderrama")


MINE = ("Mine manager tells hearing of warnings\n\nThe manager of a copper mine that flooded in May told a hearing on "
        "Tuesday that the owners had ignored her warnings.\n\nQuestioned by the panel's chair, Dr. Omar Haddad, about "
        "the pumps, Lena Brandt replied: \"We asked for new pumps twice.\"\n\nA federal judge has ordered the owners "
        "to pay for the cleanup. Judge Ada Fenwick wrote that the costs were theirs.\n")


def test_a_news_lead_that_describes_someone_by_a_role_names_them_in_the_paragraphs_below(extractor) -> None:
    """The delayed naming of news leads: the one named below who does something (not the chair named on the way)."""
    assert speakers(extractor, MINE)["the owners had i"] == "Lena Brandt"


def test_a_role_after_the_lead_is_not_named_below_it(extractor) -> None:
    """Passes before and after the rule: its guard (only the lead delays a name)."""
    assert speakers(extractor, MINE)["the owners to pa"] is None


def test_a_lead_that_names_someone_keeps_its_role_unnamed(extractor) -> None:
    """Passes before and after the rule: its guard."""
    text = ("Hearing\n\nThe manager of a copper mine told Senator Ruth Okafor that the pumps had failed.\n\n"
            "Lena Brandt replied that the owners knew.\n")
    assert speakers(extractor, text)["the pumps had fa"] is None


def test_sports_epithets_are_the_player_or_captain_just_named(extractor) -> None:
    # a match report names a player by position and the captain as "the skipper" once named
    text = ("Cup final\n\nKesteln won 2-1, and their striker Tom Okafor scored twice. \"I just hit it,\" the striker said.\n\n"
            "Kesteln skipper Ana Lind said the side had worked hard. \"We never gave up,\" the skipper said.\n")
    found = speakers(extractor, text)
    assert found["I just hit it"] == "Tom Okafor"
    assert found["We never gave up"] == "Ana Lind"


@pytest.mark.parametrize("lead, below", [
    ("A police officer at the scene said the road would stay closed overnight while the wreck was examined.",
     "Ana Lind, who lives nearby, said she heard a crash just after midnight."),
    ("The spokesman for the ferry operator said on Monday that the crew was safe and would fly home on Tuesday.",
     "Ana Lind, a passenger from Kelso, told reporters she heard a loud crash before dawn."),
])
def test_a_lead_role_is_not_someone_named_below_as_another(extractor, lead: str, below: str) -> None:
    """Review 9: an indefinite source ("a police officer") or one named below in another role is not named there."""
    text = f"Road news\n\n{lead}\n\n{below}\n"
    statements = extract(text, extractor=extractor).statements
    assert statements[0].speaker.name is None and statements[1].speaker.role != statements[0].speaker.role


@pytest.mark.parametrize("epithet", ["The former banker", "The former secretary of state"])
def test_a_past_role_with_no_holder_named_is_the_person_the_article_is_about(extractor, epithet: str) -> None:
    """ "the former banker": a past role is said of someone the article is about, not of a newcomer."""
    text = (f"Bakery\n\nCallum Reyes opened a bakery in a disused chapel in Kelso last spring.\n\n"
            f"{epithet} said the first year nearly ruined him.\n")
    found = speakers(extractor, text)
    assert found["the first year n"] == "Callum Reyes"


def test_an_epithet_read_as_an_adverb_of_the_cue_is_the_speaker_not_the_medium(extractor) -> None:
    """ "The 6-foot-9 forward posted on Instagram:": the parser made "forward" an adverb of
    "posted", leaving the cue no subject; the medium the post went on does not speak."""
    text = ("Rapids beat Comets\n\nChidi Okoro sprained his ankle in the third quarter.\n\n"
            "The 6-foot-9 forward posted on Instagram after the game: \"Minor setback. Back stronger.\"\n")
    quote = next(st for st in extract(text, extractor=extractor).statements if st.text.startswith("Minor"))
    assert quote.speaker.mention.text == "The 6-foot-9 forward"


def test_a_relative_named_by_a_first_name_the_ner_took_for_a_body_is_found_by_epithet_and_pronoun(extractor) -> None:
    """ "Her daughter, Maeve, works the register": the NER read "Maeve" as a body; she is a woman by
    "daughter", and "the 27-year-old" and the "she" after her next quote are her, not her mother."""
    text = ("Cafe\n\nOdette Brennan has run the cafe for 22 years. Her daughter, Maeve, works the register on "
            "weekends. The 27-year-old says she grew up doing homework at the corner table. \"If this place goes, "
            "I don't know where the old guys will go,\" she says.\n")
    found = speakers(extractor, text)
    assert found["she grew up doin"] == "Maeve"
    assert found["If this place go"] == "Maeve"


def test_a_past_role_someone_named_holds_now_is_someone_else(extractor) -> None:
    """Review 10: "Mayor Ana Lind ... The former mayor said": not Lind, who is mayor now."""
    text = ("Bridge\n\nMayor Ana Lind opened the new bridge on Monday.\n\n"
            "The former mayor said the bridge had been planned for twenty years.\n")
    assert speakers(extractor, text)["the bridge had b"] != "Ana Lind"


def test_a_past_role_held_now_by_one_person_is_the_other_named_before(extractor) -> None:
    """ "President Varga ... Tom Reyes ... the former president": not the president now, but the one
    the article is about beside him."""
    text = ("Summit\n\nPresident Ana Varga met Tom Reyes on Monday. Reyes led the country for two terms.\n\n"
            "The former president said the talks had gone well.\n")
    assert speakers(extractor, text)["the talks had go"] == "Tom Reyes"


def test_a_name_after_the_noun_of_an_appositive_names_the_speaker(extractor) -> None:
    """ "Her longtime rival, the Dutch runner Anneke Visscher, said": the name ends the appositive; a
    name inside it that is someone else's ("an aide to Tom Reyes") does not."""
    text = ("Obituary\n\nMarta Brenneman died on Sunday.\n\nHer longtime rival, the Dutch runner Anneke Visscher, "
            "said on Monday that Brenneman \"ran like she was late for something, always.\"\n\nHis adviser, a "
            "longtime aide to Tom Reyes, said the race was over.\n")
    found = speakers(extractor, text)
    assert found["Brenneman \"ran l"] == "Anneke Visscher"
    assert found["the race was ove"] != "Tom Reyes"


MATCH = ("Late winner\n\n\"We earned every point today,\" said Kestrel Town manager Rhodri Pellow. The Welshman "
         "admitted he had thought about a change at the break.\n\nVisiting manager Sigrun Aasheim said her side had "
         "been the better team for an hour. Asked about the defeat, the Norwegian said she still had the backing of "
         "the board.\n")


def test_a_demonym_is_the_person_just_named_never_a_name_of_its_own(extractor) -> None:
    """"The Welshman", "the Norwegian", "the Wisconsin Republican": someone the article named, by where they are from
    or their party; the small model reads these words as PERSON, NORP or ORG in turn."""
    found = speakers(extractor, MATCH)
    assert found["he had thought a"] == "Rhodri Pellow"
    assert found["she still had th"] == "Sigrun Aasheim"
    text = ("Budget\n\nSpeaker Dale Ormerod said on Monday that the House would vote this week. Asked about the "
            "deal, the Wisconsin Republican said it was \"a good start.\"\n")
    assert speakers(extractor, text)["it was \"a good s"] == "Dale Ormerod"


def test_a_demonym_nobody_fits_stays_unnamed(extractor) -> None:
    text = ("Tour\n\nThe race finished in heavy rain on Sunday.\n\nThe Norwegian said he would ride again next year.\n")
    found = speakers(extractor, text)
    assert found["he would ride ag"] is None


def test_a_demonym_as_a_modifier_introduces_nobody(extractor) -> None:
    """"a Republican senator" says nothing about "the Florida Republican" later: only "a Republican" heading its
    phrase would be someone new."""
    text = ("Primary\n\nA Republican senator called on Sunday for a debate. Mr. Corlett declined to comment at "
            "first. Asked about the debate, the Florida Republican said only that he was ready.\n")
    assert speakers(extractor, text)["he was ready"] == "Corlett"


@pytest.mark.parametrize("text, start", [
    pytest.param("Budget\n\nMayor Tom Hale unveiled the budget. The Australian reported that the plan would cut 40 "
                 "jobs.\n", "the plan would c", id="reported"),
    pytest.param("Fight\n\nAna Lind won the bout on points. \"It was a fair fight,\" the Australian said in an "
                 "editorial.\n", "It was a fair fi", id="in-an-editorial"),
])
def test_a_paper_that_goes_by_a_demonym_is_no_person(extractor, text: str, start: str) -> None:
    assert speakers(extractor, text)[start] not in ("Tom Hale", "Ana Lind")


def test_a_demonym_apposed_to_a_name_says_what_they_are_and_introduces_nobody(extractor) -> None:
    text = ("Vote\n\nState Rep. Jane Dorrance, a Democrat, voted against the bill on Monday. \"We will keep "
            "fighting,\" the Democrat said.\n")
    assert speakers(extractor, text)["We will keep fig"] == "Jane Dorrance"


def test_a_team_s_captain_after_a_quote_is_the_player_named_before(extractor) -> None:
    """"said the Falcons captain": the mention is the captain, not the team that names him, and a captain with no
    holder named is an epithet for the player the sentence before is about."""
    text = ("Late try\n\nDeclan Farrow went over in the 79th minute as Eastmere Falcons kept their hopes alive.\n\n"
            "\"I've been dropping that ball over the line in my sleep all week. Nice to hold on to one for once,\" "
            "said the Falcons captain.\n")
    [statement] = extract(text, extractor=extractor).statements
    assert (statement.speaker.mention.text, statement.speaker.name) == ("the Falcons captain", "Declan Farrow")


def test_an_epithet_takes_the_gender_of_the_pronoun_its_reported_words_open_with(extractor) -> None:
    """"The 31-year-old insisted [he would be fit]" after his wife's post: not her, though she was named last; a
    quotation's "she" is someone the speaker talks about and says nothing of the speaker's gender."""
    text = ("Late try\n\nDeclan Farrow scored the winner on Sunday.\n\nFarrow's wife, Orla, wrote on Instagram after "
            "the match that she was proud.\n\nThe 31-year-old insisted he would be fit for the final.\n")
    assert speakers(extractor, text)["he would be fit f"[:16]] == "Declan Farrow"


def test_a_reported_he_about_someone_else_leaves_the_epithet_to_the_subject(extractor) -> None:
    """The guard of the rule above: the "he" passes over only someone named as another's relative."""
    text = ("Court\n\nMaria Lopez waited outside the court for news of her son Tom Reyes. The 52-year-old said he "
            "had never been in trouble before.\n")
    assert speakers(extractor, text)["he had never bee"] == "Maria Lopez"


def test_a_captain_alone_is_no_epithet_for_whoever_was_named_before(extractor) -> None:
    text = ("Ferry\n\nThe ferry ran aground on Tuesday. Passenger Ana Lind said she heard a loud bang. The captain "
            "said the crew had followed every procedure.\n")
    assert speakers(extractor, text)["the crew had fol"] is None


def test_a_name_the_ner_read_as_a_body_after_an_honorific_is_a_person_a_pronoun_finds(extractor) -> None:
    """"Prof Edmund Hale" as the NER's ORG: an honorific before a common given name makes it a person's name, so
    "he added" after his quote is him, not the man named before him."""
    text = ("Drug approved\n\nGareth Pryce, 58, who has the disease, said he would ask his doctor about it.\n\n"
            "\"The trial data are genuinely mixed,\" said Prof Edmund Hale, a neurologist at the University of "
            "Castlereagh who was not involved in the trials.\n\n\"I'd call it a reasonable gamble,\" he added.\n")
    assert speakers(extractor, text)["I'd call it a re"] == "Edmund Hale"


def test_a_study_s_author_apposed_with_honorific_and_name_is_that_person(extractor) -> None:
    text = ("Coffee\n\n\"People have been giving up something they enjoy,\" said the study's senior author, Prof "
            "Imogen Saltmarsh, a cardiologist at the University of Wenlock.\n")
    assert speakers(extractor, text)["People have been"] == "Imogen Saltmarsh"


def test_a_reported_she_never_makes_a_man_the_epithet_s_holder(extractor) -> None:
    text = ("School\n\nTom Berry said the school had been fair to his son. The teacher said she had followed every "
            "rule.\n")
    assert speakers(extractor, text)["she had followed"] != "Tom Berry"


def test_the_author_alone_is_nobody_named_before(extractor) -> None:
    """"the author" may be any of the people a story names (co-authors, a critic, a publisher): no epithet."""
    text = "Book\n\nTom Berry wrote the book with Ana Lind. \"It took ten years,\" the author said.\n"
    assert speakers(extractor, text)["It took ten years"[:16]] is None


FINAL = ("Ferrandis wins in Port Ellery\n\nLucía Ferrandis beat Maren Tveit in the Port Ellery final on Sunday.\n\n"
         "Tveit, 31, had served for the match at 5-4 in the second set. It was her fourth lost final of the year.\n\n"
         "\"I played one bad game. One. And against her, that's enough,\" said the Norwegian.\n")


def test_a_demonym_reaches_back_through_a_pronoun_to_the_person_the_paragraph_is_about(extractor) -> None:
    assert speakers(extractor, FINAL)["I played one bad"] == "Maren Tveit"


def test_a_demonym_does_not_reach_back_past_someone_new(extractor) -> None:
    text = FINAL.replace("It was her fourth lost final of the year.",
                         "A line judge was booed after her call on the last point.")
    assert speakers(extractor, text)["I played one bad"] is None


def test_an_age_and_a_demonym_together_are_the_person_named_last(extractor) -> None:
    text = ("Hail ruling\n\nThat decision cost Andrés Peñaloza the leader's jersey. He had attacked on the climb.\n\n"
            "\"I took the risk and they give the jersey back. Where is the justice?\" said the Colombian.\n\n"
            "Pieter-Jan Declercq, who keeps the lead by nine seconds, said he understood the anger.\n\n"
            "\"If I was him I would be angry too. But I did not make the rule,\" said the 30-year-old Belgian.\n")
    found = speakers(extractor, text)
    assert found["I took the risk "] == "Andrés Peñaloza"
    assert found["If I was him I w"] == "Pieter-Jan Declercq"


def test_an_ulsterman_is_the_man_just_quoted_not_a_name(extractor) -> None:
    text = ("Fourballs\n\nJamie Murtagh holed from 40 feet to win the last match.\n\n\"He has no fear. None,\" said "
            "captain Niall Corrigan. \"That's exactly why I sent him out last.\"\n\n"
            "The Ulsterman said he had already handed in his singles order.\n")
    assert speakers(extractor, text)["he had already h"] == "Niall Corrigan"


@pytest.mark.parametrize("description, pronoun, name", [
    ("a woman who gave only her first name, Dina,", "she", "Dina"),
    ("a man waiting at the edge of the cordon, who gave his name as Farid,", "he", "Farid"),
    ("a nurse who identified herself only as Marisol", "she", "Marisol"),
    ("a woman who identified herself only by her first name, Dina,", "she", "Dina"),
])
def test_someone_unnamed_who_gives_a_name_is_that_person_for_the_pronouns_after(extractor, description: str,
                                                                                 pronoun: str, name: str) -> None:
    text = (f"Flood\n\nThe river rose all night in Harlan Crossing.\n\nDown the street, {description} said the "
            f"water had reached the second step by Thursday night. \"We have seen worse,\" {pronoun} said.\n")
    found = speakers(extractor, text)
    assert found["the water had re"] == name
    assert found["We have seen wor"] == name


DINERS = ("Diner feud\n\nFor 22 years, Dimitri and Theo Karagiannis have run rival diners on Canal Street.\n\n"
          "Theo Karagiannis, 51, has applied to add a patio to the Canal Street Grill. \"It is a patio, not a wall,\" "
          "he said.\n\n\"Nobody is getting a trailer around a patio,\" Dimitri Karagiannis, 58, told the commission.\n\n"
          "The younger Karagiannis said his brother had never complained about deliveries before.\n\n"
          "Dimitri shook his head. He said he had offered to pay for a loading zone.\n\n"
          "\"He offered to split it if I moved the patio to the back,\" his brother said.\n")


def test_his_brother_is_the_other_man_of_the_surname_of_whom_his_stands_for(extractor) -> None:
    assert speakers(extractor, DINERS)["He offered to sp"] == "Theo Karagiannis"


def test_the_younger_of_two_named_alike_is_the_one_the_article_gave_the_lower_age(extractor) -> None:
    found = speakers(extractor, DINERS)
    assert found["his brother had "] == "Theo Karagiannis"
    older = DINERS.replace("The younger Karagiannis", "The elder Karagiannis")
    assert speakers(extractor, older)["his brother had "] == "Dimitri Karagiannis"


@pytest.mark.parametrize("description", [
    "A police spokesman, who gave the dead man's name as Tomas Rudd,",  # someone else's name
    "A voter, who identified herself as Catholic,",  # what she is, not who
])
def test_a_description_that_gives_no_name_of_its_own_names_nobody(extractor, description: str) -> None:
    text = f"Crash\n\nThe road was closed on Friday.\n\n{description} said the car had left the road at speed.\n"
    assert speakers(extractor, text)["the car had left"] is None


@pytest.mark.parametrize("place", ["in Harwick", "outside the Three Brothers pub"])
def test_his_brother_is_nobody_named_when_the_article_does_not_pair_two_men_of_the_surname(extractor,
                                                                                          place: str) -> None:
    text = (f"Stabbing\n\nTom Reid, 19, was stabbed {place} on Friday. His father, Bill Reid, said the family was "
            "devastated. \"He was a gentle lad,\" his brother said.\n")
    assert speakers(extractor, text)["He was a gentle "] is None


def test_a_demonym_does_not_reach_back_to_a_sentence_that_named_two_of_that_sex(extractor) -> None:
    text = ("Boxing\n\nLukas Brenner knocked out Tomasz Wrobel in the fourth round in Dortmund.\n\n"
            "It was his twentieth straight win. \"I felt strong from the first bell,\" said the German.\n")
    assert speakers(extractor, text)["I felt strong fr"] is None
