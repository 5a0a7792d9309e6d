"""`claimcheck search TEXT`: the nearest registry claims, with scores."""

from __future__ import annotations

import json
from pathlib import Path

from claimcheck.commands.common import load_settings, open_registry, write_output
from claimcheck.errors import UsageError


def run_search(
    text: str,
    k: int,
    claims: Path | None,
    sources: Path | None,
    output_format: str,
    config_file: Path | None,
) -> int:
    from claimcheck.match import MATCH_THRESHOLD, POSSIBLE_THRESHOLD

    if output_format not in ("text", "json"):
        raise UsageError(f"--format must be text or json, not {output_format!r}")
    if not text.strip():
        raise UsageError("give some text to search for")
    settings = load_settings({"claims": claims, "sources": sources}, config_file).settings
    registry = open_registry(settings)
    found = registry.search(text, k)
    if output_format == "json":
        rows = [
            {
                "claim_id": c.claim_id,
                "score": round(c.score, 1),
                "claim": registry.get(c.claim_id).text,
                "source": registry.get(c.claim_id).source,
                "verdict": registry.get(c.claim_id).verdict,
            }
            for c in found
        ]
        write_output(
            json.dumps({"version": 1, "query": text, "results": rows}, indent=2) + "\n", None
        )
        return 0
    lines = []
    for candidate in found:
        claim = registry.get(candidate.claim_id)
        level = (
            "match"
            if candidate.score >= MATCH_THRESHOLD
            else "possible"
            if candidate.score >= POSSIBLE_THRESHOLD
            else "weak"
        )
        false = "  [known false]" if not claim.verdict else ""
        lines.append(f"{candidate.score:5.1f}  {level:<8}  {claim.id}{false}")
        lines.append(f"       {claim.text}")
    if not lines:
        lines.append("no claims found")
    write_output("\n".join(lines) + "\n", None)
    return 0
