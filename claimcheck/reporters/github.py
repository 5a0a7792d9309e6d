"""The github format: GitHub Actions workflow commands, one annotation per finding.

`::error` for labels that fail the run, `::warning` for other contradicted or unsourced
sentences, `::notice` for supported sentences with show_all. GitHub shows only ten annotations
of each level per step, so `step_summary` also renders a Markdown table of every finding for
$GITHUB_STEP_SUMMARY.
"""

from __future__ import annotations

from claimcheck.models import Label, Report, Result
from claimcheck.reporters.common import (
    LABEL_ORDER,
    ReportOptions,
    finding_level,
    is_listed,
    is_suppressed,
    iter_results,
    result_message,
    summary_counts,
)

MAX_SUMMARY_ROWS = 500  # $GITHUB_STEP_SUMMARY is limited to 1 MiB per step
MARKDOWN_SPECIAL = frozenset("\\`*_{}[]<>|~&@$")  # inline markup; cells never start a line


def escape_data(value: str) -> str:
    """Escape a workflow command's message."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a workflow command's property value (file, title)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command_name(result: Result, options: ReportOptions) -> str | None:
    level = finding_level(result, options)
    if level is not None:
        return level
    if options.show_all and result.label is Label.SUPPORTED and not is_suppressed(result):
        return "notice"
    return None


def annotation(result: Result, options: ReportOptions) -> str | None:
    """One workflow command for `result`, or None when it is not annotated.

    GitHub reads endColumn as the last annotated column and uses columns only on one-line
    annotations, so they are given (inclusive) only when the sentence is on one line.
    """
    command = command_name(result, options)
    if command is None:
        return None
    sentence = result.sentence
    props = [("file", result.path), ("line", str(sentence.line))]
    if sentence.end_line == sentence.line:
        end_column = max(sentence.column, sentence.end_column - 1)
        props += [("col", str(sentence.column)), ("endLine", str(sentence.end_line))]
        props.append(("endColumn", str(end_column)))
    else:
        props.append(("endLine", str(sentence.end_line)))
    title = f"claimcheck: {result.label.value}"
    if result.claim_id is not None and result.label is not Label.UNSOURCED:
        title += f" ({result.claim_id})"
    props.append(("title", title))
    rendered = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{command} {rendered}::{escape_data(result_message(result))}"


def render_github(report: Report, options: ReportOptions) -> str:
    """One workflow command per line for each annotated result, in document order."""
    lines = []
    for _, result in iter_results(report):
        if not is_listed(result, options):
            continue
        line = annotation(result, options)
        if line is not None:
            lines.append(line)
    return "".join(line + "\n" for line in lines)


def escape_markdown(value: str) -> str:
    """`value` as inert text in a Markdown table cell: one line, markup backslash-escaped."""
    folded = " ".join(value.split())
    return "".join("\\" + char if char in MARKDOWN_SPECIAL else char for char in folded)


def step_summary(report: Report, options: ReportOptions | None = None) -> str:
    """A Markdown job summary: counts per label and a table of every finding."""
    options = options or ReportOptions()
    counts = summary_counts(report)
    lines = ["## claimcheck", "", "| Label | Sentences |", "| --- | ---: |"]
    lines += [f"| {label.value} | {counts[label.value]} |" for label in LABEL_ORDER]
    lines += [f"| suppressed | {counts['suppressed']} |", f"| files | {len(report.documents)} |"]
    findings = [r for _, r in iter_results(report) if finding_level(r, options) is not None]
    if not findings:
        return "\n".join([*lines, "", "No findings.", ""])
    lines += [
        "",
        "| Location | Label | Claim | Sentence | Reason |",
        "| --- | --- | --- | --- | --- |",
    ]
    for result in findings[:MAX_SUMMARY_ROWS]:
        where = f"{result.path}:{result.sentence.line}:{result.sentence.column}"
        cells = [where, result.label.value, result.claim_id or "", result.sentence.text]
        cells.append(result_message(result))
        lines.append("| " + " | ".join(escape_markdown(cell) for cell in cells) + " |")
    if len(findings) > MAX_SUMMARY_ROWS:
        lines += ["", f"… and {len(findings) - MAX_SUMMARY_ROWS} more findings."]
    return "\n".join([*lines, ""])
