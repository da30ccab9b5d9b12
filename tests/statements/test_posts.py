"""Embedded posts: the words above or before a "— Name (@handle) date" signature are the account's (invented posts)."""
from __future__ import annotations

from onrecord.pipeline import extract
from onrecord.statements.posts import find_posts

_BLOG = ("Debate live blog\n\n9:42 p.m. ET\n\nThe crowd was loud.\n\nPaul Okerlund just told Kanowa he would "
         "raise your gas tax. \"Not this year,\" he says. Sure, Paul.\n\n— Kanowa GOP (@KanowaGOP) October 15, "
         "2026\n\nThe Okerlund campaign did not respond.\n")


def test_a_signature_on_its_own_line_signs_the_paragraph_above() -> None:
    [post] = find_posts(_BLOG)
    assert _BLOG[post.start:post.end].startswith("Paul Okerlund just told") and _BLOG[post.end - 5:post.end] == "Paul."
    assert _BLOG[post.source[0]:post.source[1]] == "Kanowa GOP" and _BLOG[post.cue[0]:post.cue[1]] == "—"


def test_a_post_is_one_statement_of_the_account_not_the_statements_inside_it(extractor) -> None:
    found = extract(_BLOG, extractor=extractor).statements
    [post] = [s for s in found if s.method == "post:signature"]
    assert (post.kind, post.speaker.mention.text) == ("direct", "Kanowa GOP")
    assert not any(s.text == "Not this year" or s.cue and s.cue.text == "told" for s in found)


def test_a_signature_on_the_posts_line_signs_the_words_after_the_embeds_element(extractor) -> None:
    text = ("Hats\n\n<tweet id=\"7\" author=\"@dmarsh\" datetime=\"2016-09-01\">Rudy Vance is now wearing a "
            "campaign hat that says \"MAKE IT GREAT\" for realz, people — David Marsh (@dmarsh) September 1, "
            "2016</tweet>.\n\n"
            "Many reporters noted the change.\n")
    [post] = [s for s in extract(text, extractor=extractor).statements if s.method == "post:signature"]
    assert post.text.startswith("Rudy Vance is now") and post.text.endswith("for realz, people")
    assert post.speaker.name == "David Marsh"


def test_a_dash_and_a_name_without_a_handle_and_a_date_sign_nothing() -> None:
    text = "Storm notes\n\nThe bridge will stay shut until Friday.\n\n— Reporting by Ana Lind in Dunmore\n"
    assert find_posts(text) == []


def test_a_signature_in_the_middle_of_prose_signs_nothing() -> None:
    """Review 33: "posted a reply within minutes — Tom Reyes (@treyes) March 3, 2024 — calling ..." is narration."""
    text = ("Budget row\n\nHer rival, Tom Reyes, posted a reply within minutes — Tom Reyes (@treyes) March 3, 2024 — "
            "calling the criticism \"cheap politics.\"\n")
    assert find_posts(text) == []


def test_the_writers_words_above_a_lone_signature_are_no_post() -> None:
    """Review 33: a scrape that kept the signature but lost the post leaves the writer's paragraph above it."""
    text = ("Vote\n\nCouncil member Ann Lind said the vote was \"a betrayal,\" and Mayor Tom Reyes said he was "
            "disappointed.\n\n— Ann Lind (@annlind) March 3, 2024\n\n— Tom Reyes (@treyes) March 3, 2024\n")
    assert find_posts(text) == []


def test_a_post_of_several_lines_is_the_whole_paragraph() -> None:
    text = ("Storm\n\nPower is out across the east side.\nCrews are on the way.\nCheck on elderly neighbours.\n"
            "— Dunmore Fire (@dunmorefire) May 2, 2023\n")
    [post] = find_posts(text)
    assert text[post.start:post.end].startswith("Power is out") and text[post.end - 11:post.end] == "neighbours."


def test_an_embeds_paragraph_element_is_no_part_of_the_post() -> None:
    text = ("Signing\n\n<blockquote class=\"twitter-tweet\"><p>Welcome to the club, Jonas! Training starts Monday.</p> — "
            "Riverside FC (@riversidefc) July 1, 2022</blockquote>\n")
    [post] = find_posts(text)
    assert text[post.start:post.end] == "Welcome to the club, Jonas! Training starts Monday."
