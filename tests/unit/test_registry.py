from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from claimcheck.errors import RegistryError
from claimcheck.models import AnchorStatus, Claim, Severity
from claimcheck.registry import Registry, load_registry

MakeRegistry = Callable[..., tuple[Path, Path]]

GOOD = """\
source: court   # default source
claims:
  - id: zhang-released
    claim: Zhang Yuhuan was released in 2020 after 27 years in prison.
    quote: "In 2020, 53-year-old Zhang Yuhuan was released from prison"
    tags: [wrongful-convictions]
    note: free text
  - id: prosecutors-511
    claim: 511 prosecutors have been held accountable since 2018.
    source: court
    quote: "A total of 511 prosecutors have been held accountable for wrongful convictions since 2018"
    verdict: true
"""


def test_loads_the_documented_format(make_registry: MakeRegistry) -> None:
    claims_dir, sources_dir = make_registry({"court.yaml": GOOD})
    registry = Registry.load(claims_dir, sources_dir)
    assert [c.id for c in registry.claims] == ["zhang-released", "prosecutors-511"]
    claim = registry.get("zhang-released")
    assert claim.source == "court"
    assert claim.tags == ("wrongful-convictions",)
    assert claim.origin is not None
    assert claim.origin.line == 3
    anchor = registry.anchors["prosecutors-511"]
    assert anchor.status is AnchorStatus.EXACT
    text = registry.sources["court"].text
    assert text[anchor.start : anchor.end] == claim.quote or anchor.current


def test_claims_are_found_recursively_and_sources_by_id(make_registry: MakeRegistry) -> None:
    claims_dir, sources_dir = make_registry(
        {"nested/deeper/court.yml": GOOD},
        {"000_06972827eb4a4f0c": "A source named like the bundled seeds."},
    )
    (sources_dir / "court.txt").write_text(
        "In 2020, 53-year-old Zhang Yuhuan was released from prison. A total of 511 prosecutors "
        "have been held accountable for wrongful convictions since 2018.",
        encoding="utf-8",
    )
    registry = Registry.load(claims_dir, sources_dir)
    assert len(registry) == 2


def test_source_metadata_sidecar(make_registry: MakeRegistry) -> None:
    claims_dir, sources_dir = make_registry({"court.yaml": GOOD})
    (sources_dir / "court.meta.yaml").write_text(
        "title: Court Frees Man\npublisher: Example Daily\ndate: 2021-09-06\nlanguage: en\n",
        encoding="utf-8",
    )
    meta = Registry.load(claims_dir, sources_dir).sources["court"].meta
    assert (meta.title, meta.publisher, meta.date, meta.language) == (
        "Court Frees Man",
        "Example Daily",
        "2021-09-06",
        "en",
    )
    assert meta.author is None


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_markdown_and_html_sources_load(make_registry: MakeRegistry, suffix: str) -> None:
    body = "A total of 511 prosecutors have been held accountable since 2018."
    text = f"<html><body><p>{body}</p></body></html>" if suffix == ".html" else f"# T\n\n{body}\n"
    claims_dir, sources_dir = make_registry(
        {
            "c.yaml": "claims:\n  - id: c1\n    claim: 511 prosecutors held accountable.\n"
            "    source: page\n    quote: A total of 511 prosecutors have been held accountable\n"
        },
        {f"page{suffix}": text},
    )
    registry = Registry.load(claims_dir, sources_dir)
    assert registry.anchors["c1"].status is AnchorStatus.EXACT
    if suffix == ".html":
        assert "<p>" not in registry.sources["page"].text


@pytest.mark.parametrize("bad", ["../secret", "/etc/passwd", "sub/dir"])
def test_source_paths_are_refused(make_registry: MakeRegistry, bad: str) -> None:
    claims_dir, sources_dir = make_registry(
        {"c.yaml": f"claims:\n  - id: c1\n    claim: x is y.\n    source: {bad}\n    quote: q\n"}
    )
    loaded = load_registry(claims_dir, sources_dir)
    assert [f.code for f in loaded.findings] == ["unsafe-source"]
    with pytest.raises(RegistryError, match="is a path"):
        Registry.load(claims_dir, sources_dir)


