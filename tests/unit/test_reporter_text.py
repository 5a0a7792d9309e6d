"""The text format: exact plain output, and the rich terminal layout."""

from __future__ import annotations

import re
import subprocess
import sys

from reporter_fixtures import sample_report, single, suppress

from claimcheck.models import Label, Report, Suppression
from claimcheck.reporters import ReportOptions
from claimcheck.reporters.text import render_text

ANSI = re.compile(r"\x1b\[[0-9;]*m")
COLOUR = re.compile(r"\x1b\[[0-9;]*(?:3[0-9]|9[0-7])[;m]")

SUMMARY = """\
contradicted      2
unsourced         1
supported         1
skipped           2
suppressed        0
files checked     1
"""

PLAIN = (
    """\
draft.md:3:1: contradicted: spp-511-prosecutors: draft says "611", source says "511"
draft.md:5:1: contradicted: spp-mechanism-2013: draft says "2015", source says "2013"
draft.md:5:63: unsourced: no claim backs this sentence (nearest: spp-mechanism-2013, 62.0)

"""
    + SUMMARY
)

PLAIN_ALL = (
    """\
draft.md:1:3: skipped: heading
draft.md:3:1: contradicted: spp-511-prosecutors: draft says "611", source says "511"
draft.md:3:112: supported: spp-246-cases: matches spp-246-cases
draft.md:5:1: contradicted: spp-mechanism-2013: draft says "2015", source says "2013"
draft.md:5:63: unsourced: no claim backs this sentence (nearest: spp-mechanism-2013, 62.0)
draft.md:5:133: skipped: a question

"""
    + SUMMARY
)


def test_plain_exact() -> None:
    assert render_text(sample_report(), ReportOptions()) == PLAIN


def test_plain_show_all_exact() -> None:
    assert render_text(sample_report(), ReportOptions(show_all=True)) == PLAIN_ALL


def test_plain_has_no_ansi_even_with_color() -> None:
    output = render_text(sample_report(), ReportOptions(color=True, show_all=True))
    assert "\x1b" not in output


def test_plain_without_findings_prints_only_summary() -> None:
    report = single("The court heard 12 cases.", Label.SUPPORTED, claim_id="c", score=90.0)
    output = render_text(report, ReportOptions())
    assert output.splitlines()[0] == "contradicted      0"
    assert output.splitlines()[2] == "supported         1"


def test_suppressed_hidden_unless_show_all() -> None:
    report = suppress(sample_report(), 1, Suppression("checked by phone"))
    assert "draft.md:3:1:" not in render_text(report, ReportOptions())
    shown = render_text(report, ReportOptions(show_all=True)).splitlines()
    assert shown[1] == (
        'draft.md:3:1: contradicted: spp-511-prosecutors: draft says "611", source says "511"'
        " (suppressed: checked by phone)"
    )


def test_messages_are_one_line() -> None:
    report = single("Officials\nsaid 5 cases.", Label.UNSOURCED)
    lines = render_text(report, ReportOptions()).splitlines()
    assert lines[0] == "draft.md:1:1: unsourced: no claim backs this sentence"


def test_terminal_layout() -> None:
    output = render_text(sample_report(), ReportOptions(terminal=True, width=100))
    assert ANSI.search(output)
    plain = ANSI.sub("", output)
    lines = [line.rstrip() for line in plain.splitlines()]
    assert lines[0] == "draft.md:3:1  CONTRADICTED  spp-511-prosecutors"
    assert lines[1] == '           draft says "611", source says "511"'
    assert lines[2].startswith("  Draft    China's top procuratorate said 611 prosecutors")
    assert any("“A total of 511 prosecutors" in line for line in lines)
    assert any(
        "China Punishes Over 500 Prosecutors for Wrongful Convictions · Sixth Tone · 2021" in line
        for line in lines
    )
    assert "draft.md:5:63  UNSOURCED" in lines
    nearest = next(line for line in lines if line.lstrip().startswith("Nearest"))
    assert "spp-mechanism-2013 (62.0)  The lifetime accountability mechanism" in nearest
    assert any(line.strip().startswith("files checked") for line in lines)
    assert max(len(line) for line in lines) <= 100


def test_terminal_highlights_the_conflicting_value() -> None:
    output = render_text(sample_report(), ReportOptions(terminal=True, width=120))
    assert "\x1b[1;4;31m611\x1b[0m" in output


def test_terminal_without_color_keeps_emphasis_only() -> None:
    output = render_text(sample_report(), ReportOptions(terminal=True, color=False, width=100))
    assert "CONTRADICTED" in output
    assert not COLOUR.search(output)
    assert "\x1b[1;4m611\x1b[0m" in output


def test_terminal_with_no_results() -> None:
    output = render_text(Report(()), ReportOptions(terminal=True, color=False, width=80))
    assert "files checked" in ANSI.sub("", output)


def test_plain_rendering_does_not_import_rich() -> None:
    code = (
        "import sys\n"
        "from claimcheck.models import Report\n"
        "from claimcheck.reporters import FORMATS, ReportOptions\n"
        "for name in ('text', 'json', 'sarif', 'github', 'html'):\n"
        "    FORMATS[name](Report(()), ReportOptions())\n"
        "assert 'rich' not in sys.modules, sorted(m for m in sys.modules if 'rich' in m)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_quiet_prints_finding_lines_only() -> None:
    for terminal in (False, True):
        output = render_text(sample_report(), ReportOptions(quiet=True, terminal=terminal))
        assert output == PLAIN.split("\n\n", 1)[0] + "\n"
    report = single("The court heard 12 cases.", Label.SUPPORTED, claim_id="c", score=90.0)
    assert render_text(report, ReportOptions(quiet=True)) == ""
