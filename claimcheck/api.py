"""The verify pipeline as a library: text -> sentences -> candidates -> labelled results.

No printing and no exit codes here; the CLI and the evaluation harness are thin layers over it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from claimcheck.models import (
    Candidate,
    Claim,
    Document,
    Report,
    Result,
    Sentence,
    Suppression,
)
from claimcheck.registry import Registry

Kind = Literal["markdown", "text", "html"]
CANDIDATES = 5


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Score floors (0-100) for a confident match and a possible match; None: engine defaults."""

    match: float | None = None
    possible: float | None = None


def verify_text(
    text: str,
    registry: Registry,
    *,
    kind: Kind = "markdown",
    path: str = "<text>",
    thresholds: Thresholds = Thresholds(),
) -> list[Result]:
    """One Result per sentence of `text`, in document order, with its evidence and reasons.

    A long text against a large registry is labelled in forked worker processes, in chunks of
    sentences; the results are the same as labelling it in one process."""
    from claimcheck.collector import paused
    from claimcheck.match import workers_for
    from claimcheck.parallel import map_chunks
    from claimcheck.segment import segment
    from claimcheck.suppressions import find_suppressions

    with paused():
        sentences = segment(text, kind)
        suppressions = find_suppressions(text, kind, sentences, path=path)
        units = list(zip(sentences, suppressions, strict=True))
        workers = workers_for(len(units), len(registry))
        if workers > 1:
            registry.matcher.index.prepare()
        return map_chunks(lambda chunk: _label(chunk, registry, path, thresholds), units, workers)


def _label(
    units: Sequence[tuple[Sentence, Suppression | None]],
    registry: Registry,
    path: str,
    thresholds: Thresholds,
) -> list[Result]:
    """Decide which sentences are checkable, match those, and label every one."""
    from claimcheck.checkworthy import assess
    from claimcheck.classify import label_sentence, long_match, near_conflict
    from claimcheck.facts import compare, unsupported
    from claimcheck.match import (
        NEAR_CONFLICT_MARGIN,
        POSSIBLE_THRESHOLD,
        long_floor,
        match_floor,
        matched_claims,
    )

    skips = [assess(sentence) for sentence, _ in units]
    to_match = [s.text for (s, _), skip in zip(units, skips, strict=True) if skip is None]
    found = iter(_search(to_match, registry, thresholds.match))
    possible = POSSIBLE_THRESHOLD if thresholds.possible is None else thresholds.possible
    results: list[Result] = []
    for (sentence, suppression), skip in zip(units, skips, strict=True):
        candidates: list[Candidate] = [] if skip is not None else next(found)
        confident = matched_claims(sentence.text, candidates, threshold=thresholds.match)
        matched: list[tuple[Claim, Candidate]] = [(registry.get(c.claim_id), c) for c in confident]
        chosen = {c.claim_id for c in confident}
        near = [c for c in candidates if c.score >= possible and c.claim_id not in chosen]
        if not matched and near:
            least = match_floor(sentence.text, thresholds.match) - NEAR_CONFLICT_MARGIN
            pool = [(registry.get(c.claim_id), c) for c in near if c.score >= least]
            matched = near_conflict(sentence.text, pool, compare) or long_match(
                sentence.text, pool, long_floor(sentence.text, thresholds.match), unsupported
            )
        result = label_sentence(path, sentence, skip, matched, near, compare, registry.anchors)
        if suppression is not None:
            result = replace(result, suppression=suppression)
        results.append(result)
    return results


def _search(
    texts: Sequence[str], registry: Registry, threshold: float | None
) -> list[list[Candidate]]:
    """Each text's candidates; for a text that matches no claim confidently and makes several
    claims, merged with its clauses' (`claimcheck.clauses`), searched in a second batch."""
    from claimcheck.clauses import clauses, with_clauses
    from claimcheck.match import matched_claims

    found = registry.matcher.search_many(texts, CANDIDATES, threshold)
    parts = {
        i: split
        for i, (text, candidates) in enumerate(zip(texts, found, strict=True))
        if not matched_claims(text, candidates, threshold) and (split := clauses(text))
    }
    flat = [clause for split in parts.values() for clause in split]
    searched = iter(registry.matcher.search_many(flat, CANDIDATES, threshold) if flat else ())
    for i, split in parts.items():
        by_clause = [(clause, next(searched)) for clause in split]
        found[i] = with_clauses(texts[i], found[i], by_clause, CANDIDATES, threshold)
    return found


def verify_document(
    text: str,
    registry: Registry,
    *,
    path: str,
    kind: Kind | None = None,
    thresholds: Thresholds = Thresholds(),
) -> Document:
    """Verify one document; its kind follows its file extension unless given."""
    from claimcheck.segment import kind_for_path

    resolved: Kind = kind if kind is not None else kind_for_path(path)
    results = verify_text(text, registry, kind=resolved, path=path, thresholds=thresholds)
    return Document(path, text, tuple(results))


def build_report(documents: Sequence[Document], registry: Registry) -> Report:
    """A Report with the claims and sources that the documents' results cite."""
    cited: set[str] = set()
    for document in documents:
        for result in document.results:
            cited.update(check.claim_id for check in result.checks)
            cited.update(candidate.claim_id for candidate in result.candidates)
            if result.claim_id is not None:
                cited.add(result.claim_id)
    claims = {cid: registry.get(cid) for cid in sorted(cited) if cid in registry}
    sources = {
        c.source: registry.sources[c.source]
        for c in claims.values()
        if c.source in registry.sources
    }
    return Report(tuple(documents), claims, sources)
