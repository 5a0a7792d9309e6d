"""The github format: workflow commands with GitHub's escaping, and the step summary."""

from __future__ import annotations

from dataclasses import replace

from reporter_fixtures import sample_report, sentence, single, suppress

from claimcheck.models import Document, Label, Reason, ReasonKind, Report, Result, Suppression
from claimcheck.reporters import ReportOptions
from claimcheck.reporters.github import (
    escape_data,
    escape_markdown,
    escape_property,
    render_github,
    step_summary,
)

EXPECTED = """\
::error file=draft.md,line=3,col=1,endLine=3,endColumn=110,\
title=claimcheck%3A contradicted (spp-511-prosecutors)::draft says "611", source says "511"
::error file=draft.md,line=5,col=1,endLine=5,endColumn=61,\
title=claimcheck%3A contradicted (spp-mechanism-2013)::draft says "2015", source says "2013"
::warning file=draft.md,line=5,col=63,endLine=5,endColumn=131,\
title=claimcheck%3A unsourced::no claim backs this sentence (nearest: spp-mechanism-2013, 62.0)
"""


def test_escape_data() -> None:
    assert escape_data("100%\r\nnext: a,b") == "100%25%0D%0Anext: a,b"


def test_escape_property() -> None:
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"


def test_exact_output() -> None:
    assert render_github(sample_report(), ReportOptions()) == EXPECTED


def test_show_all_adds_notices_for_supported_only() -> None:
    lines = render_github(sample_report(), ReportOptions(show_all=True)).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == [
        "::error",
        "::notice",
        "::error",
        "::warning",
    ]
    assert lines[1].startswith("::notice file=draft.md,line=3,col=112,endLine=3,endColumn=202,")


def test_fail_on_unsourced_is_an_error() -> None:
    options = ReportOptions(fail_on=frozenset({Label.CONTRADICTED, Label.UNSOURCED}))
    assert render_github(sample_report(), options).count("::error ") == 3


def test_hostile_path_and_message_are_escaped() -> None:
    text = "Officials said 5 cases.\n"
    reason = Reason(ReasonKind.NO_MATCH, "50% of\nthe claim::error x,y")
    report = single(text, Label.UNSOURCED, path="a,b:c.md")
    document = report.documents[0]
    result = replace(document.results[0], reasons=(reason,))
    report = replace(report, documents=(replace(document, results=(result,)),))
    line = render_github(report, ReportOptions())
    # The message is folded to one line; the data part keeps ':' and ',' but escapes '%'.
    assert line == (
        "::warning file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=23,"
        "title=claimcheck%3A unsourced::50%25 of the claim::error x,y\n"
    )


def test_multiline_sentence_has_no_columns() -> None:
    text = "The court heard\n12 cases last year.\n"
    result = Result("d.md", sentence(text, text.strip()), Label.UNSOURCED, ())
    report = Report((Document("d.md", text, (result,)),))
    assert render_github(report, ReportOptions()) == (
        "::warning file=d.md,line=1,endLine=2,title=claimcheck%3A unsourced"
        "::no claim backs this sentence\n"
    )


def test_suppressed_findings_are_not_annotated() -> None:
    report = suppress(sample_report(), 1, Suppression("ok"))
    assert render_github(report, ReportOptions()).count("::error ") == 1


def test_no_findings_no_output() -> None:
    report = single("The court heard 12 cases.", Label.SUPPORTED, claim_id="c", score=90.0)
    assert render_github(report, ReportOptions()) == ""


def test_escape_markdown() -> None:
    assert escape_markdown("a | b\nc <img src=x> *d*") == "a \\| b c \\<img src=x\\> \\*d\\*"


def test_step_summary_table() -> None:
    summary = step_summary(sample_report())
    lines = summary.splitlines()
    assert lines[:4] == ["## claimcheck", "", "| Label | Sentences |", "| --- | ---: |"]
    assert "| contradicted | 2 |" in lines
    assert "| files | 1 |" in lines
    assert lines[-1] == (
        "| draft.md:5:63 | unsourced |  | Officials said the mechanism would end wrongful "
        "convictions for good. | no claim backs this sentence (nearest: spp-mechanism-2013, "
        "62.0) |"
    )
    assert len([line for line in lines if line.startswith("| draft.md:")]) == 3


def test_step_summary_escapes_cells() -> None:
    text = "A | B said <script>x</script>\n12 cases."
    result = Result("d|1.md", sentence(text, text), Label.UNSOURCED, ())
    summary = step_summary(Report((Document("d|1.md", text, (result,)),)))
    row = summary.splitlines()[-1]
    assert row.startswith(
        "| d\\|1.md:1:1 | unsourced |  | A \\| B said \\<script\\>x\\</script\\> 12"
    )
    assert row.count(" | ") == 4


def test_step_summary_without_findings() -> None:
    report = single("The court heard 12 cases.", Label.SUPPORTED, claim_id="c", score=90.0)
    assert step_summary(report).endswith("\nNo findings.\n")
