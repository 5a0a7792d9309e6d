"""Tests for claimcheck.match: retrieval plus rescoring into calibrated match scores."""

from __future__ import annotations

import json

import pytest

import claimcheck.match as match_module
import claimcheck.parallel as parallel
from claimcheck.match import (
    LONG_MARGIN,
    MATCH_THRESHOLD,
    POSSIBLE_THRESHOLD,
    SHORT_MATCH_THRESHOLD,
    Matcher,
    is_match,
    long_floor,
    matched_claims,
)
from claimcheck.models import Candidate, Claim
from claimcheck.tokens import terms

REGISTRY = [
    (
        "budget",
        "The city council approved a $5 million budget for parks in 2021.",
        "The council voted 7-2 on Tuesday to approve a $5 million parks budget for 2021.",
    ),
    (
        "mayor",
        "The mayor resigned in March 2021.",
        "Mayor Jane Holt announced her resignation in March 2021.",
    ),
    (
        "unemployment",
        "Unemployment fell to 3.5% in May 2019.",
        "The unemployment rate dropped to 3.5 percent in May 2019, the lowest in five decades.",
    ),
    (
        "measles",
        "Measles vaccination rates in Oregon dropped below 90% in 2019.",
        "In 2019 the share of Oregon kindergartners vaccinated against measles fell below 90 "
        "percent.",
    ),
    (
        "bridge",
        "The Golden Gate Bridge was closed for six hours because of high winds.",
        "High winds forced the closure of the Golden Gate Bridge for six hours on Sunday.",
    ),
    (
        "iphone",
        "Apple sold 50 million iPhones in the first quarter of 2020.",
        "Apple shipped 50 million iPhone units in the first quarter of 2020, analysts said.",
    ),
    (
        "coffee",
        "Drinking coffee does not cause dehydration, a 2014 study found.",
        "A 2014 study found that moderate coffee drinking does not dehydrate people.",
    ),
    (
        "teachers",
        "The school district hired 40 new teachers this fall.",
        "The district said it had hired 40 teachers ahead of the fall term.",
    ),
    ("thames", "The Thames froze over in 1963.", "The last time the Thames froze over was 1963."),
    ("michigan", "Trump won Michigan in 2016.", "Donald Trump won Michigan in the 2016 election."),
]
CLAIMS = [Claim(id=i, text=t, source="news", quote=q) for i, t, q in REGISTRY]


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher.build(CLAIMS)


def top(matcher: Matcher, text: str) -> Candidate:
    found = matcher.search(text, 3)
    assert found, text
    return found[0]


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("In 2021 the city council passed a 5 million dollar parks budget.", "budget"),
        ("High winds shut the Golden Gate Bridge for six hours.", "bridge"),
        (
            "Fewer than 90% of Oregon kindergartners were vaccinated against measles in 2019.",
            "measles",
        ),
        ("The Golden Gate Brigde was closed for six hours due to high winds.", "bridge"),
    ],
)
def test_a_paraphrase_ranks_first_and_matches(matcher: Matcher, text: str, claim_id: str) -> None:
    best = top(matcher, text)
    assert best.claim_id == claim_id
    assert is_match(text, best)


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("The city council approved a $7 million budget for parks in 2021.", "budget"),
        ("Unemployment fell to 3.5% in May 2018.", "unemployment"),
        ("Unemployment rose to 3.5% in May 2019.", "unemployment"),
        ("Clinton won Michigan in 2016.", "michigan"),
        ("Drinking coffee causes dehydration, a 2014 study found.", "coffee"),
    ],
)
def test_a_changed_number_date_or_word_still_matches(
    matcher: Matcher, text: str, claim_id: str
) -> None:
    best = top(matcher, text)
    assert best.claim_id == claim_id
    assert best.score >= MATCH_THRESHOLD


