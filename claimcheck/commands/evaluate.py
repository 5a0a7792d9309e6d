"""`claimcheck eval`: score verify on labelled case files."""

from __future__ import annotations

from pathlib import Path

from claimcheck.commands.common import load_settings, open_registry, write_output
from claimcheck.errors import UsageError


def run_eval(
    cases: list[Path],
    claims: Path | None,
    sources: Path | None,
    output_format: str,
    min_f1: float,
    config_file: Path | None,
) -> int:
    from claimcheck.eval_report import render_eval_json, render_eval_text
    from claimcheck.evaluate import case_files, evaluate

    if output_format not in ("text", "json"):
        raise UsageError(f"--format must be text or json, not {output_format!r}")
    settings = load_settings({"claims": claims, "sources": sources}, config_file).settings
    files = case_files(cases)
    if not files:
        raise UsageError("no case files found")
    report = evaluate(files, lambda: open_registry(settings))
    render = render_eval_json if output_format == "json" else render_eval_text
    write_output(render(report), None)
    if report.macro_f1 < min_f1 or report.contradicted_as_supported:
        return 1
    return 0
