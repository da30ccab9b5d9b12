"""A transcript's answers ("Q: ... / A: ..."), the interviewee's words (invented interviews)."""
from __future__ import annotations

from onrecord.pipeline import extract
from onrecord.records import Article

_INTRO = "Okafor takes over\n\nRuth Okafor became police chief in May. She spoke to Tom Hale.\n\n"


def statements(extractor, text: str) -> list:
    return extract(text, extractor=extractor).statements


def answers(extractor, text: str) -> list:
    """The rule candidates of the answer rule, with what they stand for."""
    article = Article(id="t", source="t", key="t", text=text)
    found = extractor.statements.rule_candidates(article, extractor.nlp(text))
    return [c for c in found if c.method.startswith("reported.answer")]


def test_an_answer_after_a_colon_label_is_a_statement_of_the_label(extractor) -> None:
    text = _INTRO + "Q: What will you change first?\n\nA: Response times. We are too slow to reach a burglary.\n"
    [st] = [st for st in statements(extractor, text) if st.text.startswith("Response")]
    assert st.text == "Response times. We are too slow to reach a burglary" and st.speaker.mention.text == "A"


def test_an_answer_after_a_period_label_is_a_statement(extractor) -> None:
    text = _INTRO + "Q. What will you change first?\n\nA. Response times. We are too slow.\n"
    assert any(st.text == "Response times. We are too slow" for st in statements(extractor, text))


def test_the_answer_stands_for_the_interviewee_not_the_interviewer(extractor) -> None:
    text = ("Okafor takes over\n\nSpeaking to Tom Hale in May, Ruth Okafor set out her plans.\n\n"
            "Q: Can you hire enough officers?\n\nA: We are hiring sixty this year.\n")
    [answer] = answers(extractor, text)
    assert text[slice(*answer.extra["stands_for"])] == "Ruth Okafor"


def test_the_interviewer_who_asks_is_not_the_interviewee(extractor) -> None:
    text = ("Okafor takes over\n\nTom Hale interviewed Ruth Okafor, the new police chief, on Monday.\n\n"
            "Q: Can you hire enough officers?\n\nA: We are hiring sixty this year.\n")
    [answer] = answers(extractor, text)
    assert text[slice(*answer.extra["stands_for"])] == "Ruth Okafor"


def test_an_answer_with_no_one_introduced_names_no_one(extractor) -> None:
    text = ("Chief\n\nThis interview has been edited for length.\n\nQ. What will you change first?\n\n"
            "A. Response times. We are too slow.\n\nQ. Can you hire enough officers?\n\nA. We are hiring sixty.\n")
    found = [st for st in statements(extractor, text) if st.cue and st.cue.text == "."]
    assert len(found) == 2 and all(st.speaker is None or st.speaker.name is None for st in found)  # no person "A"


def test_a_lettered_line_without_a_question_is_no_answer(extractor) -> None:
    text = "Quiz\n\nThe council listed two options.\n\nA. Lind should rebuild the harbour wall.\n"
    assert answers(extractor, text) == []


def test_the_question_is_no_statement_of_the_interviewee(extractor) -> None:
    text = _INTRO + "Q: What will you change first?\n\nA: Response times.\n"
    assert all("change first" not in st.text for st in statements(extractor, text))


def test_an_answer_keeps_the_statements_reported_in_it(extractor) -> None:
    text = _INTRO + "Q: Was your predecessor right?\n\nA: Yes. Varga said the force needed sixty more officers.\n"
    assert any(st.text == "the force needed sixty more officers" for st in statements(extractor, text))


def test_the_writers_byline_is_not_the_interviewee(extractor) -> None:
    text = ("Okafor takes over\n\nBy Tom Hale\n\nRuth Okafor became police chief in May.\n\n"
            "Q: Can you hire enough officers?\n\nA: We are hiring sixty this year.\n")
    [answer] = answers(extractor, text)
    assert text[slice(*answer.extra["stands_for"])] == "Ruth Okafor"


def test_an_interviewee_named_only_in_the_headline_answers(extractor) -> None:
    text = ("Mariam Haddad: 'I wrote the whole record in a borrowed kitchen'\n\nThe songwriter releases her third "
            "album on Friday. She spoke to Rory Quinlan.\n\nQ: Where did these songs come from?\n\n"
            "A: A kitchen in Verdun that belonged to a friend.\n")
    [st] = [st for st in statements(extractor, text) if st.text.startswith("A kitchen")]
    assert (st.speaker.mention.text, st.speaker.name) == ("A", "Mariam Haddad")


DASHES = ("Salgado: 'The glacier does not negotiate'\n\nFor twenty years, the glaciologist Verónica Salgado has "
          "measured the Quelén glacier every March. She answered our questions in her office.\n\n"
          "— How much has the glacier shrunk?\n\n"
          "— A little more than a kilometre at the front. Every year it gets worse.\n\n"
          "— The mining minister says the law would cost the country jobs.\n\n"
          "— The minister has his numbers and I have mine — Salgado says, tapping the photograph — and mine "
          "come from the snow.\n\n"
          "— She has never once turned back — her husband calls from the next room.\n\n"
          "— What will you measure next March?\n\n"
          "— The same as always.\n")


def test_the_answers_of_an_interview_printed_with_dialogue_dashes_are_the_interviewees(extractor) -> None:
    found = statements(extractor, DASHES)
    answers = {st.text: st for st in found if st.method.startswith("reported.answer")}
    assert set(answers) == {"A little more than a kilometre at the front. Every year it gets worse",
                            "The same as always"}, answers
    assert {st.speaker.name for st in answers.values()} == {"Verónica Salgado"}
    assert all(st.cue.text == "—" for st in answers.values())
    # an answer with the writer's aside is hers by the aside's cue; the interviewer's turns and the husband's
    # are nobody's answers
    [aside] = [st for st in found if st.text.startswith("The minister has his numbers")]
    assert aside.speaker.name == "Verónica Salgado"
    assert not any(st.text.startswith(("How much", "What will", "The mining minister says")) for st in found)


def test_an_explainers_dashed_questions_and_answers_are_no_interview(extractor) -> None:
    text = ("Rent law explained\n\nHousing Minister Ana Lind presented the law on Monday.\n\n– Who is affected?\n\n"
            "– Tenants in the 40 largest cities.\n\n– How much can rents rise?\n\n– By three percent a year at most.\n")
    assert not any(st.method.startswith("reported.answer") for st in statements(extractor, text))


def test_a_headline_label_is_no_interviewee(extractor) -> None:
    text = ("Breaking News: 'I will not resign'\n\nThe mayor faced the council on Monday. She answered questions "
            "from reporters.\n\nQ: Will you resign?\n\nA: No. I will not resign.\n")
    [st] = [st for st in statements(extractor, text) if st.text.startswith("No.")]
    assert st.speaker is None or st.speaker.name != "Breaking News"
