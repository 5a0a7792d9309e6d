"""claimcheck: check drafts against a registry of sourced claims.

The public API (imported lazily, so `import claimcheck` stays cheap for the command line):

    from claimcheck import Registry, verify_text
    registry = Registry.load("claims", "sources")
    for result in verify_text(open("draft.md").read(), registry, kind="markdown"):
        print(result.sentence.line, result.label, result.claim_id, result.reasons)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Registry": "claimcheck.registry",
    "verify_text": "claimcheck.api",
    "verify_document": "claimcheck.api",
    "build_report": "claimcheck.api",
    "Thresholds": "claimcheck.api",
    "audit": "claimcheck.audit",
    "ClaimcheckError": "claimcheck.errors",
    "RegistryError": "claimcheck.errors",
    "ConfigError": "claimcheck.errors",
    "InputError": "claimcheck.errors",
    "UsageError": "claimcheck.errors",
    "Candidate": "claimcheck.models",
    "Claim": "claimcheck.models",
    "ClaimCheck": "claimcheck.models",
    "Document": "claimcheck.models",
    "Finding": "claimcheck.models",
    "Label": "claimcheck.models",
    "Reason": "claimcheck.models",
    "ReasonKind": "claimcheck.models",
    "Report": "claimcheck.models",
    "Result": "claimcheck.models",
    "Sentence": "claimcheck.models",
    "Source": "claimcheck.models",
    "SourceMeta": "claimcheck.models",
}

__all__ = [
    "Candidate",
    "Claim",
    "ClaimCheck",
    "ClaimcheckError",
    "ConfigError",
    "Document",
    "Finding",
    "InputError",
    "Label",
    "Reason",
    "ReasonKind",
    "Registry",
    "RegistryError",
    "Report",
    "Result",
    "Sentence",
    "Source",
    "SourceMeta",
    "Thresholds",
    "UsageError",
    "__version__",
    "audit",
    "build_report",
    "verify_document",
    "verify_text",
]

if TYPE_CHECKING:
    from claimcheck.api import Thresholds, build_report, verify_document, verify_text
    from claimcheck.audit import audit
    from claimcheck.errors import (
        ClaimcheckError,
        ConfigError,
        InputError,
        RegistryError,
        UsageError,
    )
    from claimcheck.models import (
        Candidate,
        Claim,
        ClaimCheck,
        Document,
        Finding,
        Label,
        Reason,
        ReasonKind,
        Report,
        Result,
        Sentence,
        Source,
        SourceMeta,
    )
    from claimcheck.registry import Registry


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    return getattr(import_module(module), name)