def test_symlink_out_of_sources_is_refused(make_registry: MakeRegistry, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("A secret text that must not be read by claimcheck.", encoding="utf-8")
    claims_dir, sources_dir = make_registry(
        {"c.yaml": "claims:\n  - id: c1\n    claim: x.\n    source: leak\n    quote: secret\n"}
    )
    os.symlink(outside, sources_dir / "leak.txt")
    loaded = load_registry(claims_dir, sources_dir)
    assert [f.code for f in loaded.findings] == ["unsafe-source"]
    assert "outside the sources directory" in loaded.findings[0].message


def test_unknown_keys_warn(make_registry: MakeRegistry) -> None:
    claims_dir, sources_dir = make_registry(
        {"c.yaml": GOOD.replace("    note: free text", "    notes: typo\n    note: x")}
    )
    loaded = load_registry(claims_dir, sources_dir)
    assert [(f.severity, f.code) for f in loaded.findings] == [(Severity.WARNING, "unknown-key")]
    assert str(loaded.findings[0].location).endswith("c.yaml:7:5")
    Registry.load(claims_dir, sources_dir)  # a warning does not stop loading


SCHEMA_CASES = {
    "missing id": ("claims:\n  - claim: x\n    source: court\n    quote: y\n", "'id' is required"),
    "bad id": ("claims:\n  - id: Bad Id\n    claim: x\n    source: court\n    quote: y\n", "'id'"),
    "no source": ("claims:\n  - id: a\n    claim: x\n    quote: y\n", "'source' is required"),
    "offsets": (
        "claims:\n  - id: a\n    claim: x\n    source: court\n    quote: y\n    start: -1\n",
        "'start' must be a whole number",
    ),
    "verdict": (
        "claims:\n  - id: a\n    claim: x\n    source: court\n    quote: y\n    verdict: maybe\n",
        "'verdict' must be true or false",
    ),
    "tags": (
        "claims:\n  - id: a\n    claim: x\n    source: court\n    quote: y\n    tags: one\n",
        "'tags' must be a list",
    ),
    "top-level list": ("- id: a\n", "must be a mapping"),
    "top-level scalar": ("just text\n", "must be a mapping"),
    "claims not a list": ("claims: {}\n", "'claims' must be a list"),
}


@pytest.mark.parametrize("case", sorted(SCHEMA_CASES))
def test_schema_errors(make_registry: MakeRegistry, case: str) -> None:
    text, message = SCHEMA_CASES[case]
    claims_dir, sources_dir = make_registry({"c.yaml": text})
    loaded = load_registry(claims_dir, sources_dir)
    errors = [f for f in loaded.findings if f.severity is Severity.ERROR]
    assert errors, case
    assert message in errors[0].message
    assert errors[0].location is not None
    assert errors[0].location.line is not None


def test_duplicate_ids_across_files(make_registry: MakeRegistry) -> None:
    claims_dir, sources_dir = make_registry({"a.yaml": GOOD, "b.yaml": GOOD})
    loaded = load_registry(claims_dir, sources_dir)
    dupes = [f for f in loaded.findings if f.code == "duplicate-id"]
    assert len(dupes) == 2
    assert "first defined at" in dupes[0].message


def test_unknown_source(make_registry: MakeRegistry) -> None:
    claims_dir, sources_dir = make_registry(
        {"a.yaml": GOOD.replace("source: court   #", "source: nope   #")}
    )
    loaded = load_registry(claims_dir, sources_dir)
    assert [f.code for f in loaded.findings] == ["unknown-source"]


def test_missing_directories(tmp_path: Path) -> None:
    with pytest.raises(RegistryError, match="claims directory does not exist"):
        Registry.load(tmp_path / "nope", tmp_path)
    (tmp_path / "claims").mkdir()
    with pytest.raises(RegistryError, match="sources directory does not exist"):
        Registry.load(tmp_path / "claims", tmp_path / "nope")


def test_from_claims_in_memory_uses_quote_as_source() -> None:
    registry = Registry.from_claims(
        [
            {
                "id": "a",
                "claim": "511 prosecutors were punished.",
                "source": "s",
                "quote": "511 prosecutors have been held accountable",
            },
            Claim(id="b", text="Zhang was freed in 2020.", source="t", quote="Zhang was freed"),
        ]
    )
    assert registry.get("a").quote.startswith("511")
    assert registry.anchors["b"].status is AnchorStatus.EXACT
    assert registry.sources["s"].text == registry.get("a").quote


def test_from_claims_validates() -> None:
    with pytest.raises(RegistryError, match="claim #1"):
        Registry.from_claims([{"id": "a", "claim": "x"}])
    with pytest.raises(RegistryError, match="duplicate claim id"):
        Registry.from_claims([Claim("a", "x", "s", "q"), Claim("a", "y", "s", "q")])


def test_a_matcher_for_claims_in_another_order_is_refused() -> None:
    from claimcheck.match import Matcher
    from claimcheck.models import Claim

    first = Claim("a", "The river flooded in May.", "s", "The river flooded in May.")
    second = Claim("b", "The bridge reopened in June.", "s", "The bridge reopened in June.")
    with pytest.raises(ValueError, match="another order"):
        Registry([first, second], {}, {}, matcher=Matcher.build([second, first]))
    registry = Registry([first, second], {}, {}, matcher=Matcher.build([first, second]))
    assert registry.get("b") == second


def test_a_claim_takes_its_subject_from_its_source_title() -> None:
    from claimcheck.cache import from_data, to_data
    from claimcheck.models import Source, SourceMeta

    evidence = "As of 17 April, there have been 1,390 confirmed cases and 4 deaths."
    titled = Source("uz", evidence, SourceMeta(title="COVID-19 pandemic in Uzbekistan"))
    claim = Claim("cases", evidence, "uz", evidence)
    registry = Registry.from_claims([claim], {"uz": titled})
    untitled = Registry.from_claims([claim], {"uz": Source("uz", evidence)})
    text = "Uzbekistan had 1,390 confirmed coronavirus cases by 17 April."
    (found,) = registry.search(text, 1)
    (plain,) = untitled.search(text, 1)
    assert found.score > plain.score
    key = "k" * 64
    loaded = from_data(json.loads(json.dumps(to_data(registry, key))), key)
    assert loaded.search(text, 1) == [found]
