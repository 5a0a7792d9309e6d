"""Tests for claimcheck.suppressions: inline ignore / off / on directives."""

from __future__ import annotations

from typing import Literal

import pytest

from claimcheck.errors import InputError
from claimcheck.models import Label, Location, Suppression
from claimcheck.segment import segment
from claimcheck.suppressions import find_suppressions, merge, parse_directive

Kind = Literal["markdown", "text", "html"]
HERE = Location("draft.md", 3, 1)


def suppressed(document: str, kind: Kind = "markdown") -> list[tuple[str, Suppression | None]]:
    sentences = segment(document, kind)
    found = find_suppressions(document, kind, sentences)
    assert len(found) == len(sentences)
    pairs = zip(sentences, found, strict=True)
    return [(sentence.text, suppression) for sentence, suppression in pairs]


def test_no_directives_means_no_suppressions() -> None:
    assert suppressed("One. Two.\n\n- Three.\n") == [
        ("One.", None),
        ("Two.", None),
        ("Three.", None),
    ]


def test_ignore_applies_to_the_next_sentence_only() -> None:
    document = "Before.\n\n<!-- claimcheck: ignore -->\nTarget one. Not this.\n"
    assert suppressed(document) == [
        ("Before.", None),
        ("Target one.", Suppression(None, None, 3)),
        ("Not this.", None),
    ]


def test_ignore_at_the_end_of_a_line_applies_to_the_following_sentence() -> None:
    document = (
        "Same line. <!-- claimcheck: ignore -- checked by phone with the ministry -->\nNext.\n"
    )
    assert suppressed(document) == [
        ("Same line.", None),
        ("Next.", Suppression("checked by phone with the ministry", None, 1)),
    ]


def test_ignore_inside_a_sentence_applies_to_the_next_sentence() -> None:
    document = "Half <!-- claimcheck: ignore --> of it. Next one.\n"
    assert suppressed(document) == [
        ("Half of it.", None),
        ("Next one.", Suppression(None, None, 1)),
    ]


@pytest.mark.parametrize(
    "directive",
    [
        "claimcheck: ignore unsourced, contradicted",
        "claimcheck: ignore unsourced contradicted",
        "claimcheck:ignore UNSOURCED,CONTRADICTED",
        "  ClaimCheck : Ignore unsourced ,  contradicted  ",
    ],
)
def test_ignore_with_labels(directive: str) -> None:
    document = f"<!--{directive}-->\nA claim.\n"
    assert suppressed(document) == [
        ("A claim.", Suppression(None, frozenset({Label.UNSOURCED, Label.CONTRADICTED}), 1))
    ]


def test_ignore_with_labels_and_reason() -> None:
    document = "<!-- claimcheck: ignore unsourced -- see  memo\n  of 3 May -->\nA claim.\n"
    assert suppressed(document) == [
        ("A claim.", Suppression("see memo of 3 May", frozenset({Label.UNSOURCED}), 1))
    ]


def test_off_and_on_cover_the_sentences_between() -> None:
    document = (
        "Before.\n\n"
        "<!-- claimcheck: off -- interview notes -->\n"
        "# Heading inside\n\n"
        "One. Two.\n\n"
        "<!-- claimcheck: on -->\n"
        "After.\n"
    )
    region = Suppression("interview notes", None, 3)
    assert suppressed(document) == [
        ("Before.", None),
        ("Heading inside", region),
        ("One.", region),
        ("Two.", region),
        ("After.", None),
    ]


def test_unclosed_off_runs_to_the_end_and_stray_on_is_harmless() -> None:
    document = "<!-- claimcheck: on -->\nAy.\n<!-- claimcheck: off unsourced -->\nBee. Sea.\n"
    region = Suppression(None, frozenset({Label.UNSOURCED}), 3)
    assert suppressed(document) == [("Ay.", None), ("Bee.", region), ("Sea.", region)]


def test_ignore_inside_an_off_region_combines_both() -> None:
    document = (
        "<!-- claimcheck: off unsourced -- region -->\n"
        "<!-- claimcheck: ignore contradicted -- this one -->\n"
        "First. Second.\n"
    )
    assert suppressed(document) == [
        (
            "First.",
            Suppression("this one; region", frozenset(Label) - {Label.SUPPORTED, Label.SKIPPED}, 2),
        ),
        ("Second.", Suppression("region", frozenset({Label.UNSOURCED}), 1)),
    ]


def test_directives_in_code_are_not_directives() -> None:
    document = (
        "```\n<!-- claimcheck: ignore -->\n```\n\n"
        "`<!-- claimcheck: off -->` shown in code.\n\n"
        "    <!-- claimcheck: bogus -->\n\n"
        "Checked.\n"
    )
    assert suppressed(document) == [("shown in code.", None), ("Checked.", None)]


