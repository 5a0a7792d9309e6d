"""Tests for claimcheck.checkworthy: which sentences make a checkable statement."""

from __future__ import annotations

import pytest

from claimcheck.checkworthy import assess
from claimcheck.models import BlockKind, ReasonKind, Sentence

P = BlockKind.PARAGRAPH
H = BlockKind.HEADING


def sentence(text: str, block: BlockKind = P) -> Sentence:
    return Sentence.alone(text, block)


# Sentences that assert something checkable: assess returns None.
CHECKED: list[tuple[str, BlockKind]] = [
    # News prose: numbers, dates, names, events, attributions.
    ("Twenty-two of those cases had wrongly jailed people for over 10 years.", P),
    ("Tong said some of the prosecutors had retired.", P),
    ("The ministry reports five deaths.", P),
    ("It quotes the commission as saying relatives may be punished in serious cases.", P),
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
    # "Do you know ...?" asserts what follows: its number or event is checked.
    ("Do you know that 8 million Americans are out of work?", P),
    ("Did you know the court freed him?", P),
    # Headings that report an event with a number, a full date or a dated year.
    ("China Punishes Over 500 Prosecutors for Wrongful Convictions", H),
    ("Zhang Yuhuan freed after 27 years", H),
    ("Court frees three men", H),
    ("Reforms announced on December 26", H),
    ("Zhang Yuhuan freed in 2019", H),
    # a fact-check's claim under review, quoted whole as a heading: an event is enough
    ("\u201cIn her TV confession, Wang Yu said she would accept the award\u201d", H),
    # what a rule provides is a fact, judgement words or not
    ("Under Chinese law, prosecutors can also withdraw a weak case before the verdict.", P),
    ("2019: Zhang Yuhuan is released", H),
    ("Step 1: 500 prosecutors punished", H),
    # Modals that describe the law or report what someone said, with or without a number.
    ("The minister said prosecutors should record every interrogation within 24 hours.", P),
    ("The law says courts must exclude confessions obtained by torture.", P),
    ("The opinions say defendants should be acquitted when evidence is lacking.", P),
    ("\u201cCourts should exclude such evidence within 30 days.\u201d", P),
    ("Under the 2012 law, confessions should be recorded on video.", P),
    ("Confessions should be recorded under the Criminal Procedure Law of 2012.", P),
    ("People should know that 511 prosecutors were punished.", P),
    ("After Zhang was freed in 2020, officials should have apologised.", P),
    ("Suspects could face up to 10 years in prison.", P),
    ("Prosecutors must record interrogations lasting more than 2 hours.", P),
    ('The ruling said punishment "must not be extended to relatives."', P),
    # A linking verb with no judgement, or a judgement that goes with a fact, is checked.
    ("The Supreme People's Court is the highest court in China.", P),
    ("Prosecutors are responsible for approving arrests.", P),
    ("The ruling was welcomed by lawyers.", P),
    ("This is the worst trade year in American history.", P),
    ("The President was unsuccessful; Chiang Kai-shek would not withdraw.", P),
    ("Zhang spent decades behind bars.", P),
    ("It is unclear whether the court acquitted him.", P),
    ("Earlier reforms also made headlines.", P),  # a past event, however vague
    ("Amnesty International urged China to release the lawyer.", P),  # a past call is an event
    ("The group, which documented dozens of cases, calls on Beijing to stop.", P),
    ("This report finds that 500 prosecutors were punished.", P),  # a finding with a number
    ("By 2020 the courts had acquitted 1,039 people.", P),  # "By" before a year: no byline
    ("By Friday, Tong had resigned.", P),  # a verb: no byline
    ("Ask anyone: the rule was widely reported.", P),  # "was" + adverb + participle: an event
]

