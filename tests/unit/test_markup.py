"""Tests for claimcheck.markup (and its Markdown and HTML readers): text with an offset map."""

from __future__ import annotations

import pytest

from claimcheck.markup import Comment, Unit, UnitBuilder, extract, line_starts
from claimcheck.models import BlockKind


def spans(document: str, unit: Unit) -> list[str]:
    """The document span behind each character of the unit's text."""
    return [
        document[unit.source_start(index) : unit.source_end(index)]
        for index in range(len(unit.text))
    ]


def test_builder_maps_verbatim_atoms_and_spaces() -> None:
    document = "ab &amp; c\nd"
    builder = UnitBuilder(document)
    builder.verbatim(0, 3)
    builder.atom("&", 3, 8)
    builder.verbatim(8, 10)
    builder.space(10)
    builder.verbatim(11, 12)
    unit = builder.build(BlockKind.PARAGRAPH)
    assert unit is not None
    assert unit.text == "ab & c d"
    assert spans(document, unit) == ["a", "b", " ", "&amp;", " ", "c", "", "d"]
    assert unit.source_start(7) == 11
    assert unit.source_end(3) == 8


def test_builder_starts_afresh_after_build() -> None:
    builder = UnitBuilder("one two")
    builder.verbatim(0, 3)
    first = builder.build(BlockKind.HEADING)
    builder.verbatim(4, 7)
    second = builder.build(BlockKind.PARAGRAPH)
    assert first is not None
    assert second is not None
    assert (first.text, first.block) == ("one", BlockKind.HEADING)
    assert (second.text, second.source_start(0)) == ("two", 4)


@pytest.mark.parametrize("content", ["", "   ", " -- | ** ", "\u00a0"])
def test_builder_drops_units_without_words(content: str) -> None:
    builder = UnitBuilder(content)
    builder.verbatim(0, len(content))
    assert builder.build(BlockKind.PARAGRAPH) is None


def test_builder_drops_bare_urls_and_keeps_the_map() -> None:
    document = "See https://example.com/a_b, www.example.org and &amp; ftp://f.x/y. End"
    entity = document.index("&amp;")
    builder = UnitBuilder(document)
    builder.verbatim(0, entity)
    builder.atom("&", entity, entity + 5)
    builder.verbatim(entity + 5, len(document))
    unit = builder.build(BlockKind.PARAGRAPH)
    assert unit is not None
    assert unit.text == "See ,  and & . End"
    assert spans(document, unit)[4] == ","
    assert spans(document, unit)[11] == "&amp;"
    assert unit.source_start(len(unit.text) - 1) == len(document) - 1


def test_builder_returns_none_when_only_a_url_remains() -> None:
    document = "https://example.com/only"
    builder = UnitBuilder(document)
    builder.verbatim(0, len(document))
    assert builder.build(BlockKind.PARAGRAPH) is None


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("", [0]),
        ("a", [0]),
        ("a\nb", [0, 2]),
        ("a\r\nb\rc\n", [0, 3, 5, 7]),
    ],
)
def test_line_starts(document: str, expected: list[int]) -> None:
    assert line_starts(document) == expected


def test_text_paragraphs_and_directive_comments() -> None:
    document = "One\ntwo.\n\n  # claimcheck: ignore -- why \nThree.\n// claimcheck: on\n"
    extracted = extract(document, "text")
    assert [unit.text for unit in extracted.units] == ["One\ntwo.\n", "Three.\n"]
    assert extracted.comments == (
        Comment("claimcheck: ignore -- why", 10, 40),
        Comment("claimcheck: on", 48, 65),
    )


def test_text_comment_lines_other_than_directives_are_text() -> None:
    extracted = extract("# A heading-like line.\n// code-like line.\n", "text")
    assert [unit.text for unit in extracted.units] == [
        "# A heading-like line.\n// code-like line.\n"
    ]
    assert extracted.comments == ()


def test_markdown_comments_outside_code_only() -> None:
    document = (
        "<!-- block comment -->\n"
        "\n"
        "Text <!-- inline\r\ncomment --> more.\n"
        "\n"
        "> <!-- quoted comment -->\n"
        "\n"
        "```\n<!-- in a fence -->\n```\n"
        "\n"
        "    <!-- indented code -->\n"
        "\n"
        "Code `<!-- in a span -->` here.\n"
    )
    comments = extract(document, "markdown").comments
    assert [comment.body for comment in comments] == [
        " block comment ",
        " inline\r\ncomment ",
        " quoted comment ",
    ]
    for comment in comments:
        assert document[comment.start : comment.end] == f"<!--{comment.body}-->"


def test_markdown_front_matter_keeps_line_numbers() -> None:
    document = "---\ntitle: A title.\nlist:\n  - x\n---\nBody text.\n"
    (unit,) = extract(document, "markdown").units
    assert unit.text == "Body text."
    assert unit.source_start(0) == document.index("Body")


def test_markdown_front_matter_closed_by_dots() -> None:
    document = "---\ntitle: A title.\n...\nBody.\n"
    assert [unit.text for unit in extract(document, "markdown").units] == ["Body."]


def test_markdown_link_destination_with_spaces_in_angle_brackets() -> None:
    document = (
        'A [link](<a b.html> "Title (x)") and [ref] [text][ref].\n\n[ref]: https://r.example\n'
    )
    (unit,) = extract(document, "markdown").units
    assert unit.text == "A link and ref text."


def test_markdown_image_inside_link_and_nested_brackets() -> None:
    document = "See [![logo [big]](logo.png)](https://x.example) and [a [b] c](u).\n"
    (unit,) = extract(document, "markdown").units
    assert unit.text == "See  and a [b] c."
    assert spans(document, unit)[-1] == "."


def test_markdown_code_span_with_longer_tick_runs() -> None:
    document = "Use ``a ` b`` then `c` and ```d``` done.\n"
    (unit,) = extract(document, "markdown").units
    assert unit.text == "Use  then  and  done."


def test_markdown_escaped_table_pipe() -> None:
    document = "| a \\| b | c |\n|---|---|\n| d | e |\n"
    units = extract(document, "markdown").units
    assert [unit.text for unit in units] == ["a | b", "c", "d", "e"]
    assert spans(document, units[0])[2] == "\\|"
    assert {unit.block for unit in units} == {BlockKind.TABLE_CELL}


def test_html_comments_entities_and_skipped_elements() -> None:
    document = (
        "<p>A &bogus; B &amp C &#x41;</p>"
        "<!-- kept -->"
        "<pre><!-- in pre --></pre>"
        "<code>x</code><p>Tail</p>"
    )
    extracted = extract(document, "html")
    assert [unit.text for unit in extracted.units] == ["A &bogus; B & C A", "Tail"]
    kept = document.index("<!-- kept -->")
    assert extracted.comments == (Comment(" kept ", kept, kept + 13),)
    first = extracted.units[0]
    assert spans(document, first)[-1] == "&#x41;"
    assert spans(document, first)[first.text.index("& C")] == "&amp"


def test_html_list_and_table_kinds_with_implied_end_tags() -> None:
    document = "<ul><li>a<li>b</ul><p>c</p><table><tr><td>d<td>e</tr></table><p>f"
    units = extract(document, "html").units
    assert [(unit.text, unit.block) for unit in units] == [
        ("a", BlockKind.LIST_ITEM),
        ("b", BlockKind.LIST_ITEM),
        ("c", BlockKind.PARAGRAPH),
        ("d", BlockKind.TABLE_CELL),
        ("e", BlockKind.TABLE_CELL),
        ("f", BlockKind.PARAGRAPH),
    ]
