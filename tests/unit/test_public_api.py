from __future__ import annotations

import subprocess
import sys

import claimcheck


def test_every_export_resolves() -> None:
    for name in claimcheck.__all__:
        assert getattr(claimcheck, name) is not None


def test_library_round_trip() -> None:
    registry = claimcheck.Registry.from_claims(
        [
            {
                "id": "p511",
                "claim": "511 prosecutors have been held accountable for wrongful convictions.",
                "source": "s",
                "quote": "A total of 511 prosecutors have been held accountable for wrongful "
                "convictions since 2018.",
            }
        ]
    )
    [result] = claimcheck.verify_text(
        "In all, 611 prosecutors have been held accountable for wrongful convictions.",
        registry,
        kind="text",
    )
    assert result.label is claimcheck.Label.CONTRADICTED
    assert result.claim_id == "p511"
    assert (result.sentence.line, result.sentence.column) == (1, 1)
    assert result.reasons[0].kind is claimcheck.ReasonKind.NUMBER
    assert registry.search("prosecutors held accountable", k=1)[0].claim_id == "p511"


def test_import_is_cheap() -> None:
    code = "import sys, claimcheck; print(sorted(m for m in sys.modules if m.startswith(('numpy', 'rapidfuzz', 'yaml', 'rich', 'typer'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