@pytest.mark.parametrize(
    "text",
    [
        "The city council rejected a plan to close two parks.",
        "Unemployment among young workers rose in May.",
        "Apple opened a new store in Chicago in 2020.",
        "Oregon passed a new law on school vaccination exemptions.",
    ],
)
def test_the_same_topic_with_another_fact_is_no_match(matcher: Matcher, text: str) -> None:
    assert matched_claims(text, matcher.search(text, 5)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The weather was lovely and we had a picnic by the lake.",
        "Our quarterly newsletter is available on the website.",
        "",
        "!!!",
    ],
)
def test_an_off_topic_sentence_is_below_possible(matcher: Matcher, text: str) -> None:
    assert all(c.score < POSSIBLE_THRESHOLD for c in matcher.search(text, 5))


def test_a_sentence_making_two_claims_matches_both(matcher: Matcher) -> None:
    text = (
        "The city council approved a $5 million budget for parks in 2021 and the mayor "
        "resigned in March."
    )
    found = matched_claims(text, matcher.search(text, 5))
    assert {c.claim_id for c in found} == {"budget", "mayor"}
    text = "High winds closed the Golden Gate Bridge for six hours, and the Thames froze in 1963."
    assert {c.claim_id for c in matched_claims(text, matcher.search(text, 5))} == {
        "bridge",
        "thames",
    }


def test_a_short_sentence_needs_a_stronger_score(matcher: Matcher) -> None:
    between = Candidate("unemployment", (MATCH_THRESHOLD + SHORT_MATCH_THRESHOLD) / 2)
    assert not is_match("Unemployment fell.", between)
    assert is_match("Unemployment fell to a record low in May across the state.", between)
    assert is_match("Unemployment fell.", Candidate("unemployment", SHORT_MATCH_THRESHOLD))
    found = matcher.search("Unemployment was low.", 1)[0]
    assert found.claim_id == "unemployment"
    assert POSSIBLE_THRESHOLD <= found.score < SHORT_MATCH_THRESHOLD
    assert matched_claims("Unemployment was low.", [found]) == []


def test_a_scattered_overlap_with_a_long_text_is_weak(matcher: Matcher) -> None:
    text = (
        "Michigan fans celebrated all night after the game, while in another story Trump "
        "spoke about 2016 and what he won."
    )
    best = top(matcher, text)
    assert best.score < MATCH_THRESHOLD


def test_thresholds_are_ordered_and_overridable() -> None:
    assert 0 < POSSIBLE_THRESHOLD < MATCH_THRESHOLD < SHORT_MATCH_THRESHOLD <= 100
    candidate = Candidate("x", 60.0)
    text = "The council approved a budget for parks and pools in the city."
    assert not is_match(text, candidate)
    assert is_match(text, candidate, threshold=55.0)
    assert matched_claims(text, [candidate], threshold=55.0) == [candidate]


def test_scores_are_best_first_and_bounded(matcher: Matcher) -> None:
    found = matcher.search("The council approved the parks budget in March 2021.", 10)
    scores = [c.score for c in found]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 100.0 for s in scores)
    assert len({c.claim_id for c in found}) == len(found)


def test_search_many_matches_search(matcher: Matcher) -> None:
    texts = ["Unemployment fell to 3.5%.", "The Thames froze.", "nothing here"]
    assert matcher.search_many(texts, 3) == [matcher.search(t, 3) for t in texts]


def test_extra_text_is_indexed() -> None:
    claims = [
        Claim(id="a", text="A viral video shows a huge snake.", source="s", quote="A video."),
        Claim(id="b", text="A viral video shows a large dog.", source="s", quote="A video."),
    ]
    titled = Matcher.build(claims, extra=["Is this a 10-meter anaconda?", "Giant dog?"])
    assert titled.search("that anaconda video", 1)[0].claim_id == "a"
    with pytest.raises(ValueError, match="extra"):
        Matcher.build(claims, extra=["one title"])


def test_state_round_trip_gives_identical_results(matcher: Matcher) -> None:
    loaded = Matcher.from_state(json.loads(json.dumps(matcher.state())), [c.id for c in CLAIMS])
    texts = [text for _, text, _ in REGISTRY] + [
        "The council approved the budget and the mayor resigned.",
        "Apple sold 60 million iPhones.",
    ]
    assert loaded.search_many(texts, 5) == matcher.search_many(texts, 5)