# Sentences that make no checkable statement: the kind of Reason and a word its message names.
SKIPPED: list[tuple[str, BlockKind, ReasonKind, str]] = [
    ("Is someone going to take our check away from us?", P, ReasonKind.QUESTION, "question"),
    ("What is the government going to do about it?", P, ReasonKind.QUESTION, "question"),
    ("May I ask a question?", P, ReasonKind.QUESTION, "question"),
    ("Why does this matter?", H, ReasonKind.QUESTION, "question"),
    # A number in a question is asked about, not asserted.
    ("Is a 99.92 percent conviction rate a sign of efficient policing, or of something darker?",
     P, ReasonKind.QUESTION, "question"),
    ("Who will dominate Asia in the next five or ten years?", P, ReasonKind.QUESTION,
     "question"),
    ("\u201cWho decides?\u201d", P, ReasonKind.QUESTION, "question"),
    ("We believe this is the right approach.", P, ReasonKind.OPINION, '"We believe"'),
    ("I think that's all wrong.", P, ReasonKind.OPINION, '"I think"'),
    ("Well, Jim, I don't believe that's the answer.", P, ReasonKind.OPINION, "I don't believe"),
    ("I\u2019m proud of what this country stands for.", P, ReasonKind.OPINION, "proud"),
    ("In my view, the reform is long overdue.", P, ReasonKind.OPINION, '"In my view"'),
    ("That is not free trade.", P, ReasonKind.OPINION, "verdict"),
    # A linking verb whose predicate judges, with no number, date, event or actor.
    ("This is a very important issue.", P, ReasonKind.OPINION, '"is a very important"'),
    ("The ruling was a disgrace.", P, ReasonKind.OPINION, '"was a disgrace" judges'),
    ("Accountability that arrives decades late is better than none.", P, ReasonKind.OPINION,
     '"is better"'),
    ("Cases like these are a stain on any justice system.", P, ReasonKind.OPINION,
     '"are a stain"'),
    ("Punishing children for the alleged crimes of their parents is indefensible.", P,
     ReasonKind.OPINION, '"is indefensible"'),
    ("On paper, at least, these are meaningful reforms.", P, ReasonKind.OPINION,
     '"are meaningful"'),
    ("The new rules are a triumph for defence lawyers.", P, ReasonKind.OPINION,
     '"are a triumph"'),
    ("It was a year of mixed signals.", P, ReasonKind.OPINION, '"was a year of mixed"'),
    # A name that does nothing does not make a judgement checkable.
    ("The article's tone is unusually candid for a Party journal.", P, ReasonKind.OPINION,
     '"is unusually candid"'),
    ("Understanding these institutions is essential for anyone following Chinese law.", P,
     ReasonKind.OPINION, '"is essential"'),
    ("Beijing's misguided approach hurts defendants.", P, ReasonKind.OPINION, '"misguided"'),
    # Speculation asserts nothing yet.
    ("Whether Beijing will honour the new rules remains to be seen.", P, ReasonKind.NO_FACT,
     '"remains to be seen"'),
    ("It is too early to tell whether the reforms will work.", P, ReasonKind.NO_FACT,
     "speculation"),
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
    # Advice heading the sentence says what ought to be, even with a number in it.
    ("Nobody should have to wait 27 years for justice.", P, ReasonKind.EXHORTATION,
     '"Nobody should" says what ought to be'),
    ("A 99.92 percent conviction rate should give any observer pause.", P,
     ReasonKind.EXHORTATION, "should\" says what ought to be"),
    ("Readers should keep asking why 511 prosecutors were punished.", P,
     ReasonKind.EXHORTATION, '"Readers should"'),
    ("We ought to cut the growth to twice the rate of inflation.", P, ReasonKind.EXHORTATION,
     '"We ought to"'),
    ("If the rate rises above 5 percent, the bank should act.", P, ReasonKind.EXHORTATION,
     '"the bank should"'),
    ("Please do not force any person to confess.", P, ReasonKind.EXHORTATION, '"Please"'),
    ("Mr. Lehrer, I think that's wrong.", P, ReasonKind.OPINION, '"I think"'),
    ("Background", H, ReasonKind.HEADING, "heading"),
    ("Top Stories", H, ReasonKind.HEADING, "heading"),
    ("Our methodology", H, ReasonKind.HEADING, "heading with no event"),
    # A heading is a label unless it reports an event with a number or a date.
    ("Prosecutors punished for old mistakes", H, ReasonKind.HEADING,
     "an event but no number or date"),
    ("Supreme Court Overturns Murder Conviction", H, ReasonKind.HEADING,
     "an event but no number or date"),
    ("China's top legislative body rebukes use of collective punishment", H, ReasonKind.HEADING,
     "an event but no number or date"),
    ("The 709 lawyers on camera", H, ReasonKind.HEADING, '("709") but no event'),
    ("Three questions about the ruling", H, ReasonKind.HEADING, '("Three") but no event'),
    ("Decades behind bars", H, ReasonKind.HEADING, "no event and no number or date"),
    ("2023 in review: China's justice system", H, ReasonKind.HEADING, '"2023" only labels it'),
    ("Part 2: Prosecutors punished", H, ReasonKind.HEADING, "an event but no number or date"),
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
    ("Our Asia correspondent reports.", P, ReasonKind.BOILERPLATE, 'hand-over to a report ("reports")'),
    ("Our reporter Jane Doe has more.", P, ReasonKind.BOILERPLATE, '("has more")'),
    ("This essay argues that the reforms China has adopted are real but incomplete.", P,
     ReasonKind.OPINION, '"This essay argues" announces'),
    ("This article will examine the new rules.", P, ReasonKind.OPINION, "own argument"),
    ("The Coalition calls on the Government of China to revoke all such measures.", P,
     ReasonKind.EXHORTATION, '"The Coalition calls on"'),
    ("Amnesty International urges the authorities to release him.", P, ReasonKind.EXHORTATION,
     "call to act"),
    ("By Dana Whitfield | Verification Desk", P, ReasonKind.BOILERPLATE, '("By Dana")'),
    ("Rating: Mostly False", P, ReasonKind.BOILERPLATE, '"Rating:"'),
    ("You are receiving this email because you signed up for The Rights Brief.", P,
     ReasonKind.BOILERPLATE, "receiving this email"),
    # an adverb before a participle keeps it an adjective: "is actually enforced" is no event
    ("Ask the SPP whether the recording rule is actually enforced.", P, ReasonKind.EXHORTATION,
     "imperative"),
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


def test_a_heading_needs_an_event_and_a_figure_but_a_paragraph_needs_neither() -> None:
    assert assess(sentence("The court acquitted him.", H)) is not None
    assert assess(sentence("The court acquitted him in 2014.", H)) is None
    assert assess(sentence("The court acquitted him.", P)) is None
    assert assess(sentence("Prosecutors punished for old mistakes", P)) is None


def test_a_question_is_skipped_whatever_its_block() -> None:
    for block in (P, H, BlockKind.LIST_ITEM, BlockKind.BLOCKQUOTE):
        reason = assess(sentence("Is a 99.92 percent conviction rate a sign of success?", block))
        assert reason is not None
        assert reason.kind is ReasonKind.QUESTION


def test_the_span_locates_the_judgement_and_the_advice() -> None:
    text = "Cases like these are a stain on any justice system."
    reason = assess(sentence(text))
    assert reason is not None
    assert reason.span is not None
    assert text[reason.span[0] : reason.span[1]] == "are a stain"
    text = "Nobody should have to wait 27 years for justice."
    reason = assess(sentence(text))
    assert reason is not None
    assert reason.span is not None
    assert text[reason.span[0] : reason.span[1]] == "Nobody should"


def test_a_name_makes_a_judgement_checkable_only_in_a_long_sentence() -> None:
    # In a long sentence the linking verb may head a clause rather than the sentence.
    short = "The reform of the Criminal Procedure Law is a disgrace."
    long = (
        "The reform of the Criminal Procedure Law that scholars and judges from every province "
        "keep discussing at length in seminars and academic journals is a disgrace."
    )
    assert assess(sentence(short)) is not None
    assert assess(sentence(long)) is None
    assert assess(sentence(long.replace("Criminal Procedure Law", "criminal law"))) is not None
