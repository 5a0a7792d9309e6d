"""Report formats: each renders a whole Report to one string.

`FORMATS` maps a format name to its render function; every function satisfies `Reporter`.
Reporters depend on claimcheck.models only, never on the pipeline; rich is imported only when
the text format renders its terminal layout.
"""

from __future__ import annotations

from claimcheck.reporters.common import (
    Reporter,
    ReportOptions,
    finding_level,
    is_finding,
    is_suppressed,
    summary_counts,
)
from claimcheck.reporters.github import render_github, step_summary
from claimcheck.reporters.html import render_html
from claimcheck.reporters.json_format import JSON_VERSION, render_json
from claimcheck.reporters.sarif import render_sarif
from claimcheck.reporters.text import render_text

FORMATS: dict[str, Reporter] = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
    "html": render_html,
}

__all__ = [
    "FORMATS",
    "JSON_VERSION",
    "ReportOptions",
    "Reporter",
    "finding_level",
    "is_finding",
    "is_suppressed",
    "render_github",
    "render_html",
    "render_json",
    "render_sarif",
    "render_text",
    "step_summary",
    "summary_counts",
]
