"""The labelling rules, with a stand-in fact comparison so each rule is tested alone."""

from __future__ import annotations

from claimcheck.classify import (
    check_claim,
    claim_window,
    combine,
    label_sentence,
    long_match,
    near_conflict,
)
from claimcheck.models import (
    Anchor,
    AnchorStatus,
    Candidate,
    Claim,
    ClaimCheck,
    Label,
    Reason,
    ReasonKind,
    Sentence,
)

TRUE = Claim(
    "p511", "511 prosecutors were punished.", "src", "A total of 511 prosecutors were punished."
)
FALSE = Claim(
    "p611-false", "611 prosecutors were punished.", "src",
    "A total of 511 prosecutors were punished.", verdict=False, note="the source says 511",
)  # fmt: skip


def sentence(text: str) -> Sentence:
    return Sentence.alone(text)


def numbers_differ(draft: str, reference: str) -> tuple[Reason, ...]:
    """A stand-in for facts.compare: conflicts on the first differing number, and on 'not'."""
    reasons = []
    mine = [w for w in draft.split() if w.isdigit()]
    theirs = [w for w in reference.split() if w.isdigit()]
    if mine and theirs and mine[0] != theirs[0]:
        reasons.append(Reason(ReasonKind.NUMBER, f"{mine[0]} vs {theirs[0]}", mine[0], theirs[0]))
    if (" not " in f" {draft} ") != (" not " in f" {reference} "):
        reasons.append(Reason(ReasonKind.NEGATION, "negation differs"))
    return tuple(reasons)


def test_true_claim_agreement_is_supported() -> None:
    check = check_claim("511 prosecutors were punished .", TRUE, 90.0, numbers_differ)
    assert check.label is Label.SUPPORTED
    assert [r.kind for r in check.reasons] == [ReasonKind.MATCH]


def test_true_claim_conflict_is_contradicted() -> None:
    check = check_claim("611 prosecutors were punished .", TRUE, 90.0, numbers_differ)
    assert check.label is Label.CONTRADICTED
    assert check.reasons[0].kind is ReasonKind.NUMBER


def test_repeating_a_false_claim_is_contradicted() -> None:
    check = check_claim("611 prosecutors were punished .", FALSE, 88.0, numbers_differ)
    assert check.label is Label.CONTRADICTED
    assert check.reasons[0].kind is ReasonKind.FALSE_CLAIM
    assert "the source says 511" in check.reasons[0].message


def test_negating_a_false_claim_is_supported() -> None:
    check = check_claim(
        "It is not true that 611 prosecutors were punished .", FALSE, 80.0, numbers_differ
    )
    assert check.label is Label.SUPPORTED
    assert check.reasons[0].kind is ReasonKind.NEGATES_FALSE_CLAIM


def test_correcting_a_false_claim_with_the_quote_is_supported() -> None:
    check = check_claim("511 prosecutors were punished .", FALSE, 85.0, numbers_differ)
    assert check.label is Label.SUPPORTED


def test_agreeing_with_a_false_claim_without_its_false_value_is_no_repeat() -> None:
    # "hundreds" fits both 611 (the false reading) and 511 (the quote): it repeats nothing
    check = check_claim("Hundreds of prosecutors were punished .", FALSE, 90.0, numbers_differ)
    assert check.label is Label.SUPPORTED
    assert check.reasons[0].kind is ReasonKind.MATCH


def test_a_third_value_that_fits_the_false_claim_but_not_its_quote_is_contradicted() -> None:
    # "since 2016" fits a false "set up in 2018" without stating 2018, and the quote says 2013
    def only_the_quote_differs(draft: str, reference: str) -> tuple[Reason, ...]:
        if "2013" in reference and "2016" in draft:
            return (Reason(ReasonKind.DATE, "2016 vs 2013", "since 2016", "2013"),)
        if "2013" in reference and "2018" in draft:
            return (Reason(ReasonKind.DATE, "2018 vs 2013", "2018", "2013"),)
        return ()

    false = Claim(
        "set-up-false", "It was set up in 2018 .", "src", "It was set up in 2013 .", verdict=False
    )
    check = check_claim("Since 2016 it has run .", false, 80.0, only_the_quote_differs)
    assert check.label is Label.CONTRADICTED
    assert [(r.kind, r.draft, r.claim) for r in check.reasons] == [
        (ReasonKind.DATE, "since 2016", "2013")
    ]


def test_a_false_claim_that_is_no_changed_value_is_repeated_by_agreeing() -> None:
    denial = Claim(
        "court-false", "The court did not acquit him .", "src", "The court acquitted him .",
        verdict=False,
    )  # fmt: skip
    check = check_claim("The court did not acquit him .", denial, 90.0, numbers_differ)
    assert check.label is Label.CONTRADICTED
    assert check.reasons[0].kind is ReasonKind.FALSE_CLAIM