def test_directive_inside_a_blockquote_and_list() -> None:
    document = (
        "> <!-- claimcheck: ignore -->\n> Quoted.\n\n- <!-- claimcheck: ignore -->\n  Item.\n"
    )
    assert suppressed(document) == [
        ("Quoted.", Suppression(None, None, 1)),
        ("Item.", Suppression(None, None, 4)),
    ]


def test_other_comments_are_not_directives() -> None:
    document = "<!-- TODO: claimcheck this later -->\nA.\n<!-- claimcheck is great -->\nB.\n"
    assert suppressed(document) == [("A.", None), ("B.", None)]


def test_unused_ignore_at_the_end_does_nothing() -> None:
    assert suppressed("A.\n\n<!-- claimcheck: ignore -->\n") == [("A.", None)]


def test_plain_text_directive_lines() -> None:
    document = (
        "Intro.\n"
        "# claimcheck: ignore -- phoned the ministry\n"
        "First claim. Second claim.\n"
        "\n"
        "    // claimcheck: off skipped\n"
        "Region one.\n"
        "// claimcheck: on\n"
        "Outside.\n"
    )
    assert suppressed(document, "text") == [
        ("Intro.", None),
        ("First claim.", Suppression("phoned the ministry", None, 2)),
        ("Second claim.", None),
        ("Region one.", Suppression(None, frozenset({Label.SKIPPED}), 5)),
        ("Outside.", None),
    ]


def test_plain_text_ignores_html_comments() -> None:
    document = "<!-- claimcheck: ignore -->\nA.\n"
    assert suppressed(document, "text") == [("<!-- claimcheck: ignore --> A.", None)]


def test_html_directives_outside_pre_only() -> None:
    document = (
        "<p>One.</p><!-- claimcheck: ignore -- reason -->\n<p>Two. Three.</p>"
        "<pre><!-- claimcheck: off --></pre><p>Four.</p>"
    )
    assert suppressed(document, "html") == [
        ("One.", None),
        ("Two.", Suppression("reason", None, 1)),
        ("Three.", None),
        ("Four.", None),
    ]


def test_sentences_out_of_order_are_matched_by_position() -> None:
    document = "A.\n<!-- claimcheck: ignore -->\nB.\n"
    sentences = segment(document)
    found = find_suppressions(document, "markdown", list(reversed(sentences)))
    assert found == [Suppression(None, None, 2), None]


@pytest.mark.parametrize(
    ("document", "line", "column", "message"),
    [
        (
            "A.\n  <!-- claimcheck: ignore bogus-label -->\nB.\n",
            2,
            3,
            "unknown label 'bogus-label'",
        ),
        ("<!-- claimcheck: skip -->\nA.\n", 1, 1, "unknown claimcheck directive 'skip'"),
        ("<!-- claimcheck: -->\nA.\n", 1, 1, "empty claimcheck directive"),
        ("<!-- claimcheck:  -- why -->\nA.\n", 1, 1, "empty claimcheck directive"),
        ("<!-- claimcheck: on unsourced -->\nA.\n", 1, 1, "'on' takes no labels or reason"),
        ("<!-- claimcheck: on -- why -->\nA.\n", 1, 1, "'on' takes no labels or reason"),
        ("x\r\ny <!-- claimcheck ignore -->\n", 2, 3, "needs a colon"),
    ],
)
def test_malformed_directives_raise_input_error(
    document: str, line: int, column: int, message: str
) -> None:
    with pytest.raises(InputError) as raised:
        find_suppressions(document, "markdown", segment(document), path="draft.md")
    assert raised.value.location == Location("draft.md", line, column)
    assert message in raised.value.message


def test_malformed_directive_without_path_has_a_file_less_location() -> None:
    with pytest.raises(InputError) as raised:
        find_suppressions("# claimcheck: ignore nope\nA.\n", "text", [])
    assert raised.value.location == Location("", 1, 1)


def test_parse_directive() -> None:
    assert parse_directive(" not a directive ", HERE) is None
    assert parse_directive(" claimcheck: ignore -- a -- b ", HERE) == (
        "ignore",
        Suppression("a -- b", None, 3),
    )
    assert parse_directive("claimcheck: off supported", HERE) == (
        "off",
        Suppression(None, frozenset({Label.SUPPORTED}), 3),
    )
    assert parse_directive("claimcheck: on", HERE) == ("on", Suppression(None, None, 3))


def test_merge() -> None:
    everything = Suppression("a", None, 1)
    some = Suppression("b", frozenset({Label.UNSOURCED}), 2)
    other = Suppression("b", frozenset({Label.SKIPPED}), 3)
    assert merge([]) is None
    assert merge([some]) is some
    assert merge([everything, some]) == Suppression("a; b", None, 1)
    assert merge([some, other]) == Suppression("b", frozenset({Label.UNSOURCED, Label.SKIPPED}), 2)
