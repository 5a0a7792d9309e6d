"""Tests for claimcheck.checkworthy: which sentences make a checkable statement."""

from __future__ import annotations

import pytest

from claimcheck.checkworthy import assess
from claimcheck.models import BlockKind, ReasonKind, Sentence

P = BlockKind.PARAGRAPH
H = BlockKind.HEADING


def sentence(text: str, block: BlockKind = P) -> Sentence:
    return Sentence(
        text=text,
        start=0,
        end=len(text),
        line=1,
        column=1,
        end_line=1,
        end_column=len(text) + 1,
        block=block,
    )


# Sentences that assert something checkable: assess returns None.
CHECKED: list[tuple[str, BlockKind]] = [
    # News prose: numbers, dates, names, events, attributions.
    ("Twenty-two of those cases had wrongly jailed people for over 10 years.", P),
    ("Tong said some of the prosecutors had retired.", P),
    ("The law took effect on January 1.", P),
    ("The law takes effect in May.", P),
    ("The court acquitted him.", P),
    ("China has a 99.92 percent conviction rate.", P),
    ("In 2014, the young man was proven innocent.", P),
    ("The penalties were given under a mechanism introduced in 2013.", P),
    ("He added that the procuratorate was handling crimes involving minors more cautiously.", P),
    ("According to the regulation, confessions obtained by force will no longer be accepted.", P),
    ("Wang also said she would not accept the award.", P),
    ("The Supreme People's Court issued new rules on evidence.", P),
    ("A joint statement issued by five governing bodies said forced confessions are illegal.", P),
    ("The regulation makes it clear that forced confessions are prohibited.", P),
    ("Prosecutors must record every interrogation, the ministry said.", P),
    ("Critics say the new rules are unfair.", P),
    ("The measure, which critics called draconian, passed the legislature.", P),
    # Quoted opinions and orders are checkable as attributed statements.
    ("\u201cWe will never allow this,\u201d the minister said.", P),
    ("\u201cPrevent forced confessions,\u201d the statement added.", P),
    # Opinion words inside a factual sentence do not make it an opinion.
    ("The shocking ruling freed 20 prisoners in 2014.", P),
    ("The shocking ruling freed the prisoners.", P),
    # Conversational openers with a fact after them.
    ("I think we lost 5 million jobs.", P),
    ("Let me say that we cut taxes for forty million families.", P),
    ("I believe we negotiated with the Soviet Union from a position of strength.", P),
    ("Number 2, the budget was balanced in 1998.", P),
    ("We have no energy policy.", P),
    # A question that carries a number is checked for the number.
    ("Do you know that 8 million Americans are out of work?", P),
    # Headings with a number, a date or an event.
    ("China Punishes Over 500 Prosecutors for Wrongful Convictions", H),
    ("Supreme Court Overturns Murder Conviction", H),
    ("China's top legislative body rebukes use of collective punishment", H),
    ("Reforms announced on December 26", H),
]