def test_unsourced_lists_possible_matches() -> None:
    near = [Candidate("p511", 55.0)]
    result = label_sentence(
        "d.md", sentence("Prosecutors were busy."), None, [], near, numbers_differ, {}
    )
    assert result.label is Label.UNSOURCED
    assert result.reasons[0].kind is ReasonKind.POSSIBLE_MATCH
    assert "nearest: p511" in result.reasons[0].message
    alone = label_sentence(
        "d.md", sentence("Prosecutors were busy."), None, [], [], numbers_differ, {}
    )
    assert alone.reasons[0].kind is ReasonKind.NO_MATCH
    assert alone.claim_id is None


def test_skip_reason_wins() -> None:
    skip = Reason(ReasonKind.QUESTION, "a question, not a statement")
    result = label_sentence(
        "d.md", sentence("Why?"), skip, [(TRUE, Candidate("p511", 99.0))], [], numbers_differ, {}
    )
    assert result.label is Label.SKIPPED
    assert result.reasons == (skip,)


def test_contradiction_decides_and_evidence_is_attached() -> None:
    text = "611 prosecutors were punished ."
    result = label_sentence(
        "d.md",
        sentence(text),
        None,
        [(TRUE, Candidate("p511", 91.0))],
        [],
        numbers_differ,
        {"p511": Anchor(AnchorStatus.EXACT, 0, 23, 100.0, "the current source text")},
    )
    assert result.label is Label.CONTRADICTED
    assert (result.claim_id, result.source, result.score) == ("p511", "src", 91.0)
    assert result.quote == "the current source text"


def test_value_stated_by_another_matched_claim_is_not_a_conflict() -> None:
    other = Claim("cases246", "246 cases were retried.", "src", "246 cases were retried")
    checks = [
        ClaimCheck("cases246", 80.0, Label.SUPPORTED, (Reason(ReasonKind.MATCH, "ok"),)),
        ClaimCheck(
            "p511",
            75.0,
            Label.CONTRADICTED,
            (Reason(ReasonKind.NUMBER, "246 vs 511", "246", "511"),),
        ),
    ]
    combined = combine(checks, [other, TRUE])
    assert [c.label for c in combined] == [Label.SUPPORTED, Label.SUPPORTED]


def test_better_true_match_overrules_a_false_claim_repeat() -> None:
    checks = [
        ClaimCheck("p511", 95.0, Label.SUPPORTED, (Reason(ReasonKind.MATCH, "ok"),)),
        ClaimCheck(
            "p611-false", 80.0, Label.CONTRADICTED, (Reason(ReasonKind.FALSE_CLAIM, "repeats"),)
        ),
    ]
    assert [c.claim_id for c in combine(checks, [TRUE, FALSE])] == ["p511"]
    checks[1] = ClaimCheck(
        "p611-false", 99.0, Label.CONTRADICTED, (Reason(ReasonKind.FALSE_CLAIM, "repeats"),)
    )
    assert [c.claim_id for c in combine(checks, [TRUE, FALSE])] == ["p511", "p611-false"]


def test_claim_window_finds_the_part_that_states_a_claim() -> None:
    from claimcheck.classify import claim_window

    text = "A teenager was convicted in 1996 and executed, and was proven innocent in 2014."
    start, end = claim_window(text, "The teenager was proven innocent in 2014.")
    assert "proven innocent in 2014" in text[start:end]
    assert "1996" not in text[start:end]
    assert claim_window("Short.", "A much longer claim text than the sentence.") == (0, 6)


def test_each_claim_of_a_two_claim_sentence_is_compared_with_its_part() -> None:
    first = Claim("conv", "He was convicted in 1996 .", "s", "He was convicted in 1996.")
    second = Claim(
        "free", "He was proven innocent in 2014 .", "s", "He was proven innocent in 2014."
    )
    text = "He was convicted in 1996 and was proven innocent in 2014 ."
    matched = [(first, Candidate("conv", 90.0)), (second, Candidate("free", 88.0))]
    result = label_sentence("d.md", sentence(text), None, matched, [], numbers_differ, {})
    assert result.label is Label.SUPPORTED
    wrong = text.replace("2014", "2015")
    result = label_sentence("d.md", sentence(wrong), None, matched, [], numbers_differ, {})
    assert result.label is Label.CONTRADICTED
    assert result.claim_id == "free"


