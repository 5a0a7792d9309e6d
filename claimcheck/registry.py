"""The claims registry: validated claims, their sources, and where each quote sits in its source.

`Registry.load(claims_dir, sources_dir)` reads a registry from disk; `Registry.from_claims(...)`
builds one in memory. `load_registry` is the audit's entry point: it never stops at the first
problem and returns every finding with its location.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from claimcheck.errors import ClaimcheckError, RegistryError
from claimcheck.models import (
    Anchor,
    AnchorStatus,
    Candidate,
    Claim,
    Finding,
    Location,
    Severity,
    Source,
)
from claimcheck.registry_files import (
    FILE_ERROR_CODES,
    claim_files,
    load_source,
    read_claims_file,
    validate_document,
)
from claimcheck.yamlfile import LoadedYaml

if TYPE_CHECKING:
    from claimcheck.match import Matcher

# Problems that make a registry unusable for `verify` (the audit reports every kind).
FATAL_CODES = FILE_ERROR_CODES | {"schema", "duplicate-id", "unknown-source", "unsafe-source"}


@dataclass(frozen=True, slots=True)
class Loaded:
    """What reading a registry produced: the usable parts and every problem found."""

    claims: tuple[Claim, ...]
    sources: dict[str, Source]
    anchors: dict[str, Anchor]
    findings: tuple[Finding, ...]
    files: int


def _display(path: Path) -> Path:
    """A claims file's path as reported: relative to the cwd when it is below it."""
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


def load_registry(claims_dir: Path, sources_dir: Path) -> Loaded:
    """Read every claims file and the sources they cite, anchor every quote, and collect all
    problems as findings. Raises RegistryError only when a directory itself is unusable."""
    files = claim_files(claims_dir)
    if not sources_dir.is_dir():
        kind = "is not a directory" if sources_dir.exists() else "does not exist"
        raise RegistryError(f"sources directory {kind}", Location(str(sources_dir)))
    findings: list[Finding] = []
    claims: list[Claim] = []
    first_seen: dict[str, Claim] = {}
    for path in files:
        parsed = read_claims_file(_display(path))
        findings.extend(parsed.findings)
        for claim in parsed.claims:
            if claim.id in first_seen:
                findings.append(
                    Finding(
                        Severity.ERROR,
                        "duplicate-id",
                        f"duplicate claim id {claim.id!r} (first defined at "
                        f"{first_seen[claim.id].origin})",
                        claim.origin,
                        claim_id=claim.id,
                    )
                )
                continue
            first_seen[claim.id] = claim
            claims.append(claim)
    sources, source_findings, usable = _load_sources(sources_dir, claims)
    findings.extend(source_findings)
    anchors = anchor_claims(usable, sources)
    return Loaded(tuple(usable), sources, anchors, tuple(findings), len(files))


def _load_sources(
    sources_dir: Path, claims: Sequence[Claim]
) -> tuple[dict[str, Source], list[Finding], list[Claim]]:
    sources: dict[str, Source] = {}
    failures: dict[str, ClaimcheckError | None] = {}
    for source_id in dict.fromkeys(claim.source for claim in claims):
        try:
            source = load_source(sources_dir, source_id)
        except ClaimcheckError as exc:
            failures[source_id] = exc
            continue
        if source is None:
            failures[source_id] = None
        else:
            sources[source_id] = source
    findings: list[Finding] = []
    usable: list[Claim] = []
    for claim in claims:
        if claim.source in sources:
            usable.append(claim)
            continue
        failure = failures[claim.source]
        if failure is None:
            where = _display(sources_dir)
            message = f"unknown source {claim.source!r}: no {claim.source}.txt/.md/.html in {where}"
            findings.append(
                Finding(Severity.ERROR, "unknown-source", message, claim.origin, claim.id)
            )
        else:
            code = "unsafe-source" if "outside" in failure.message else "read"
            findings.append(Finding(Severity.ERROR, code, str(failure), claim.origin, claim.id))
    return sources, findings, usable


def anchor_claims(claims: Iterable[Claim], sources: Mapping[str, Source]) -> dict[str, Anchor]:
    """Resolve every claim's quote in its source, normalising each source text once."""
    from claimcheck.anchor import anchor, normalize_source

    normalized: dict[str, Any] = {}
    anchors: dict[str, Anchor] = {}
    for claim in claims:
        source = sources[claim.source]
        if claim.source not in normalized:
            normalized[claim.source] = normalize_source(source.text)
        anchors[claim.id] = anchor(
            claim.quote,
            source.text,
            start=claim.start,
            end=claim.end,
            prefix=claim.prefix,
            suffix=claim.suffix,
            normalized=normalized[claim.source],
        )
    return anchors