# Sentences that make no checkable statement: the kind of Reason and a word its message names.
SKIPPED: list[tuple[str, BlockKind, ReasonKind, str]] = [
    ("Is someone going to take our check away from us?", P, ReasonKind.QUESTION, "question"),
    ("What is the government going to do about it?", P, ReasonKind.QUESTION, "question"),
    ("May I ask a question?", P, ReasonKind.QUESTION, "question"),
    ("Why does this matter?", H, ReasonKind.QUESTION, "question"),
    ("We believe this is the right approach.", P, ReasonKind.OPINION, '"We believe"'),
    ("I think that's all wrong.", P, ReasonKind.OPINION, '"I think"'),
    ("Well, Jim, I don't believe that's the answer.", P, ReasonKind.OPINION, "I don't believe"),
    ("I\u2019m proud of what this country stands for.", P, ReasonKind.OPINION, "proud"),
    ("In my view, the reform is long overdue.", P, ReasonKind.OPINION, '"In my view"'),
    ("This is a very important issue.", P, ReasonKind.OPINION, "verdict"),
    ("That is not free trade.", P, ReasonKind.OPINION, "verdict"),
    ("The ruling was a disgrace.", P, ReasonKind.OPINION, '"disgrace"'),
    ("I will never give up on the people of this state.", P, ReasonKind.OPINION, '"I will"'),
    ("I want them to be tougher.", P, ReasonKind.OPINION, '"I want"'),
    ("We need to find a balance between punishment and protection.", P, ReasonKind.EXHORTATION,
     '"We need to"'),
    ("Let's get back to the economy.", P, ReasonKind.EXHORTATION, "Let's"),
    ("Imagine what this country could do.", P, ReasonKind.EXHORTATION, "imperative"),
    ("Procuratorial authorities must do more to prevent abuse.", P, ReasonKind.EXHORTATION,
     "should happen"),
    ("You have to make choices.", P, ReasonKind.EXHORTATION, '"You have to"'),
    ("Somebody has to take responsibility for this.", P, ReasonKind.EXHORTATION, "Somebody"),
    ("Please do not force any person to confess.", P, ReasonKind.EXHORTATION, '"Please"'),
    ("Mr. Lehrer, I think that's wrong.", P, ReasonKind.OPINION, '"I think"'),
    ("Background", H, ReasonKind.HEADING, "heading"),
    ("Top Stories", H, ReasonKind.HEADING, "heading"),
    ("Our methodology", H, ReasonKind.HEADING, "heading"),
    ("Subscribe to our newsletter", P, ReasonKind.BOILERPLATE, "Subscribe"),
    ("Share:", P, ReasonKind.BOILERPLATE, '"Share:"'),
    ("Read more", P, ReasonKind.BOILERPLATE, "Read more"),
    ("By: Xinhua", P, ReasonKind.BOILERPLATE, '"By:"'),
    ("July 17, 2017   By:Xinhua", P, ReasonKind.BOILERPLATE, '"By:"'),
    ("Editor: Bibek Bhandari.", P, ReasonKind.BOILERPLATE, '"Editor:"'),
    ("(Header image: VCG)", P, ReasonKind.BOILERPLATE, "Header image"),
    ("Font Size:", P, ReasonKind.BOILERPLATE, "Font Size"),
    ("Home | World | Business | Sports", P, ReasonKind.BOILERPLATE, "menu"),
    ("Copyright \u00a9 2024 Example News. All rights reserved.", P, ReasonKind.BOILERPLATE,
     "All rights reserved"),
    ("Daily Caller News Foundation logo", P, ReasonKind.BOILERPLATE, "logo"),
    ("Follow Ryan on Twitter", P, ReasonKind.BOILERPLATE, "Twitter"),
    ("By signing up, you agree to our Terms of Use.", P, ReasonKind.BOILERPLATE, "signing up"),
    ("Related readings:", H, ReasonKind.BOILERPLATE, "Related readings"),
    ("Languages", P, ReasonKind.NO_FACT, "fragment"),
    ("news", P, ReasonKind.NO_FACT, "fragment"),
    ("Thank you.", P, ReasonKind.NO_FACT, "courtesy"),
    ("Thank you very much, and good night.", P, ReasonKind.NO_FACT, "courtesy"),
    ("Let me tell you something about that.", P, ReasonKind.NO_FACT, '"Let me tell you"'),
    ("|", P, ReasonKind.NO_FACT, "no words"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "block"), CHECKED)
def test_checkable_sentences_are_not_skipped(text: str, block: BlockKind) -> None:
    assert assess(sentence(text, block)) is None


@pytest.mark.parametrize(("text", "block", "kind", "cue"), SKIPPED)
def test_sentences_without_a_checkable_statement_are_skipped(
    text: str, block: BlockKind, kind: ReasonKind, cue: str
) -> None:
    reason = assess(sentence(text, block))
    assert reason is not None
    assert reason.kind is kind
    assert cue in reason.message


def test_every_skip_kind_has_examples() -> None:
    skip_kinds = {
        ReasonKind.QUESTION,
        ReasonKind.OPINION,
        ReasonKind.EXHORTATION,
        ReasonKind.HEADING,
        ReasonKind.BOILERPLATE,
        ReasonKind.NO_FACT,
    }
    assert {kind for _, _, kind, _ in SKIPPED} == skip_kinds


def test_the_span_locates_the_cue_that_fired() -> None:
    text = "Well, Jim, I don't believe that's the answer."
    reason = assess(sentence(text))
    assert reason is not None
    assert reason.span is not None
    assert text[reason.span[0] : reason.span[1]] == "I don't believe"


def test_the_span_refers_to_the_original_text_with_curly_apostrophes() -> None:
    text = "I\u2019m proud of what this country stands for."
    reason = assess(sentence(text))
    assert reason is not None
    assert reason.span == (0, len("I\u2019m proud"))
    assert reason.message == 'opinion: "I\u2019m proud" with no checkable fact'


def test_a_heading_needs_a_fact_but_the_same_words_in_a_paragraph_are_checked() -> None:
    assert assess(sentence("Our methodology", H)) is not None
    assert assess(sentence("The court acquitted him.", H)) is None
    assert assess(sentence("China Punishes Over 500 Prosecutors", P)) is None


def test_an_event_after_an_opinion_marker_is_checked() -> None:
    assert assess(sentence("I think the court acquitted him.")) is None
    assert assess(sentence("I think the court is wrong.")) is not None


def test_a_byline_needs_to_be_short_and_verbless() -> None:
    assert assess(sentence("By 2014, the number of acquittals had doubled.")) is None
    assert assess(sentence("The reporter was jailed for a post on Twitter in March.")) is None
