"""What every reporter shares: options, the Reporter protocol, counts and finding rules.

A *finding* is a result a user has to look at: its label is in `ReportOptions.fail_on` (an
error) or it is contradicted or unsourced without failing the run (a warning). A result whose
inline suppression covers its label is never a finding; json and sarif still list it, marked
suppressed.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal, Protocol

from claimcheck.models import CONFLICT_KINDS, Document, Label, Reason, Report, Result

TOOL_NAME = "claimcheck"

# The order labels appear in summaries and legends.
LABEL_ORDER: tuple[Label, ...] = (
    Label.CONTRADICTED,
    Label.UNSOURCED,
    Label.SUPPORTED,
    Label.SKIPPED,
)

# Labels that are findings even when they do not fail the run.
WARNING_LABELS: frozenset[Label] = frozenset({Label.CONTRADICTED, Label.UNSOURCED})

DEFAULT_MESSAGES: dict[Label, str] = {
    Label.CONTRADICTED: "the sentence conflicts with its claim",
    Label.UNSOURCED: "no claim backs this sentence",
    Label.SUPPORTED: "the sentence matches its claim",
    Label.SKIPPED: "not a checkable statement",
}

Level = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class ReportOptions:
    """How a report is rendered.

    `show_all` also lists supported and skipped sentences (and suppressed ones) in the text,
    github and sarif formats; `terminal` asks the text format for its rich layout; `color`
    allows colour there; `fail_on` names the labels that fail a run (reported as errors);
    `width` fixes the terminal width (None: detect); `quiet` makes the text format print the
    finding lines only (no details, no summary). Machine formats ignore `quiet`.
    """

    show_all: bool = False
    color: bool = True
    terminal: bool = False
    fail_on: frozenset[Label] = field(default_factory=lambda: frozenset({Label.CONTRADICTED}))
    width: int | None = None
    tool_version: str = "0.1.0"
    quiet: bool = False


class Reporter(Protocol):
    """A report format: renders a whole report to one string."""

    def __call__(self, report: Report, options: ReportOptions) -> str: ...


def is_suppressed(result: Result) -> bool:
    """True when the result's inline suppression covers its label."""
    suppression = result.suppression
    if suppression is None:
        return False
    return suppression.labels is None or result.label in suppression.labels


def label_level(label: Label, options: ReportOptions) -> Level | None:
    """'error' for a label in fail_on, 'warning' for contradicted or unsourced otherwise."""
    if label in options.fail_on:
        return "error"
    if label in WARNING_LABELS:
        return "warning"
    return None


def finding_level(result: Result, options: ReportOptions) -> Level | None:
    """The level of a finding, or None when the result is not one (every suppressed result)."""
    return None if is_suppressed(result) else label_level(result.label, options)


def is_finding(result: Result, options: ReportOptions) -> bool:
    return finding_level(result, options) is not None


def is_listed(result: Result, options: ReportOptions) -> bool:
    """Whether a line-oriented format (text, github) lists the result: findings always, the
    rest only with show_all."""
    return options.show_all or is_finding(result, options)


def iter_results(report: Report) -> Iterator[tuple[Document, Result]]:
    """Every result of every document, in document order."""
    for document in report.documents:
        for result in document.results:
            yield document, result


def summary_counts(report: Report) -> dict[str, int]:
    """Results per label, plus "suppressed".

    A suppressed result counts under "suppressed" only, so the counts add up to the number of
    sentences.
    """
    counts = {label.value: 0 for label in LABEL_ORDER}
    counts["suppressed"] = 0
    for _, result in iter_results(report):
        key = "suppressed" if is_suppressed(result) else result.label.value
        counts[key] += 1
    return counts


def shown_reasons(result: Result) -> tuple[Reason, ...]:
    """The reasons worth showing: for a contradicted result only its conflicts, if it has any."""
    if result.label is Label.CONTRADICTED:
        conflicts = tuple(r for r in result.reasons if r.kind in CONFLICT_KINDS)
        if conflicts:
            return conflicts
    return result.reasons


def one_line(text: str) -> str:
    """`text` with every run of whitespace (newlines included) folded to one space."""
    return " ".join(text.split())


def result_message(result: Result) -> str:
    """A one-line explanation of a result, built from its reasons.

    An unsourced result with candidates names the nearest claim, unless a reason already does.
    """
    messages = [one_line(r.message) for r in shown_reasons(result) if r.message.strip()]
    message = "; ".join(messages) or DEFAULT_MESSAGES[result.label]
    if result.label is Label.UNSOURCED and result.candidates:
        nearest = max(result.candidates, key=lambda c: c.score)
        if nearest.claim_id not in message:
            message += f" (nearest: {nearest.claim_id}, {nearest.score:.1f})"
    return message


def round_score(score: float | None) -> float | None:
    """Scores are reported rounded to one decimal."""
    return None if score is None else round(float(score), 1)
