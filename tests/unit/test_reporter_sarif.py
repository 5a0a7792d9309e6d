"""The sarif format: valid SARIF 2.1.0, with the label -> kind/level mapping, stable
fingerprints and in-source suppressions."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from reporter_fixtures import DRAFT, sample_report, single, suppress

from claimcheck.models import Label, Report, Suppression
from claimcheck.reporters import ReportOptions
from claimcheck.reporters.sarif import artifact_uri, fingerprint, render_sarif

SCHEMA = Path(__file__).resolve().parents[2] / "../shared/schemas/sarif-schema-2.1.0.json"


def sarif(report: Report, **options: Any) -> Any:
    return json.loads(render_sarif(report, ReportOptions(**options)))


def validate(log: Any) -> None:
    if not SCHEMA.is_file():
        pytest.skip(f"the SARIF schema is not at {SCHEMA} (shared/schemas/ beside the repo)")
    from jsonschema import Draft4Validator

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    errors = sorted(Draft4Validator(schema).iter_errors(log), key=str)
    assert errors == [], "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def levels(log: Any) -> list[tuple[str, str, str]]:
    return [(r["ruleId"], r["kind"], r["level"]) for r in log["runs"][0]["results"]]


@pytest.mark.parametrize("show_all", [False, True])
def test_valid_against_official_schema(show_all: bool) -> None:
    report = suppress(sample_report("docs/My Draft.md"), 1, Suppression("checked by phone"))
    validate(sarif(report, show_all=show_all))


def test_run_shape() -> None:
    log = sarif(sample_report(), tool_version="1.2.3")
    assert log["version"] == "2.1.0"
    assert log["$schema"].endswith("sarif-schema-2.1.0.json")
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "claimcheck"
    assert driver["version"] == "1.2.3"
    assert "informationUri" not in driver
    rules = {rule["id"]: rule for rule in driver["rules"]}
    assert list(rules) == ["contradicted", "unsourced", "supported", "skipped"]
    for rule in rules.values():
        assert rule["shortDescription"]["text"]
        assert rule["help"]["text"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["artifacts"] == [{"location": {"uri": "draft.md"}, "length": len(DRAFT.encode())}]


def test_level_mapping_default() -> None:
    assert levels(sarif(sample_report())) == [
        ("contradicted", "fail", "error"),
        ("contradicted", "fail", "error"),
        ("unsourced", "fail", "warning"),
    ]


def test_level_mapping_show_all() -> None:
    assert levels(sarif(sample_report(), show_all=True)) == [
        ("skipped", "notApplicable", "none"),
        ("contradicted", "fail", "error"),
        ("supported", "pass", "none"),
        ("contradicted", "fail", "error"),
        ("unsourced", "fail", "warning"),
        ("skipped", "notApplicable", "none"),
    ]


def test_fail_on_unsourced_makes_it_an_error() -> None:
    fail_on = frozenset({Label.CONTRADICTED, Label.UNSOURCED})
    assert [level for _, _, level in levels(sarif(sample_report(), fail_on=fail_on))] == [
        "error",
        "error",
        "error",
    ]


def test_result_location_message_and_properties() -> None:
    result = sarif(sample_report())["runs"][0]["results"][0]
    assert result["ruleIndex"] == 0
    assert result["message"]["text"] == 'spp-511-prosecutors: draft says "611", source says "511"'
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "draft.md", "index": 0}
    region = location["region"]
    assert {k: v for k, v in region.items() if k != "snippet"} == {
        "startLine": 3,
        "startColumn": 1,
        "endLine": 3,
        "endColumn": 111,
        "charOffset": 31,
        "charLength": 110,
    }
    assert region["snippet"]["text"].startswith("China's top procuratorate said 611")
    props = result["properties"]
    assert props["claimId"] == "spp-511-prosecutors"
    assert props["source"] == "sixthtone-2021-prosecutors-punished"
    assert props["score"] == 91.5
    assert props["reasons"][0]["kind"] == "number"
    assert "suppressions" not in result


def test_unsourced_message_names_nearest_claim() -> None:
    result = sarif(sample_report())["runs"][0]["results"][2]
    assert result["message"]["text"] == (
        "no claim backs this sentence (nearest: spp-mechanism-2013, 62.0)"
    )
    assert result["properties"]["claimId"] is None


def test_fingerprints_stable_and_distinct() -> None:
    results = sarif(sample_report())["runs"][0]["results"]
    prints = [r["partialFingerprints"]["claimcheck/v1"] for r in results]
    assert len(set(prints)) == 3
    assert all(len(p) == 32 and int(p, 16) >= 0 for p in prints)
    original = sample_report().documents[0].results[1]
    moved = replace(
        original,
        sentence=replace(original.sentence, text="  " + original.sentence.text.upper(), line=9),
    )
    assert fingerprint(moved) == fingerprint(original)
    assert fingerprint(replace(original, claim_id="other")) != fingerprint(original)


def test_suppressed_findings_stay_with_suppressions() -> None:
    report = suppress(sample_report(), 1, Suppression("checked by phone"))
    report = suppress(report, 4, Suppression(None, frozenset({Label.UNSOURCED})))
    results = sarif(report)["runs"][0]["results"]
    assert levels({"runs": [{"results": results}]}) == [
        ("contradicted", "fail", "error"),
        ("contradicted", "fail", "error"),
        ("unsourced", "fail", "warning"),
    ]
    assert results[0]["suppressions"] == [{"kind": "inSource", "justification": "checked by phone"}]
    assert "suppressions" not in results[1]
    assert results[2]["suppressions"] == [{"kind": "inSource"}]
    validate(sarif(report))


def test_uris_are_relative_forward_slash_and_encoded() -> None:
    assert artifact_uri("docs\\drafts\\a b.md") == "docs/drafts/a%20b.md"
    assert artifact_uri("drafts/été#1.md") == "drafts/%C3%A9t%C3%A9%231.md"
    assert artifact_uri("/tmp/draft.md") == "file:///tmp/draft.md"
    report = single("The court heard 12 cases.", Label.UNSOURCED, path="news\\a b.md")
    log = sarif(report)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"] == "news/a%20b.md"
    validate(log)


def test_no_documents_is_still_valid() -> None:
    log = sarif(Report(()))
    assert log["runs"][0]["results"] == []
    validate(log)
