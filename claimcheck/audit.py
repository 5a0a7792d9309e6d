"""`claimcheck audit`: every problem in a registry, each with the location of its YAML node.

Errors: YAML syntax and schema errors, duplicate ids, unknown or unsafe sources, orphaned,
ambiguous or drifted quotes, offsets that disagree with the quote, and true claims that contradict
each other. Warnings: unknown keys, short quotes, near-duplicate claims, and claims that their own
quote does not support (or, for known-false claims, does not refute).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.models import (
    CONFLICT_KINDS,
    Anchor,
    AnchorStatus,
    Claim,
    Finding,
    Reason,
    Severity,
)
from claimcheck.registry import Registry, load_registry

NEAR_DUPLICATE_SIMILARITY = 92.0  # token_sort_ratio of two claim texts
CONTRADICTION_SIMILARITY = 75.0  # two claims this alike that disagree on a fact contradict
SHORTEN = 80


@dataclass(frozen=True, slots=True)
class AuditResult:
    """The audit's findings, sorted by location, and what was checked."""

    findings: tuple[Finding, ...]
    files: int
    claims: int
    sources: int

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)


def audit(claims_dir: Path, sources_dir: Path) -> AuditResult:
    """Check the whole registry and report every problem at once."""
    from claimcheck.anchor import MIN_QUOTE_CHARS

    loaded = load_registry(claims_dir, sources_dir)
    findings = list(loaded.findings)
    for claim in loaded.claims:
        findings.extend(_anchor_findings(claim, loaded.anchors[claim.id]))
        if len(claim.quote.strip()) < MIN_QUOTE_CHARS:
            findings.append(
                Finding(
                    Severity.WARNING,
                    "short-quote",
                    f"quote is too short to anchor safely ({len(claim.quote.strip())} characters; "
                    f"use at least {MIN_QUOTE_CHARS})",
                    claim.origin,
                    claim.id,
                )
            )
        findings.extend(_support_findings(claim))
    registry = Registry(loaded.claims, loaded.sources, loaded.anchors)
    findings.extend(_pair_findings(registry))
    return AuditResult(
        tuple(sorted(findings, key=_order)), loaded.files, len(loaded.claims), len(loaded.sources)
    )


def _order(finding: Finding) -> tuple[str, int, int, str]:
    loc = finding.location
    if loc is None:
        return ("", 0, 0, finding.code)
    return (loc.path, loc.line or 0, loc.column or 0, finding.code)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHORTEN else text[: SHORTEN - 1] + "…"


def _anchor_findings(claim: Claim, anchor: Anchor) -> Iterator[Finding]:
    where = claim.origin
    if anchor.status is AnchorStatus.ORPHANED:
        closest = (
            f"; the closest text (score {anchor.score:.0f}) is {_short(anchor.current)!r}"
            if anchor.current
            else ""
        )
        yield Finding(
            Severity.ERROR,
            "orphaned-quote",
            f"quote not found in source {claim.source!r}{closest}",
            where,
            claim.id,
        )
        return
    if anchor.status is AnchorStatus.AMBIGUOUS:
        yield Finding(
            Severity.ERROR,
            "ambiguous-quote",
            f"quote matches several places in source {claim.source!r}; add start/end or "
            "prefix/suffix to choose one",
            where,
            claim.id,
        )
        return
    if anchor.status is AnchorStatus.DRIFT:
        yield Finding(
            Severity.ERROR,
            "quote-drift",
            f"quote differs from the source text (similarity {anchor.score:.0f}); the source "
            f"now reads {_short(anchor.current or '')!r}",
            where,
            claim.id,
            fix=anchor.current,
        )
    given = (claim.start, claim.end)
    found = (anchor.start, anchor.end)
    if given != (None, None) and given != found:
        yield Finding(
            Severity.ERROR,
            "offset-mismatch",
            f"start/end ({claim.start}, {claim.end}) disagree with the quote, which is at "
            f"({anchor.start}, {anchor.end})",
            where,
            claim.id,
            fix=f"start: {anchor.start}\nend: {anchor.end}",
        )


def _support_findings(claim: Claim) -> Iterator[Finding]:
    from claimcheck.facts import compare, unsupported

    if claim.verdict:
        for reason in unsupported(claim.text, claim.quote):
            yield Finding(
                Severity.WARNING,
                "unsupported-claim",
                f"the quote does not support the claim's {reason.kind.value} "
                f"{reason.draft or ''!r}".replace(" ''", ""),
                claim.origin,
                claim.id,
            )
        return
    refuted = any(r.kind in CONFLICT_KINDS for r in compare(claim.text, claim.quote))
    if not refuted and not unsupported(claim.text, claim.quote):
        yield Finding(
            Severity.WARNING,
            "false-claim-not-refuted",
            "the claim is marked false, but its quote does not refute it",
            claim.origin,
            claim.id,
        )


def _pair_findings(registry: Registry) -> Iterator[Finding]:
    """Near-duplicates and contradictions between true claims, each pair reported once."""
    from rapidfuzz import fuzz

    from claimcheck.facts import compare

    claims = registry.claims
    if len(claims) < 2:
        return
    candidates = registry.matcher.search_many([c.text for c in claims], k=6)
    reported: set[tuple[str, str]] = set()
    for claim, found in zip(claims, candidates, strict=True):
        for candidate in found:
            if candidate.claim_id == claim.id:
                continue
            pair = (min(claim.id, candidate.claim_id), max(claim.id, candidate.claim_id))
            if pair in reported:
                continue
            other = registry.get(candidate.claim_id)
            similarity = fuzz.token_sort_ratio(claim.text.lower(), other.text.lower())
            conflicts = [r for r in compare(claim.text, other.text) if r.kind in CONFLICT_KINDS]
            if conflicts and similarity >= CONTRADICTION_SIMILARITY:
                if claim.verdict and other.verdict:
                    reported.add(pair)
                    yield _contradiction(claim, other, conflicts[0])
            elif not conflicts and similarity >= NEAR_DUPLICATE_SIMILARITY:
                reported.add(pair)
                yield Finding(
                    Severity.WARNING,
                    "near-duplicate",
                    f"claim is a near-duplicate of {other.id!r} at {other.origin} "
                    f"(similarity {similarity:.0f})",
                    claim.origin,
                    claim.id,
                )


def _contradiction(claim: Claim, other: Claim, conflict: Reason) -> Finding:
    if conflict.draft is not None and conflict.claim is not None:
        detail = f"{claim.id!r} says {conflict.draft!r}, {other.id!r} says {conflict.claim!r}"
    else:
        detail = f"they disagree ({conflict.kind.value})"
    return Finding(
        Severity.ERROR,
        "contradicting-claims",
        f"true claims {claim.id!r} and {other.id!r} ({other.origin}) contradict each other: "
        f"{detail}",
        claim.origin,
        claim.id,
    )


def finding_codes() -> Sequence[str]:
    """Every finding code the audit can report (documented in the README)."""
    return (
        "yaml-syntax",
        "read",
        "bad-file",
        "schema",
        "unknown-key",
        "duplicate-id",
        "unknown-source",
        "unsafe-source",
        "orphaned-quote",
        "ambiguous-quote",
        "quote-drift",
        "offset-mismatch",
        "contradicting-claims",
        "short-quote",
        "near-duplicate",
        "unsupported-claim",
        "false-claim-not-refuted",
    )