class Registry:
    """A loaded, validated registry. Build it with `load` or `from_claims`."""

    __slots__ = ("_by_id", "_matcher", "anchors", "claims", "findings", "sources")

    def __init__(
        self,
        claims: Sequence[Claim],
        sources: Mapping[str, Source],
        anchors: Mapping[str, Anchor],
        findings: Sequence[Finding] = (),
        matcher: Matcher | None = None,
    ) -> None:
        # Lists and dicts are copied; tuples and the cache's sequence and mapping (which build
        # their records on first use) are kept as given. A sequence with an `ids` attribute
        # gives the claims' ids without building every claim.
        self.claims: Sequence[Claim] = tuple(claims) if isinstance(claims, list) else claims
        self.sources: Mapping[str, Source] = dict(sources)
        self.anchors: Mapping[str, Anchor] = dict(anchors) if isinstance(anchors, dict) else anchors
        self.findings: tuple[Finding, ...] = tuple(findings)
        ids: Sequence[str] = getattr(self.claims, "ids", None) or [c.id for c in self.claims]
        if matcher is not None and tuple(matcher.ids) != tuple(ids):
            raise ValueError("the matcher is for other claims, or for the claims in another order")
        self._by_id = {claim_id: row for row, claim_id in enumerate(ids)}
        self._matcher = matcher if matcher is None else self._with_subjects(matcher)

    @classmethod
    def load(cls, claims_dir: Path | str, sources_dir: Path | str) -> Registry:
        """Load a registry from disk. Raises RegistryError (naming the file, line and column) when
        it cannot be used; anchoring problems are left to `claimcheck audit`."""
        loaded = load_registry(Path(claims_dir), Path(sources_dir))
        fatal = [f for f in loaded.findings if f.code in FATAL_CODES]
        if fatal:
            first = fatal[0]
            more = f" (and {len(fatal) - 1} more; run `claimcheck audit`)" if len(fatal) > 1 else ""
            raise RegistryError(first.message + more, first.location)
        return cls(loaded.claims, loaded.sources, loaded.anchors, loaded.findings)

    @classmethod
    def from_claims(
        cls,
        claims: Iterable[Claim | Mapping[str, Any]],
        sources: Mapping[str, str | Source] | None = None,
    ) -> Registry:
        """Build a registry in memory. Claims may be `Claim` records or mappings in the YAML
        format. Without a text for its source, a claim's quote stands in for the source."""
        records = [_to_claim(item, index) for index, item in enumerate(claims)]
        seen: set[str] = set()
        for claim in records:
            if claim.id in seen:
                raise RegistryError(f"duplicate claim id {claim.id!r}")
            seen.add(claim.id)
        given = {
            key: value if isinstance(value, Source) else Source(id=key, text=value)
            for key, value in (sources or {}).items()
        }
        anchors: dict[str, Anchor] = {}
        anchored: list[Claim] = []
        for claim in records:
            if claim.source in given:
                anchored.append(claim)
            else:
                anchors[claim.id] = Anchor(
                    AnchorStatus.EXACT, 0, len(claim.quote), 100.0, claim.quote
                )
        anchors.update(anchor_claims(anchored, given))
        stand_ins = {
            claim.id: Source(id=claim.source, text=claim.quote)
            for claim in records
            if claim.source not in given
        }
        all_sources: dict[str, Source] = dict(given)
        for claim in records:
            if claim.source not in all_sources:
                all_sources[claim.source] = stand_ins[claim.id]
        return cls(records, all_sources, anchors)

    def __len__(self) -> int:
        return len(self.claims)

    def __contains__(self, claim_id: object) -> bool:
        return claim_id in self._by_id

    def get(self, claim_id: str) -> Claim:
        """The claim with this id; KeyError if there is none."""
        return self.claims[self._by_id[claim_id]]

    @property
    def matcher(self) -> Matcher:
        """The retrieval index over claim texts and quotes, built on first use."""
        if self._matcher is None:
            from claimcheck.match import Matcher

            self._matcher = self._with_subjects(Matcher.build(self.claims))
        return self._matcher

    def _with_subjects(self, matcher: Matcher) -> Matcher:
        """The matcher reading each claim's subject from its source's title."""
        titles = {key: s.meta.title for key, s in self.sources.items() if s.meta.title}
        if not titles:
            return matcher
        sources: Sequence[str] = getattr(self.claims, "sources", None) or [
            c.source for c in self.claims
        ]
        return matcher.with_subjects(sources, titles)

    def search(self, text: str, k: int = 5) -> list[Candidate]:
        """The top-k claims for any text, best first, with 0-100 scores."""
        return self.matcher.search(text, k)


def _to_claim(item: Claim | Mapping[str, Any], index: int) -> Claim:
    if isinstance(item, Claim):
        return item
    doc = LoadedYaml("<memory>", {"claims": [dict(item)]}, {}, {})
    parsed = validate_document(doc)
    errors = [f for f in parsed.findings if f.severity is Severity.ERROR]
    if errors or not parsed.claims:
        message = errors[0].message if errors else "invalid claim"
        raise RegistryError(f"claim #{index + 1}: {message}")
    return parsed.claims[0]
