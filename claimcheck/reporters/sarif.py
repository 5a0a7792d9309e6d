"""The sarif format: SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, IDE viewers).

One run; one rule per label; findings as results (contradicted and unsourced), plus supported
(kind "pass") and skipped (kind "notApplicable") sentences with show_all. Suppressed findings
stay in the log with an inSource suppression. Regions use the draft's code-point positions
(columnKind "unicodeCodePoints"); the end column is exclusive, as SARIF wants.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from typing import Any
from urllib.parse import quote

from claimcheck.models import Label, Report, Result
from claimcheck.reporters.common import (
    LABEL_ORDER,
    TOOL_NAME,
    ReportOptions,
    is_suppressed,
    label_level,
    one_line,
    result_message,
    round_score,
)
from claimcheck.reporters.json_format import candidate_json, reason_json

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT_KEY = "claimcheck/v1"

JsonObject = dict[str, Any]

RULE_TEXT: dict[Label, tuple[str, str, str]] = {
    # label: (name, short description, help)
    Label.CONTRADICTED: (
        "ContradictedClaim",
        "The sentence contradicts the registry claim it matches.",
        "The sentence matches a registry claim but states a different fact (a number, date, "
        "negation, direction, count or name). Correct the sentence to agree with the quoted "
        "source, or fix the claim if the registry is wrong.",
    ),
    Label.UNSOURCED: (
        "UnsourcedStatement",
        "No registry claim backs the sentence.",
        "The sentence states a checkable fact, but no claim in the registry matches it. Add a "
        "claim with an exact source quote, rephrase the sentence, or suppress it with a "
        "`claimcheck: ignore` comment and a reason.",
    ),
    Label.SUPPORTED: (
        "SupportedStatement",
        "A registry claim backs the sentence.",
        "The sentence matches a registry claim and agrees with its source quote.",
    ),
    Label.SKIPPED: (
        "SkippedSentence",
        "The sentence is not a checkable statement.",
        "Questions, opinions, headings, boilerplate and sentences without a checkable fact "
        "are not compared with the registry.",
    ),
}

DEFAULT_LEVEL: dict[Label, str] = {
    Label.CONTRADICTED: "error",
    Label.UNSOURCED: "warning",
    Label.SUPPORTED: "none",
    Label.SKIPPED: "none",
}
PASS_KINDS: dict[Label, str] = {Label.SUPPORTED: "pass", Label.SKIPPED: "notApplicable"}
RULE_INDEX: dict[Label, int] = {label: i for i, label in enumerate(LABEL_ORDER)}


def artifact_uri(path: str) -> str:
    """`path` as a URI reference: forward slashes, percent-encoded, relative when it is."""
    posix = path.replace("\\", "/")
    encoded = quote(posix, safe="/-._~!$&'()*+,;=@")
    if posix.startswith("/"):
        return "file://" + encoded
    return encoded


def fingerprint(result: Result) -> str:
    """A stable id for a finding that survives moves within the file and whitespace edits."""
    text = one_line(unicodedata.normalize("NFKC", result.sentence.text)).casefold()
    data = f"{result.claim_id or ''}\0{text}".encode()
    return hashlib.sha256(data).hexdigest()[:32]


def rule_json(label: Label) -> JsonObject:
    name, short, help_text = RULE_TEXT[label]
    return {
        "id": label.value,
        "name": name,
        "shortDescription": {"text": short},
        "fullDescription": {"text": help_text},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": DEFAULT_LEVEL[label]},
    }


def kind_and_level(result: Result, options: ReportOptions) -> tuple[str, str] | None:
    """SARIF's kind and level for a result, or None when it is not reported.

    A finding is kind "fail" with level error (its label fails the run) or warning. SARIF
    requires level "none" for every other kind, so supported and skipped sentences (reported
    only with show_all) are "pass" and "notApplicable" with level "none". A suppressed
    finding keeps the level it would have had.
    """
    if result.label in PASS_KINDS:
        return (PASS_KINDS[result.label], "none") if options.show_all else None
    level = label_level(result.label, options)
    return None if level is None else ("fail", level)


def region_json(result: Result) -> JsonObject:
    sentence = result.sentence
    return {
        "startLine": sentence.line,
        "startColumn": sentence.column,
        "endLine": sentence.end_line,
        "endColumn": sentence.end_column,
        "charOffset": sentence.start,
        "charLength": sentence.end - sentence.start,
        "snippet": {"text": sentence.text},
    }


def message_text(result: Result) -> str:
    if result.claim_id is not None and result.label is not Label.UNSOURCED:
        return f"{result.claim_id}: {result_message(result)}"
    return result_message(result)


def result_json(result: Result, options: ReportOptions, artifact: int) -> JsonObject | None:
    kind_level = kind_and_level(result, options)
    if kind_level is None:
        return None
    kind, level = kind_level
    location = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(result.path), "index": artifact},
            "region": region_json(result),
        }
    }
    properties: JsonObject = {
        "claimId": result.claim_id,
        "source": result.source,
        "quote": result.quote,
        "score": round_score(result.score),
        "reasons": [reason_json(r) for r in result.reasons],
        "candidates": [candidate_json(c) for c in result.candidates],
    }
    sarif: JsonObject = {
        "ruleId": result.label.value,
        "ruleIndex": RULE_INDEX[result.label],
        "kind": kind,
        "level": level,
        "message": {"text": message_text(result)},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(result)},
        "properties": properties,
    }
    if result.suppression is not None and is_suppressed(result):
        suppression: JsonObject = {"kind": "inSource"}
        if result.suppression.reason:
            suppression["justification"] = result.suppression.reason
        sarif["suppressions"] = [suppression]
    return sarif


def sarif_log(report: Report, options: ReportOptions) -> JsonObject:
    """The report as a SARIF 2.1.0 log object."""
    artifacts = [
        {"location": {"uri": artifact_uri(d.path)}, "length": len(d.text.encode())}
        for d in report.documents
    ]
    results: list[JsonObject] = []
    for index, document in enumerate(report.documents):
        for result in document.results:
            item = result_json(result, options, index)
            if item is not None:
                results.append(item)
    driver = {
        "name": TOOL_NAME,
        "version": options.tool_version,
        "semanticVersion": options.tool_version,
        "rules": [rule_json(label) for label in LABEL_ORDER],
    }
    run = {
        "tool": {"driver": driver},
        "artifacts": artifacts,
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render_sarif(report: Report, options: ReportOptions) -> str:
    """The report as an indented SARIF 2.1.0 JSON document, ending with a newline."""
    return json.dumps(sarif_log(report, options), indent=2, ensure_ascii=False) + "\n"
