"""The json format: every sentence of every document, as a versioned machine contract.

The shape is documented in docs/json-schema.md and pinned by tests/unit/test_reporter_json.py.
Bump JSON_VERSION on any change that is not a pure addition.
"""

from __future__ import annotations

import json
from typing import Any

from claimcheck.models import Candidate, ClaimCheck, Reason, Report, Result
from claimcheck.reporters.common import (
    ReportOptions,
    is_suppressed,
    result_message,
    round_score,
    summary_counts,
)

JSON_VERSION = 1

JsonObject = dict[str, Any]


def reason_json(reason: Reason) -> JsonObject:
    return {
        "kind": reason.kind.value,
        "draft": reason.draft,
        "claim": reason.claim,
        "message": reason.message,
        "span": None if reason.span is None else list(reason.span),
    }


def candidate_json(candidate: Candidate) -> JsonObject:
    return {"claim_id": candidate.claim_id, "score": round_score(candidate.score)}


def check_json(check: ClaimCheck) -> JsonObject:
    return {
        "claim_id": check.claim_id,
        "score": round_score(check.score),
        "label": check.label.value,
        "reasons": [reason_json(r) for r in check.reasons],
    }


def suppressed_json(result: Result) -> JsonObject | None:
    if result.suppression is None or not is_suppressed(result):
        return None
    labels = result.suppression.labels
    return {
        "reason": result.suppression.reason,
        "labels": None if labels is None else sorted(label.value for label in labels),
    }


def result_json(result: Result) -> JsonObject:
    """One result; the key order here is the documented order."""
    sentence = result.sentence
    return {
        "path": result.path,
        "start": sentence.start,
        "end": sentence.end,
        "line": sentence.line,
        "column": sentence.column,
        "end_line": sentence.end_line,
        "end_column": sentence.end_column,
        "block": sentence.block.value,
        "text": sentence.text,
        "label": result.label.value,
        "message": result_message(result),
        "claim_id": result.claim_id,
        "source": result.source,
        "quote": result.quote,
        "score": round_score(result.score),
        "reasons": [reason_json(r) for r in result.reasons],
        "candidates": [candidate_json(c) for c in result.candidates],
        "checks": [check_json(c) for c in result.checks],
        "suppressed": suppressed_json(result),
    }


def report_json(report: Report, options: ReportOptions) -> JsonObject:
    """The whole report as plain JSON data."""
    summary: dict[str, int] = dict(summary_counts(report))
    summary["files"] = len(report.documents)
    return {
        "version": JSON_VERSION,
        "tool": {"name": "claimcheck", "version": options.tool_version},
        "results": [result_json(r) for d in report.documents for r in d.results],
        "summary": summary,
    }


def render_json(report: Report, options: ReportOptions) -> str:
    """The report as indented UTF-8 JSON, ending with a newline."""
    return json.dumps(report_json(report, options), indent=2, ensure_ascii=False) + "\n"
