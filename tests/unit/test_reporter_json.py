"""The json format is a contract: these tests pin its exact shape (docs/json-schema.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from reporter_fixtures import sample_report, single, suppress

from claimcheck.models import Label, Suppression
from claimcheck.reporters import FORMATS, JSON_VERSION, ReportOptions, summary_counts
from claimcheck.reporters.json_format import render_json

RESULT_KEYS = [
    "path",
    "start",
    "end",
    "line",
    "column",
    "end_line",
    "end_column",
    "block",
    "text",
    "label",
    "message",
    "claim_id",
    "source",
    "quote",
    "score",
    "reasons",
    "candidates",
    "checks",
    "suppressed",
]
NUMBER_611 = {
    "kind": "number",
    "draft": "611",
    "claim": "511",
    "message": 'draft says "611", source says "511"',
    "span": [31, 34],
}


def load(text: str) -> Any:
    return json.loads(text)


def test_top_level_shape() -> None:
    output = render_json(sample_report(), ReportOptions(tool_version="9.9.9"))
    assert output.endswith("}\n")
    data = load(output)
    assert list(data) == ["version", "tool", "results", "summary"]
    assert data["version"] == JSON_VERSION == 1
    assert data["tool"] == {"name": "claimcheck", "version": "9.9.9"}
    assert data["summary"] == {
        "contradicted": 2,
        "unsourced": 1,
        "supported": 1,
        "skipped": 2,
        "suppressed": 0,
        "files": 1,
    }
    assert list(data["summary"]) == [
        "contradicted",
        "unsourced",
        "supported",
        "skipped",
        "suppressed",
        "files",
    ]


def test_contradicted_result_exact() -> None:
    data = load(render_json(sample_report(), ReportOptions()))
    assert data["results"][1] == {
        "path": "draft.md",
        "start": 31,
        "end": 141,
        "line": 3,
        "column": 1,
        "end_line": 3,
        "end_column": 111,
        "block": "paragraph",
        "text": "China's top procuratorate said 611 prosecutors have been held accountable "
        "for wrongful convictions since 2018.",
        "label": "contradicted",
        "message": 'draft says "611", source says "511"',
        "claim_id": "spp-511-prosecutors",
        "source": "sixthtone-2021-prosecutors-punished",
        "quote": "A total of 511 prosecutors have been held accountable for criminal cases "
        "dating back decades",
        "score": 91.5,
        "reasons": [NUMBER_611],
        "candidates": [{"claim_id": "spp-246-cases", "score": 48.0}],
        "checks": [
            {
                "claim_id": "spp-511-prosecutors",
                "score": 91.5,
                "label": "contradicted",
                "reasons": [NUMBER_611],
            }
        ],
        "suppressed": None,
    }


def test_unsourced_result_has_null_claim() -> None:
    result = load(render_json(sample_report(), ReportOptions()))["results"][4]
    assert list(result) == RESULT_KEYS
    assert (result["label"], result["claim_id"], result["source"]) == ("unsourced", None, None)
    assert (result["quote"], result["score"], result["checks"]) == (None, None, [])
    assert result["message"] == "no claim backs this sentence (nearest: spp-mechanism-2013, 62.0)"
    assert result["candidates"] == [
        {"claim_id": "spp-mechanism-2013", "score": 62.0},
        {"claim_id": "spp-246-cases", "score": 40.0},
    ]


def test_every_sentence_listed_regardless_of_show_all() -> None:
    for show_all in (False, True):
        data = load(render_json(sample_report(), ReportOptions(show_all=show_all)))
        labels = [r["label"] for r in data["results"]]
        assert labels == [
            "skipped",
            "contradicted",
            "supported",
            "contradicted",
            "unsourced",
            "skipped",
        ]
        assert all(list(r) == RESULT_KEYS for r in data["results"])
        assert data["results"][0]["block"] == "heading"


def test_scores_rounded_to_one_decimal() -> None:
    report = single("Exactly 12 cases were heard.", Label.SUPPORTED, score=87.6666, claim_id="c")
    assert load(render_json(report, ReportOptions()))["results"][0]["score"] == 87.7


def test_suppressed_shape_and_counts() -> None:
    report = suppress(sample_report(), 1, Suppression("checked by phone", None, line=3))
    report = suppress(report, 4, Suppression(None, frozenset({Label.UNSOURCED})))
    data = load(render_json(report, ReportOptions()))
    assert data["results"][1]["suppressed"] == {"reason": "checked by phone", "labels": None}
    assert data["results"][4]["suppressed"] == {"reason": None, "labels": ["unsourced"]}
    assert data["results"][1]["label"] == "contradicted"
    assert data["summary"]["suppressed"] == 2
    assert data["summary"]["contradicted"] == 1
    assert data["summary"]["unsourced"] == 0


def test_suppression_for_another_label_is_not_applied() -> None:
    report = suppress(sample_report(), 1, Suppression("x", frozenset({Label.UNSOURCED})))
    data = load(render_json(report, ReportOptions()))
    assert data["results"][1]["suppressed"] is None
    assert data["summary"]["suppressed"] == 0


def test_unicode_kept_and_empty_report() -> None:
    report = single("Le procureur a dit « 511 » — voilà.", Label.UNSOURCED)
    output = render_json(report, ReportOptions())
    assert "« 511 » — voilà" in output
    empty = load(render_json(type(report)(()), ReportOptions()))
    assert empty["results"] == []
    assert empty["summary"]["files"] == 0


def test_summary_counts_partition_results() -> None:
    report = suppress(sample_report(), 3, Suppression("ok"))
    counts = summary_counts(report)
    assert counts == {
        "contradicted": 1,
        "unsourced": 1,
        "supported": 1,
        "skipped": 2,
        "suppressed": 1,
    }
    assert sum(counts.values()) == len(report.documents[0].results)


def test_formats_registry() -> None:
    assert set(FORMATS) == {"text", "json", "sarif", "github", "html"}
    report = sample_report()
    for render in FORMATS.values():
        assert isinstance(render(report, ReportOptions()), str)


def test_every_key_is_documented() -> None:
    doc = Path(__file__).resolve().parents[2] / "docs" / "json-schema.md"
    documented = set(re.findall(r"`([a-z_]+)`", doc.read_text(encoding="utf-8")))
    report = suppress(sample_report(), 1, Suppression("ok", frozenset({Label.CONTRADICTED})))
    data = load(render_json(report, ReportOptions()))
    keys = set(data) | set(data["tool"]) | set(data["summary"])
    for result in data["results"]:
        keys |= set(result)
        for nested in [*result["reasons"], *result["candidates"], *result["checks"]]:
            keys |= set(nested)
        keys |= set(result["suppressed"] or {})
    assert keys - documented == set()
