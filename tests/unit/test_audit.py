"""Every audit finding kind, each triggered by a small fixture registry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.audit import audit, finding_codes
from claimcheck.models import Severity

MakeRegistry = Callable[..., tuple[Path, Path]]

SOURCE = (
    "Court Frees Man After 27 Years\n\n"
    "In 2020, 53-year-old Zhang Yuhuan was released from prison after he was wrongfully jailed "
    "for 27 years for murder.\n\n"
    "A total of 511 prosecutors have been held accountable for wrongful convictions since 2018, "
    "the procuratorate said on Monday.\n\n"
    "The court said the ruling was final. The court said the ruling was final.\n\n"
    "Punishments include criminal penalties, party disciplinary measures, and administrative "
    "disciplines for public officials.\n"
)


def claim(cid: str, text: str, quote: str, extra: str = "") -> str:
    q = quote.replace('"', '\\"')
    return f'  - id: {cid}\n    claim: "{text}"\n    quote: "{q}"\n{extra}'


def registry(*claims: str) -> dict[str, str]:
    return {"court.yaml": "source: court\nclaims:\n" + "".join(claims)}


CLEAN = claim(
    "zhang-released",
    "Zhang Yuhuan was released from prison in 2020 after 27 years.",
    "In 2020, 53-year-old Zhang Yuhuan was released from prison after he was wrongfully jailed "
    "for 27 years for murder.",
)


def codes(make_registry: MakeRegistry, files: dict[str, str], source: str = SOURCE) -> list[str]:
    claims_dir, sources_dir = make_registry(files, {"court": source})
    return [f.code for f in audit(claims_dir, sources_dir).findings]


def test_clean_registry_has_no_findings(make_registry: MakeRegistry) -> None:
    claims_dir, sources_dir = make_registry(registry(CLEAN), {"court": SOURCE})
    result = audit(claims_dir, sources_dir)
    assert result.findings == ()
    assert (result.claims, result.files, result.sources) == (1, 1, 1)


def test_yaml_syntax_error_keeps_going(make_registry: MakeRegistry) -> None:
    files = registry(CLEAN) | {"broken.yaml": "claims:\n  - id: [oops\n"}
    claims_dir, sources_dir = make_registry(files, {"court": SOURCE})
    result = audit(claims_dir, sources_dir)
    assert [f.code for f in result.findings] == ["yaml-syntax"]
    assert result.claims == 1  # the good file was still read
    loc = result.findings[0].location
    assert loc is not None
    assert loc.path.endswith("broken.yaml")
    assert loc.line == 3


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"\xff\xfe not utf8", "read"),
        (b"", "read"),
        (b"\x00\x01binary", "read"),
        (b"- a\n- b\n", "bad-file"),
        (b"just a scalar\n", "bad-file"),
        (b"claims: []\nclaims: []\n", "yaml-syntax"),
    ],
)
def test_bad_files(make_registry: MakeRegistry, content: bytes, code: str) -> None:
    claims_dir, sources_dir = make_registry(registry(CLEAN), {"court": SOURCE})
    (claims_dir / "bad.yaml").write_bytes(content)
    assert [f.code for f in audit(claims_dir, sources_dir).findings] == [code]


def test_huge_file_is_refused(make_registry: MakeRegistry) -> None:
    claims_dir, sources_dir = make_registry(registry(CLEAN), {"court": SOURCE})
    with (claims_dir / "huge.yaml").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    findings = audit(claims_dir, sources_dir).findings
    assert [f.code for f in findings] == ["read"]
    assert "too large" in findings[0].message


def test_schema_and_unknown_key(make_registry: MakeRegistry) -> None:
    bad = "  - id: no-quote\n    claim: Something happened.\n"
    extra = claim(
        "extra-key",
        "Zhang Yuhuan was jailed for 27 years.",
        "he was wrongfully jailed for 27 years for murder",
        "    colour: red\n",
    )
    assert codes(make_registry, registry(CLEAN, bad, extra)) == ["schema", "unknown-key"]


def test_duplicate_ids(make_registry: MakeRegistry) -> None:
    assert codes(make_registry, registry(CLEAN, CLEAN)) == ["duplicate-id"]


def test_unknown_source(make_registry: MakeRegistry) -> None:
    text = "claims:\n" + CLEAN + "    source: missing-source\n"
    assert codes(make_registry, {"c.yaml": text}) == ["unknown-source"]


def test_orphaned_quote(make_registry: MakeRegistry) -> None:
    orphan = claim(
        "orphan",
        "The minister resigned in March.",
        "The minister of finance resigned in March after a long scandal.",
    )
    assert codes(make_registry, registry(orphan)) == ["orphaned-quote"]


def test_ambiguous_quote_and_prefix_resolves_it(make_registry: MakeRegistry) -> None:
    twice = claim(
        "final", "The court said its ruling was final.", "The court said the ruling was final."
    )
    assert codes(make_registry, registry(twice)) == ["ambiguous-quote"]
    fixed = twice + '    prefix: "final. "\n'
    assert codes(make_registry, registry(fixed)) == []


def test_drift_gives_the_current_text_as_fix(make_registry: MakeRegistry) -> None:
    drifted = claim(
        "drift",
        "511 prosecutors have been held accountable since 2018.",
        "A total of 511 prosecutors have been held responsible for wrongful convictions since 2018",
    )
    claims_dir, sources_dir = make_registry(registry(drifted), {"court": SOURCE})
    findings = audit(claims_dir, sources_dir).findings
    assert [f.code for f in findings] == ["quote-drift"]
    assert findings[0].fix == (
        "A total of 511 prosecutors have been held accountable for wrongful convictions since 2018"
    )


def test_whitespace_and_typography_are_not_drift(make_registry: MakeRegistry) -> None:
    source = SOURCE.replace("Zhang Yuhuan was", "Zhang\u00a0Yuhuan was").replace(
        "disciplinary measures", "disciplinary\nmeasures"
    )
    typographic = claim(
        "punishments",
        "Punishments include criminal penalties and party disciplinary measures.",
        "Punishments include criminal penalties, party disciplinary measures",
    )
    assert codes(make_registry, registry(CLEAN, typographic), source) == []


def test_offsets_that_disagree(make_registry: MakeRegistry) -> None:
    start = SOURCE.index("In 2020")
    quote = "In 2020, 53-year-old Zhang Yuhuan was released from prison"
    good = claim(
        "good-offsets",
        "Zhang Yuhuan was released in 2020.",
        quote,
        f"    start: {start}\n    end: {start + len(quote)}\n",
    )
    assert codes(make_registry, registry(good)) == []
    bad = good.replace(f"start: {start}", f"start: {start + 3}").replace("good-offsets", "bad")
    claims_dir, sources_dir = make_registry(registry(bad), {"court": SOURCE})
    findings = audit(claims_dir, sources_dir).findings
    assert [f.code for f in findings] == ["offset-mismatch"]
    assert findings[0].fix == f"start: {start}\nend: {start + len(quote)}"


def test_true_claims_that_contradict(make_registry: MakeRegistry) -> None:
    quote = (
        "A total of 511 prosecutors have been held accountable for wrongful convictions since 2018"
    )
    one = claim("p511", "511 prosecutors have been held accountable since 2018.", quote)
    two = claim("p611", "611 prosecutors have been held accountable since 2018.", quote)
    result = codes(make_registry, registry(one, two))
    assert "contradicting-claims" in result


def test_short_quote(make_registry: MakeRegistry) -> None:
    short = claim("short", "Zhang Yuhuan was released.", "released")
    assert codes(make_registry, registry(short)) == ["short-quote"]


def test_near_duplicate(make_registry: MakeRegistry) -> None:
    twin = claim(
        "zhang-released-again",
        "Zhang Yuhuan was released from prison in 2020, after 27 years.",
        "In 2020, 53-year-old Zhang Yuhuan was released from prison after he was wrongfully "
        "jailed for 27 years for murder.",
    )
    assert codes(make_registry, registry(CLEAN, twin)) == ["near-duplicate"]


def test_claim_not_supported_by_its_quote(make_registry: MakeRegistry) -> None:
    unsupported = claim(
        "extra-year",
        "Zhang Yuhuan was released from prison in 2021.",
        "In 2020, 53-year-old Zhang Yuhuan was released from prison",
    )
    assert codes(make_registry, registry(unsupported)) == ["unsupported-claim"]


def test_false_claim_must_be_refuted_by_its_quote(make_registry: MakeRegistry) -> None:
    quote = (
        "A total of 511 prosecutors have been held accountable for wrongful convictions since 2018"
    )
    refuted = claim(
        "false-611", "611 prosecutors have been held accountable.", quote, "    verdict: false\n"
    )
    assert codes(make_registry, registry(refuted)) == []
    not_refuted = claim(
        "false-ok", "511 prosecutors have been held accountable.", quote, "    verdict: false\n"
    )
    assert codes(make_registry, registry(not_refuted)) == ["false-claim-not-refuted"]


def test_every_code_is_documented_and_tested() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    source = Path(__file__).read_text(encoding="utf-8")
    for code in finding_codes():
        assert f"`{code}`" in readme, f"{code} missing from README"
        assert f'"{code}"' in source, f"{code} has no test here"


def test_severities(make_registry: MakeRegistry) -> None:
    short = claim("short", "Zhang Yuhuan was released.", "released")
    claims_dir, sources_dir = make_registry(registry(short), {"court": SOURCE})
    result = audit(claims_dir, sources_dir)
    assert [f.severity for f in result.findings] == [Severity.WARNING]
    assert (result.errors, result.warnings) == (0, 1)


def test_unsafe_source(make_registry: MakeRegistry) -> None:
    text = "claims:\n" + CLEAN + "    source: ../outside\n"
    assert codes(make_registry, {"c.yaml": text}) == ["unsafe-source"]
