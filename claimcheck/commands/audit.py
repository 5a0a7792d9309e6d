"""`claimcheck audit`: check the registry and print every problem."""

from __future__ import annotations

import json
from pathlib import Path

from claimcheck.audit import AuditResult, audit
from claimcheck.commands.common import load_settings, write_output
from claimcheck.errors import UsageError
from claimcheck.registry_files import FILE_ERROR_CODES


def run_audit(
    claims: Path | None,
    sources: Path | None,
    output_format: str,
    strict: bool,
    config_file: Path | None,
) -> int:
    if output_format not in ("text", "json"):
        raise UsageError(f"--format must be text or json, not {output_format!r}")
    settings = load_settings({"claims": claims, "sources": sources}, config_file).settings
    result = audit(settings.claims, settings.sources)
    render = render_json if output_format == "json" else render_text
    write_output(render(result, strict), None)
    if any(f.code in FILE_ERROR_CODES for f in result.findings):
        return 2  # a file could not be read as a registry file: a registry error
    if result.errors or (strict and result.warnings):
        return 1
    return 0


def render_text(result: AuditResult, strict: bool) -> str:
    lines = []
    for finding in result.findings:
        where = f"{finding.location}: " if finding.location else ""
        claim = f" [{finding.claim_id}]" if finding.claim_id else ""
        lines.append(f"{where}{finding.severity.value}: {finding.code}{claim}: {finding.message}")
        if finding.fix:
            lines.extend(f"    fix: {line}" for line in finding.fix.splitlines())
    verdict = (
        "clean"
        if not result.findings
        else ("failed" if result.errors or strict else "passed with warnings")
    )
    lines.append(
        f"{result.claims} claims in {result.files} files, {result.sources} sources: "
        f"{result.errors} errors, {result.warnings} warnings ({verdict})"
    )
    return "\n".join(lines) + "\n"


def render_json(result: AuditResult, strict: bool) -> str:
    data = {
        "version": 1,
        "claims": result.claims,
        "files": result.files,
        "sources": result.sources,
        "errors": result.errors,
        "warnings": result.warnings,
        "findings": [
            {
                "severity": f.severity.value,
                "code": f.code,
                "message": f.message,
                "path": f.location.path if f.location else None,
                "line": f.location.line if f.location else None,
                "column": f.location.column if f.location else None,
                "claim_id": f.claim_id,
                "fix": f.fix,
            }
            for f in result.findings
        ],
        "ok": not (result.errors or (strict and result.warnings)),
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
