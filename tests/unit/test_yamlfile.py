from __future__ import annotations

import pytest

from claimcheck.errors import RegistryError
from claimcheck.yamlfile import parse_yaml


def test_positions_of_nodes_and_keys() -> None:
    doc = parse_yaml("source: a\nclaims:\n  - id: x\n    claim: y\n", "f.yaml")
    assert doc.value == {"source": "a", "claims": [{"id": "x", "claim": "y"}]}
    assert str(doc.at(("claims", 0))) == "f.yaml:3:5"
    assert str(doc.at(("claims", 0, "claim"))) == "f.yaml:4:12"
    assert str(doc.at(("claims", 0, "claim"), of_key=True)) == "f.yaml:4:5"
    assert str(doc.at(("claims", 0, "missing"))) == "f.yaml:3:5"


def test_syntax_error_has_line_and_column() -> None:
    with pytest.raises(RegistryError) as info:
        parse_yaml("claims:\n  - id: [unclosed\n", "bad.yaml")
    assert str(info.value).startswith("bad.yaml:3:1: invalid YAML")


def test_duplicate_key_is_an_error() -> None:
    with pytest.raises(RegistryError) as info:
        parse_yaml("claims: []\nsource: a\nclaims: []\n", "dup.yaml")
    assert str(info.value) == "dup.yaml:3:1: duplicate key 'claims' (first defined on line 1)"


def test_unsafe_tags_are_refused() -> None:
    with pytest.raises(RegistryError, match="invalid YAML"):
        parse_yaml("x: !!python/object/apply:os.system ['true']\n", "evil.yaml")


def test_empty_document() -> None:
    assert parse_yaml("# only a comment\n", "e.yaml").value is None