def test_from_state_rejects_other_claims_or_versions(matcher: Matcher) -> None:
    state = matcher.state()
    with pytest.raises(ValueError, match="other claims"):
        Matcher.from_state(state, [c.id for c in CLAIMS[:-1]])
    with pytest.raises(ValueError, match="version"):
        Matcher.from_state({**state, "version": 0}, [c.id for c in CLAIMS])


def test_an_empty_registry_finds_nothing() -> None:
    assert Matcher.build([]).search("anything at all", 5) == []


def test_parallel_search_many_matches_sequential(
    matcher: Matcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [text for _, text, _ in REGISTRY] * 3
    expected = matcher.search_many(texts, 3)
    monkeypatch.setattr(match_module, "PARALLEL_MIN_TEXTS", 1)
    monkeypatch.setattr(match_module, "PARALLEL_MIN_DOCS", 1)
    monkeypatch.setattr(parallel, "MAX_WORKERS", 2)
    if match_module.workers_for(len(texts), len(CLAIMS)) < 2:
        pytest.skip("no forked workers on this machine")
    assert matcher.search_many(texts, 3) == expected


@pytest.mark.parametrize(
    ("text", "claim_id"),
    [
        ("The city council approved a $9 million budget for parks in 2021.", "budget"),
        ("The Thames froze over in 1962.", "thames"),
        ("Unemployment rose to 3.9% in June 2019.", "unemployment"),
        ("Measles vaccination rates in Oregon climbed above 95% in 2019.", "measles"),
    ],
)
def test_a_changed_number_year_month_or_direction_stands_in(
    matcher: Matcher, text: str, claim_id: str
) -> None:
    found = matched_claims(text, matcher.search(text, 5))
    assert [c.claim_id for c in found] == [claim_id]


def test_a_stand_in_needs_a_plausible_value_from_the_claim_text() -> None:
    claims = [
        Claim(
            "fines",
            "Regulators issued 41 fines to airlines.",
            "s",
            "Regulators issued 41 fines to airlines and 6,200 warnings to airports.",
        ),
        Claim("storms", "Storms closed 12 airports in 2019.", "s", "q"),
    ]
    matcher = Matcher.build(claims)
    said = "Regulators issued {} fines to low-cost airlines last winter."
    near, far, quoted = (matcher.search(said.format(n), 1)[0] for n in ("45", "4,100", "6,500"))
    assert near.claim_id == far.claim_id == quoted.claim_id == "fines"
    assert far.score < near.score  # 4,100 is no stand-in for 41
    assert quoted.score == far.score  # nor is 6,500, though the quote has 6,200


def test_a_rounded_figure_matches_a_claim_that_leaves_out_the_subject() -> None:
    claims = [
        Claim("cases", "By Friday 68,179 cases had been reported, with 2,480 deaths.", "s", "q"),
        Claim("tests", "Officials said 412,000 tests had been carried out by April.", "s", "q"),
        Claim("flu", "Flu killed 2,100 people in the region last winter.", "s", "q"),
    ]
    matcher = Matcher.build(claims)
    text = "Norway recorded more than 68,000 cases and nearly 2,500 deaths by Friday."
    found = matched_claims(text, matcher.search(text, 3))
    assert [c.claim_id for c in found] == ["cases"]
    # figures far from the claim's are changed facts, not the claim's own: a weaker match
    changed = "Norway recorded more than 90,000 cases and nearly 4,000 deaths by Friday."
    assert matcher.search(changed, 1)[0].score < found[0].score


def test_a_nearby_small_figure_on_another_subject_is_no_match() -> None:
    claims = [
        Claim("rating", "Critics gave the novel an average rating of 6.4 out of 10.", "s", "q"),
        Claim("sales", "The novel sold 120,000 copies in its first year.", "s", "q"),
    ]
    matcher = Matcher.build(claims)
    text = "Diners gave the new restaurant an average score of 6.38 at launch."
    assert matched_claims(text, matcher.search(text, 2)) == []


def test_a_number_the_claim_has_no_place_for_is_a_new_fact(matcher: Matcher) -> None:
    changed = matcher.search("The mayor resigned in March 2022.", 1)[0]
    added = matcher.search("The mayor resigned 4 times in March 2021.", 1)[0]
    same = matcher.search("The mayor resigned in March 2021.", 1)[0]
    assert changed.claim_id == added.claim_id == "mayor"
    assert changed.score > added.score or same.score == 100.0


def test_synonyms_and_paraphrases_match() -> None:
    claims = [
        Claim("freed", "The journalist was released from prison in 2015.", "s", "q"),
        Claim("agency", "The agency was established in 1998 to monitor rivers.", "s", "q"),
        Claim("acquitted", "The driver was found not guilty of manslaughter.", "s", "q"),
        Claim("weather", "The storm cut power to 40,000 homes.", "s", "q"),
    ]
    matcher = Matcher.build(claims)
    for text, claim_id in [
        ("The journalist was freed from jail in 2015.", "freed"),
        ("The agency was set up in 1998 to monitor rivers.", "agency"),
        ("The driver was acquitted of manslaughter.", "acquitted"),
    ]:
        found = matched_claims(text, matcher.search(text, 3))
        assert [c.claim_id for c in found] == [claim_id], text


def test_an_acronym_the_registry_spells_out_finds_its_claims() -> None:
    claims = [
        Claim("fund", "The Global Water Fund paid for 12 new wells.", "s", "q"),
        Claim("audit", "An audit of the Global Water Fund found no fraud.", "s", "q"),
        Claim("rain", "Rainfall in the region fell by a third.", "s", "q"),
    ]
    matcher = Matcher.build(claims)
    assert matcher.acronyms["gwf"] == terms("Global Water Fund")
    best = matcher.search("The GWF paid for 12 new wells.", 1)[0]
    assert best.claim_id == "fund"
    assert best.score >= MATCH_THRESHOLD
    loaded = Matcher.from_state(json.loads(json.dumps(matcher.state())), [c.id for c in claims])
    assert loaded.acronyms == matcher.acronyms


def test_a_claim_with_an_open_subject_accepts_a_name_it_does_not_give() -> None:
    claims = [
        Claim("rating", "The film has an approval rating of 86% based on 120 reviews.", "s", "q"),
        Claim("named", "Paris has an approval rating of 86% based on 120 reviews.", "s", "q"),
        Claim("other", "Gotham Pictures released the trailer in May.", "s", "q"),
    ]
    matcher = Matcher.build(claims)
    assert matcher.open_subjects == {0}
    text = "On release, Moonfall had an approval rating of 86% based on 120 reviews."
    scores = {c.claim_id: c.score for c in matcher.search(text, 3)}
    assert scores["rating"] >= MATCH_THRESHOLD
    assert scores["named"] < scores["rating"]  # "Paris" is named: "Moonfall" is another subject
    # a name that some claim uses is not what an open claim refers to
    known = "On release, Gotham had an approval rating of 86% based on 120 reviews."
    assert matcher.search(known, 3)[0].score < scores["rating"]
    loaded = Matcher.from_state(json.loads(json.dumps(matcher.state())), [c.id for c in claims])
    assert loaded.search_many([text, known], 3) == matcher.search_many([text, known], 3)


def test_a_claim_reads_its_subject_from_its_source_without_being_found_by_it() -> None:
    claims = [
        Claim("cases", "There have been 1,390 confirmed cases and 4 deaths.", "uz", "q"),
        Claim("other", "There have been 1,390 confirmed cases and 4 deaths.", "kz", "q"),
    ]
    plain = Matcher.build(claims)
    titled = plain.with_subjects(["uz", "kz"], {"uz": "COVID-19 pandemic in Uzbekistan"})
    text = "Uzbekistan had 1,390 confirmed coronavirus cases and four deaths."
    before = {c.claim_id: c.score for c in plain.search(text, 2)}
    after = {c.claim_id: c.score for c in titled.search(text, 2)}
    assert before["cases"] == before["other"] < MATCH_THRESHOLD
    assert after["cases"] >= MATCH_THRESHOLD  # the sentence names the claim's subject
    assert after["other"] == before["other"]
    # the subject is context, not evidence: a sentence of subject words finds nothing new
    assert titled.search("The pandemic in Uzbekistan.", 2) == plain.search(
        "The pandemic in Uzbekistan.", 2
    )
    with pytest.raises(ValueError, match="one source id per claim"):
        plain.with_subjects(["uz"], {})


def test_a_bounded_figure_matches_its_claim_as_well_as_the_figure_does() -> None:
    claims = [
        Claim("cases", "There are 200 active cases in the region.", "s", "q"),
        Claim("schools", "The storm closed 40 schools in the region.", "s", "q"),
        Claim("deaths", "Officials reported 12 deaths after the storm.", "s", "q"),
    ]
    matcher = Matcher.build(claims)
    said = "After the storm, officials say the region has {} active cases."
    (exact,) = matcher.search(said.format("200"), 1)
    (bounded,) = matcher.search(said.format("more than 150"), 1)
    (changed,) = matcher.search(said.format("150"), 1)
    assert exact.claim_id == bounded.claim_id == changed.claim_id == "cases"
    assert changed.score < bounded.score == exact.score


def test_a_sentence_of_names_alone_never_matches() -> None:
    claims = [Claim("freed", "Zhang Yuhuan was released in 2020 after 27 years.", "s", "q")]
    matcher = Matcher.build(claims)
    assert terms("Zhang Yuhuan was one of them.") == ("zhang", "yuhuan")  # "one of" is no number
    (names_only,) = matcher.search("Zhang Yuhuan was one of them.", 1)
    assert POSSIBLE_THRESHOLD <= names_only.score < MATCH_THRESHOLD
    (stated,) = matcher.search("Zhang Yuhuan was released after 27 years.", 1)
    assert stated.score >= SHORT_MATCH_THRESHOLD


def test_scores_are_capped_and_equal_scores_keep_bm25_order() -> None:
    said = "Trump won Michigan in 2016, state officials said."
    claims = [
        Claim("long", said, "s", "Trump won Michigan in 2016, state officials said on Monday."),
        Claim("short", "Trump won Michigan in 2016.", "s", "q"),
    ]
    matcher = Matcher.build(claims)
    found = matcher.search("Trump won Michigan in 2016.", 2)
    assert [(c.claim_id, c.score) for c in found] == [("short", 100.0), ("long", 100.0)]
    bm25 = matcher.index.top(matcher.parse("Trump won Michigan in 2016.")[0], 2)
    assert [c.claim_id for c in found] == [matcher.ids[doc] for doc, _ in bm25]


def test_search_returns_k_candidates_even_beyond_the_first_retrieval_depth() -> None:
    claims = [
        Claim(f"c{i}", f"The council approved budget item {i} for road repairs in May.", "s", "q")
        for i in range(80)
    ]
    matcher = Matcher.build(claims)
    k = match_module.CANDIDATES + 10
    assert len(matcher.search("The council approved a budget for road repairs", k)) == k


def test_rescoring_goes_deeper_only_without_a_confident_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    noise = Claim("n", "Flood barriers on the river were checked by city staff.", "s", "q")
    target = Claim("t", "Flood barriers were inspected by engineers.", "s", "q")
    matcher = Matcher.build([noise, target])
    query, named = matcher.parse("Flood barriers were inspected by engineers.")
    hits = [(0, 9.0), (1, 8.0)]  # the noise claim first, as retrieval might rank it
    monkeypatch.setattr(match_module, "CANDIDATES", 1)
    monkeypatch.setattr(match_module, "DEEP_CANDIDATES", 2)
    shallow = matcher._rescore(query, hits, 1, named, confident=0.0)
    deep = matcher._rescore(query, hits, 1, named, confident=1.0)
    assert [c.claim_id for c in shallow] == ["n"]  # the first was confident enough: stop
    assert [c.claim_id for c in deep] == ["t"]  # it was not: the second was scored too


def test_only_a_long_sentence_has_a_lower_floor_under_the_threshold_in_use() -> None:
    long = (
        "On December 26 the commission of the national legislature declared that local rules"
        " punishing relatives run counter to the constitution."
    )
    assert long_floor(long) == MATCH_THRESHOLD - LONG_MARGIN
    assert long_floor(long, 80.0) == 80.0 - LONG_MARGIN
    assert long_floor("The court acquitted 12 people in 2015.") is None