def test_false_claim_quote_conflict_on_a_value_another_claim_states_is_dropped() -> None:
    other = Claim("cases246", "246 cases were retried.", "src", "246 cases were retried")
    quote_conflict = Reason(ReasonKind.NUMBER, "246 vs 511", "246", "511")
    checks = [
        ClaimCheck("cases246", 90.0, Label.SUPPORTED, (Reason(ReasonKind.MATCH, "ok"),)),
        ClaimCheck("p611-false", 70.0, Label.CONTRADICTED, (quote_conflict,)),
    ]
    combined = combine(checks, [other, FALSE])
    assert [c.label for c in combined] == [Label.SUPPORTED, Label.SUPPORTED]
    # a value no agreeing claim states is still a conflict with the quote
    unexplained = Reason(ReasonKind.NUMBER, "301 vs 511", "301", "511")
    checks[1] = ClaimCheck("p611-false", 70.0, Label.CONTRADICTED, (unexplained,))
    assert combine(checks, [other, FALSE])[1].label is Label.CONTRADICTED


def test_false_claim_conflict_on_its_own_false_value_is_kept() -> None:
    other = Claim("p611-other", "611 cases were retried.", "src", "611 cases were retried")
    repeat = Reason(ReasonKind.NUMBER, "611 vs 511", "611", "511")
    checks = [
        ClaimCheck("p611-other", 90.0, Label.SUPPORTED, (Reason(ReasonKind.MATCH, "ok"),)),
        ClaimCheck("p611-false", 70.0, Label.CONTRADICTED, (repeat,)),
    ]
    assert combine(checks, [other, FALSE])[1].label is Label.CONTRADICTED


FELL = Claim(
    "fell-false", "Exports fell by 12% in 2020.", "src", "Exports were up by 12% in 2020.",
    verdict=False, note="the source says up",
)  # fmt: skip


def direction_differs(draft: str, reference: str) -> tuple[Reason, ...]:
    """A stand-in for facts.compare: a direction conflict between "fell" and "up"."""
    if "fell" in draft and "up" in reference:
        return (Reason(ReasonKind.DIRECTION, "fell vs up", "fell", "up"),)
    return ()


def test_a_reversed_direction_is_not_repeated_by_a_sentence_without_a_direction() -> None:
    check = check_claim("Exports reached 40 billion in 2020.", FELL, 80.0, direction_differs)
    assert check.label is Label.SUPPORTED


def test_a_reversed_direction_is_repeated_by_a_sentence_stating_it() -> None:
    check = check_claim("Exports declined in 2020.", FELL, 80.0, direction_differs)
    assert check.label is Label.CONTRADICTED
    assert check.reasons[0].kind is ReasonKind.FALSE_CLAIM


def test_a_near_claim_counts_only_when_the_sentence_changes_its_value() -> None:
    other = Claim("other", "411 judges were punished.", "src", "411 judges were punished.")
    near = [(other, Candidate("other", 58.0)), (TRUE, Candidate("p511", 56.0))]
    changed = "Some 611 prosecutors were punished ."
    assert near_conflict(changed, near, numbers_differ) == [(other, Candidate("other", 58.0))]
    assert near_conflict("Some 411 judges were punished .", near[:1], numbers_differ) == []
    # any conflict counts: a negation too
    negated = "Prosecutors were not punished ."
    assert near_conflict(negated, near, numbers_differ) == [(other, Candidate("other", 58.0))]
    # a near false claim counts when the sentence states its false figure, not when it changes it
    false = [(FALSE, Candidate("p611-false", 58.0))]
    assert near_conflict(changed, false, numbers_differ) == false
    assert near_conflict("Some 711 prosecutors were punished .", false, numbers_differ) == []
    assert near_conflict("Some prosecutors were punished .", false, numbers_differ) == []


def test_a_claim_window_keeps_the_bound_before_its_first_number() -> None:
    sentence = (
        "They reviewed 246 cases, and in more than twenty of them people were jailed for years."
    )
    start, end = claim_window(sentence, "Twenty-two of them had people jailed for years.")
    assert sentence[start:end].startswith("more than twenty")


def unstated_numbers(statement: str, evidence: str) -> tuple[Reason, ...]:
    """A stand-in for facts.unsupported: the statement's numbers that the evidence lacks."""
    return tuple(
        Reason(ReasonKind.NUMBER, f"{w} not stated", w)
        for w in statement.split()
        if w.isdigit() and w not in evidence.split()
    )


def test_a_long_sentence_matches_its_best_claim_at_the_lower_floor() -> None:
    near = [(TRUE, Candidate("p511", 60.0))]
    long = "In a briefing on Monday the procuratorate said 511 prosecutors were punished ."
    assert long_match(long, near, 58.0, unstated_numbers) == near
    # not under the lower floor, and not for a sentence that is not long (floor None)
    assert long_match(long, near, 61.0, unstated_numbers) == []
    assert long_match(long, near, None, unstated_numbers) == []
    # a figure the claim does not state may belong to a second, changed claim
    extra = "In 2019 the procuratorate said 511 prosecutors were punished ."
    assert long_match(extra, near, 58.0, unstated_numbers) == []
