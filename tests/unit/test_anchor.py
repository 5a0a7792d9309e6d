"""Tests for claimcheck.anchor: exact, normalised, drift, orphaned and ambiguous anchors."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck.anchor import (
    DRIFT_FLOOR,
    MIN_QUOTE_CHARS,
    NormalizedText,
    anchor,
    normalize_source,
)
from claimcheck.models import Anchor, AnchorStatus

SOURCES = Path(__file__).resolve().parents[2] / "sources"


def read_source(stem: str) -> str:
    return (SOURCES / f"{stem}.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def sixthtone() -> str:
    return read_source("sixthtone-2021-prosecutors-punished")


@pytest.fixture(scope="module")
def qiushi() -> str:
    return read_source("qiushi-2011-dereliction-of-duty")


def assert_span(result: Anchor, text: str, status: AnchorStatus) -> tuple[int, int]:
    """The anchor has `status` and a span whose current text is exactly the source there."""
    assert result.status is status
    assert result.start is not None
    assert result.end is not None
    assert result.current == text[result.start : result.end]
    return result.start, result.end


# Exact


def test_exact_single_occurrence(sixthtone: str) -> None:
    quote = "A total of 511 prosecutors have been held accountable"
    result = anchor(quote, sixthtone)
    start = sixthtone.index(quote)
    assert result == Anchor(AnchorStatus.EXACT, start, start + len(quote), 100.0, quote)


def test_exact_ignores_whitespace_around_the_quote() -> None:
    result = anchor("  the cat sat\n", "so the cat sat down")
    assert result == Anchor(AnchorStatus.EXACT, 3, 14, 100.0, "the cat sat")


def test_exact_with_emoji_counts_code_points() -> None:
    text = "Hi 👋🏽 there, 😀 friend"
    result = anchor("😀 friend", text)
    assert (result.status, result.start, result.end) == (AnchorStatus.EXACT, 13, 21)
    assert len("Hi 👋🏽 there, ") == 13  # one code point per emoji and skin-tone modifier


# Normalised


def test_normalized_nbsp_and_line_breaks_in_real_source(sixthtone: str) -> None:
    # The source has "newsletter\n\n    \xa0By signing up, you agree to our\xa0Terms".
    result = anchor("Subscribe to our newsletter By signing up, you agree to our Terms", sixthtone)
    start, end = assert_span(result, sixthtone, AnchorStatus.NORMALIZED)
    assert start == sixthtone.index("Subscribe")
    assert sixthtone[start:end].endswith("our\xa0Terms")


def test_normalized_line_break_inside_quote() -> None:
    text = "He said the court\nwas wrong."
    result = anchor("the court was wrong", text)
    assert assert_span(result, text, AnchorStatus.NORMALIZED) == (8, 27)


def test_normalized_curly_vs_straight_quotes(sixthtone: str) -> None:
    quote = "China's top procuratorate said Monday"
    result = anchor(quote, sixthtone)
    start, end = assert_span(result, sixthtone, AnchorStatus.NORMALIZED)
    assert sixthtone[start:end] == "China’s top procuratorate said Monday"


def test_normalized_straight_source_curly_quote() -> None:
    text = 'It was called "the mechanism" by all.'
    result = anchor("called “the mechanism”", text)
    assert assert_span(result, text, AnchorStatus.NORMALIZED) == (7, 29)


def test_normalized_em_dash_vs_hyphen_in_real_source(qiushi: str) -> None:
    quote = "Rule of Law and Responsibilities-An Exhibition"
    result = anchor(quote, qiushi)
    start, end = assert_span(result, qiushi, AnchorStatus.NORMALIZED)
    assert qiushi[start:end] == "Rule of Law and Responsibilities—An Exhibition"


def test_normalized_nfkc_full_width_digits_and_ligature() -> None:
    text = "Officials ﬁled ２４６ cases in total."
    result = anchor("filed 246 cases", text)
    assert assert_span(result, text, AnchorStatus.NORMALIZED) == (10, 24)
    assert result.current == "ﬁled ２４６ cases"


def test_normalized_ellipsis_and_combining_marks() -> None:
    text = "Cafe\u0301\u2026 open"  # "e" + combining acute in the source
    result = anchor("Caf\u00e9... open", text)
    assert assert_span(result, text, AnchorStatus.NORMALIZED) == (0, 11)


def test_normalized_emoji_and_nbsp_counts_code_points() -> None:
    text = "Note: 🎉🎉\u00a0party   time"
    result = anchor("🎉 party time", text)
    assert assert_span(result, text, AnchorStatus.NORMALIZED) == (7, 21)


def test_normalized_mixed_run_keeps_unchanged_characters() -> None:
    text = "Party time: 😀ﬁesta tonight"  # one non-ASCII run, only the ligature changes
    result = anchor("😀fiesta tonight", text)
    assert assert_span(result, text, AnchorStatus.NORMALIZED) == (12, 26)


def test_normalized_full_width_punctuation_next_to_cjk() -> None:
    text = "他说：“连坐”，不合法。"
    result = anchor('他说:"连坐",不合法', text)
    assert assert_span(result, text, AnchorStatus.NORMALIZED) == (0, 11)


def test_normalized_cjk_in_real_source() -> None:
    text = read_source("safeguarddefenders-2024-collective-punishment")
    result = anchor('(or "kin punishment" (连坐)) in the fight', text)
    start, end = assert_span(result, text, AnchorStatus.NORMALIZED)
    assert text[start:end] == '(or "kin punishment” (连坐)) in the fight'


def test_precomputed_normalized_text_is_reused(sixthtone: str) -> None:
    normalized = normalize_source(sixthtone)
    quote = "China's top procuratorate said Monday"
    assert anchor(quote, sixthtone, normalized=normalized) == anchor(quote, sixthtone)


def test_normalized_text_of_another_source_is_refused(sixthtone: str) -> None:
    with pytest.raises(ValueError, match="different text"):
        anchor("China's top", sixthtone, normalized=normalize_source("other text"))


# Drift and orphaned


def test_drift_changed_word_reports_score_and_current(sixthtone: str) -> None:
    result = anchor("A total of 500 prosecutors have been held accountable", sixthtone)
    assert_span(result, sixthtone, AnchorStatus.DRIFT)
    assert result.current == "A total of 511 prosecutors have been held accountable"
    assert DRIFT_FLOOR <= result.score < 100.0


def test_drift_typo(sixthtone: str) -> None:
    result = anchor("Punishments include criminal penaltise, party disciplinary", sixthtone)
    assert_span(result, sixthtone, AnchorStatus.DRIFT)
    assert result.current == "Punishments include criminal penalties, party disciplinary"


def test_drift_window_grows_to_cover_an_inserted_word(sixthtone: str) -> None:
    quote = "punished as part of the accountability mechanism. However, there was no mention"
    result = anchor(quote, sixthtone)
    assert_span(result, sixthtone, AnchorStatus.DRIFT)
    assert result.current == (
        "punished as part of the “lifetime accountability mechanism.” However, there was no mention"
    )


def test_orphaned_unrelated_quote_reports_closest(sixthtone: str) -> None:
    result = anchor("Bananas ripen faster when stored beside apples in a paper bag", sixthtone)
    assert result.status is AnchorStatus.ORPHANED
    assert (result.start, result.end) == (None, None)
    assert result.score < DRIFT_FLOOR
    assert result.current is not None
    assert result.current in sixthtone


def test_orphaned_when_quote_is_longer_than_the_text() -> None:
    result = anchor("hello world, and many more words that are not there", "hello world")
    assert result.status is AnchorStatus.ORPHANED
    assert result.score < DRIFT_FLOOR


@pytest.mark.parametrize("quote", ["", "   ", "\n\t\u00a0", "\u200b"])
def test_empty_or_blank_quote_is_orphaned(quote: str) -> None:
    assert anchor(quote, "some text") == Anchor(AnchorStatus.ORPHANED, score=0.0)


def test_blank_source_orphans_everything() -> None:
    assert anchor("a quote", " \n ").status is AnchorStatus.ORPHANED


# Several occurrences

REPEATED = "Intro. The price rose. Middle part here. The price rose. Outro text."
FIRST, SECOND = 7, 41  # the two starts of "The price rose."


def test_repeated_sentence_without_hints_is_ambiguous() -> None:
    result = anchor("The price rose.", REPEATED)
    assert result == Anchor(AnchorStatus.AMBIGUOUS, FIRST, FIRST + 15, 100.0, "The price rose.")


def test_repeated_sentence_in_real_source_is_ambiguous(sixthtone: str) -> None:
    result = anchor("Supreme People's Procuratorate", sixthtone)
    start, _ = assert_span(result, sixthtone, AnchorStatus.AMBIGUOUS)
    assert start == sixthtone.index("Supreme People’s Procuratorate")


def test_start_picks_the_closest_occurrence() -> None:
    result = anchor("The price rose.", REPEATED, start=SECOND - 3)
    assert (result.status, result.start) == (AnchorStatus.EXACT, SECOND)


def test_end_alone_picks_the_closest_occurrence() -> None:
    result = anchor("The price rose.", REPEATED, end=SECOND + 20)
    assert (result.status, result.start) == (AnchorStatus.EXACT, SECOND)


def test_prefix_picks_the_occurrence() -> None:
    result = anchor("The price rose.", REPEATED, prefix="Middle part here. ")
    assert (result.status, result.start) == (AnchorStatus.EXACT, SECOND)


def test_suffix_picks_the_occurrence() -> None:
    result = anchor("The price rose.", REPEATED, suffix=" Middle part")
    assert (result.status, result.start) == (AnchorStatus.EXACT, FIRST)


def test_prefix_and_suffix_disambiguate_in_real_source(sixthtone: str) -> None:
    by_prefix = anchor("Supreme People's Procuratorate", sixthtone, prefix="Last year, the ")
    assert_span(by_prefix, sixthtone, AnchorStatus.NORMALIZED)
    assert sixthtone[: by_prefix.start].endswith("Last year, the ")
    by_suffix = anchor("Supreme People's Procuratorate", sixthtone, suffix=", said some")
    assert_span(by_suffix, sixthtone, AnchorStatus.NORMALIZED)
    assert sixthtone[by_suffix.end :].startswith(", said some")


def test_context_matching_both_equally_stays_ambiguous() -> None:
    result = anchor("The price rose.", REPEATED, prefix=". ", suffix=" ")
    assert (result.status, result.start) == (AnchorStatus.AMBIGUOUS, FIRST)


def test_context_matching_neither_stays_ambiguous() -> None:
    result = anchor("The price rose.", REPEATED, prefix="Nowhere in the text:")
    assert (result.status, result.start) == (AnchorStatus.AMBIGUOUS, FIRST)


def test_normalized_repeats_are_ambiguous(sixthtone: str) -> None:
    result = anchor('"lifetime accountability mechanism', sixthtone)
    assert_span(result, sixthtone, AnchorStatus.AMBIGUOUS)


# Offsets


def test_offsets_given_and_correct_skip_the_search() -> None:
    result = anchor("The price rose.", REPEATED, start=SECOND, end=SECOND + 15)
    assert result == Anchor(AnchorStatus.EXACT, SECOND, SECOND + 15, 100.0, "The price rose.")


def test_offsets_given_but_wrong_return_the_found_span() -> None:
    text = "Alpha beta. The only sentence here. Gamma."
    result = anchor("The only sentence here.", text, start=0, end=23)
    assert (result.status, result.start, result.end) == (AnchorStatus.EXACT, 12, 35)


def test_offsets_out_of_range_are_only_a_hint() -> None:
    result = anchor("The price rose.", REPEATED, start=-5, end=10_000)
    assert (result.status, result.start) == (AnchorStatus.EXACT, FIRST)


def test_start_alone_matching_is_exact() -> None:
    result = anchor("The price rose.", REPEATED, start=SECOND)
    assert (result.status, result.start, result.end) == (AnchorStatus.EXACT, SECOND, SECOND + 15)


def test_end_alone_matching_is_exact() -> None:
    result = anchor("The price rose.", REPEATED, end=FIRST + 15)
    assert (result.status, result.start, result.end) == (AnchorStatus.EXACT, FIRST, FIRST + 15)


# Fuzzy ambiguity

TWINS = (
    "Filler words come first. The committee approved the budget on Tuesday. More filler "
    "sits between them here. The committee approved the budgets on Tuesday. Tail."
)


def test_two_near_equal_fuzzy_windows_are_ambiguous() -> None:
    result = anchor("The committee approvd the budget on Tuesday", TWINS)
    assert_span(result, TWINS, AnchorStatus.AMBIGUOUS)
    assert DRIFT_FLOOR <= result.score < 100.0


def test_near_equal_fuzzy_windows_disambiguated_by_start() -> None:
    second = TWINS.rindex("The committee")
    result = anchor("The committee approvd the budget on Tuesday", TWINS, start=second)
    start, _ = assert_span(result, TWINS, AnchorStatus.DRIFT)
    assert start == second


def test_clearly_better_fuzzy_window_is_drift() -> None:
    text = "The board approved the plan on Monday. Later, the board rejected a plan on Friday."
    result = anchor("The board approved the plan on Mondy", text)
    assert_span(result, text, AnchorStatus.DRIFT)
    assert result.current == "The board approved the plan on Monday"


# normalize_source


def test_normalize_source_folds_and_maps_back() -> None:
    text = "  “Hi”\u00a0\u00a0there—\n\tfri\u00adend…  "
    normalized = normalize_source(text)
    assert isinstance(normalized, NormalizedText)
    assert normalized.text == '"Hi" there- friend...'
    assert normalized.source_length == len(text)
    assert normalized.span(0, 4) == (2, 6)  # the curly-quoted "Hi"
    assert normalized.span(5, 10) == (8, 13)  # "there"
    start, end = normalized.span(12, 21)
    assert text[start:end] == "fri\u00adend…"


def test_normalize_source_keeps_plain_text() -> None:
    text = "Plain ASCII text, single spaces."
    normalized = normalize_source(text)
    assert normalized.text == text
    assert normalized.span(6, 11) == (6, 11)


def test_min_quote_chars_is_a_positive_length() -> None:
    assert isinstance(MIN_QUOTE_CHARS, int)
    assert MIN_QUOTE_CHARS > 0
