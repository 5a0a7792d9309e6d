"""The command line: parse flags, call a command function, turn errors into exit codes.

Each command is a plain function in `claimcheck.commands` that returns an exit code. This module
only declares options and holds the one place where errors become exit codes (`run`).
"""

from __future__ import annotations

import sys
from enum import IntEnum
from pathlib import Path
from typing import Annotated

import typer

from claimcheck import __version__


class ExitCode(IntEnum):
    CLEAN = 0
    FINDINGS = 1
    ERROR = 2  # usage, config or registry error
    INTERNAL = 3  # a bug in claimcheck
    INTERRUPTED = 130


app = typer.Typer(
    name="claimcheck",
    help=(
        "Check drafts against a registry of sourced claims. Every sentence is labelled supported, "
        "contradicted, unsourced or skipped, with the claim, the source quote and a reason.\n\n"
        "Examples:\n\n"
        "  claimcheck verify examples/draft.md\n\n"
        "  claimcheck audit --strict\n\n"
        '  claimcheck search "511 prosecutors punished"'
    ),
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

ClaimsOpt = Annotated[
    Path | None,
    typer.Option("--claims", help="Claims directory (default: from config, else ./claims)."),
]
SourcesOpt = Annotated[
    Path | None,
    typer.Option("--sources", help="Sources directory (default: from config, else ./sources)."),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", help="Use this config file instead of searching for one."),
]
NoCacheOpt = Annotated[
    bool, typer.Option("--no-cache", help="Neither read nor write the on-disk registry cache.")
]


def _print_version(value: bool) -> None:
    if value:
        print(f"claimcheck {__version__}")
        raise typer.Exit(0)


@app.callback()
def _root(
    debug: Annotated[
        bool, typer.Option("--debug", help="Show a traceback for unexpected errors.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the version and exit.", is_eager=True, callback=_print_version
        ),
    ] = False,
) -> None:
    """Global options."""


@app.command()
def verify(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files or directories to check (.md, .markdown, .txt, .html); - reads stdin."
        ),
    ] = None,
    claims: ClaimsOpt = None,
    sources: SourcesOpt = None,
    output_format: Annotated[
        str | None,
        typer.Option("--format", "-f", help="Output format: text, json, sarif, github or html."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the report to this file.")
    ] = None,
    show_all: Annotated[
        bool, typer.Option("--all", help="Also list supported and skipped sentences.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print findings only: no details, no summary.")
    ] = False,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 on findings at or above this level: contradicted, unsourced or never.",
        ),
    ] = None,
    exit_zero: Annotated[
        bool, typer.Option("--exit-zero", help="Exit 0 even when there are findings.")
    ] = False,
    stdin_filename: Annotated[
        str | None,
        typer.Option("--stdin-filename", help="The path to report for text read from stdin."),
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option("--include", help="Glob of files to check inside directories (repeatable)."),
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Glob of files to skip (repeatable).")
    ] = None,
    no_color: Annotated[
        bool, typer.Option("--no-color", help="No colour (also when NO_COLOR is set).")
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", help="Worker processes for many files (default: CPU count)."),
    ] = None,
    match_threshold: Annotated[
        float | None,
        typer.Option("--match-threshold", help="Score (0-100) for a confident match."),
    ] = None,
    possible_threshold: Annotated[
        float | None,
        typer.Option("--possible-threshold", help="Score (0-100) for listing a near claim."),
    ] = None,
    config: ConfigOpt = None,
    no_cache: NoCacheOpt = False,
) -> None:
    """Label every sentence of drafts as supported, contradicted, unsourced or skipped.

    Examples:

      claimcheck verify examples/draft.md

      claimcheck verify drafts/ --format sarif -o claimcheck.sarif

      cat draft.md | claimcheck verify - --stdin-filename draft.md --format json
    """
    from claimcheck.commands.verify import VerifyArgs, run_verify

    args = VerifyArgs(
        paths=tuple(paths or ()),
        claims=claims,
        sources=sources,
        output_format=output_format,
        output=output,
        show_all=show_all,
        quiet=quiet,
        fail_on=fail_on,
        exit_zero=exit_zero,
        stdin_filename=stdin_filename,
        include=tuple(include) if include else None,
        exclude=tuple(exclude) if exclude else None,
        no_color=no_color,
        jobs=jobs,
        match_threshold=match_threshold,
        possible_threshold=possible_threshold,
        config=config,
        no_cache=no_cache,
    )
    raise typer.Exit(run_verify(args))


@app.command()
def audit(
    claims: ClaimsOpt = None,
    sources: SourcesOpt = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="Output format: text or json.")
    ] = "text",
    strict: Annotated[bool, typer.Option("--strict", help="Warnings also fail (exit 1).")] = False,
    config: ConfigOpt = None,
) -> None:
    """Check the whole registry and report every problem with its file:line:col.

    Exit 0 when there are no errors, 1 when there are errors (or warnings with --strict).

    Examples:

      claimcheck audit

      claimcheck audit --claims claims --sources sources --strict --format json
    """
    from claimcheck.commands.audit import run_audit

    raise typer.Exit(run_audit(claims, sources, output_format, strict, config))


@app.command()
def show(
    claim_id: Annotated[str, typer.Argument(help="The id of the claim to show.")],
    claims: ClaimsOpt = None,
    sources: SourcesOpt = None,
    config: ConfigOpt = None,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colour.")] = False,
) -> None:
    """Show a claim, its source's metadata and the quote highlighted in its paragraph.

    Example:

      claimcheck show spp-511-prosecutors
    """
    from claimcheck.commands.show import run_show

    raise typer.Exit(run_show(claim_id, claims, sources, config, no_color))


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="The text to look up.")],
    k: Annotated[int, typer.Option("--top", "-k", help="How many claims to list.", min=1)] = 5,
    claims: ClaimsOpt = None,
    sources: SourcesOpt = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="Output format: text or json.")
    ] = "text",
    config: ConfigOpt = None,
) -> None:
    """List the registry claims nearest to a text, with scores: "do we have a claim for this?"

    Example:

      claimcheck search "China punished over 500 prosecutors"
    """
    from claimcheck.commands.search import run_search

    raise typer.Exit(run_search(text, k, claims, sources, output_format, config))


@app.command()
def init(
    directory: Annotated[
        Path, typer.Argument(help="Where to scaffold (default: the current directory).")
    ] = Path("."),
) -> None:
    """Scaffold claims/, sources/, a .claimcheck.toml and a pre-commit snippet. Never overwrites.

    Example:

      mkdir newsroom && cd newsroom && claimcheck init
    """
    from claimcheck.commands.init import run_init

    raise typer.Exit(run_init(directory))


@app.command("config")
def show_config(
    config: ConfigOpt = None,
    path: Annotated[
        Path | None,
        typer.Argument(help="Show the settings that apply to this file (default: the cwd)."),
    ] = None,
) -> None:
    """Print the effective configuration and where each value came from.

    Example:

      claimcheck config drafts/today.md
    """
    from claimcheck.commands.config import run_config

    raise typer.Exit(run_config(config, path))


@app.command("eval")
def evaluate(
    cases: Annotated[list[Path], typer.Argument(help="Case files or directories of them.")],
    claims: ClaimsOpt = None,
    sources: SourcesOpt = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="Output format: text or json.")
    ] = "text",
    min_f1: Annotated[
        float, typer.Option("--min-f1", help="Exit 1 when macro-F1 is below this.")
    ] = 0.0,
    config: ConfigOpt = None,
) -> None:
    """Score verify on labelled case files: per-label precision, recall, F1 and mismatches.

    Exit 1 when macro-F1 is below --min-f1 or a contradicted sentence is labelled supported.

    Example:

      claimcheck eval evals/ --min-f1 0.9
    """
    from claimcheck.commands.evaluate import run_eval

    raise typer.Exit(run_eval(cases, claims, sources, output_format, min_f1, config))


def run(argv: list[str]) -> int:
    """Run the CLI and return its exit code. The one place where errors become exit codes."""
    from claimcheck.errors import ClaimcheckError

    debug = "--debug" in argv
    _log_warnings_to_stderr()
    try:
        result = app(args=argv, prog_name="claimcheck", standalone_mode=False)
    except ClaimcheckError as exc:
        if debug:
            raise
        print(f"claimcheck: error: {exc}", file=sys.stderr)
        return ExitCode.ERROR
    except typer.Exit as exc:
        return int(exc.exit_code)
    except KeyboardInterrupt:
        print("claimcheck: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        return ExitCode.CLEAN
    except Exception as exc:
        return _usage_or_internal(exc, debug)
    return int(result) if isinstance(result, int) else ExitCode.CLEAN


def _log_warnings_to_stderr() -> None:
    import logging

    class StderrHandler(logging.Handler):
        """Writes to whatever sys.stderr is at the time (test runners swap it)."""

        def emit(self, record: logging.LogRecord) -> None:
            print(f"claimcheck: warning: {record.getMessage()}", file=sys.stderr)

    logger = logging.getLogger("claimcheck")
    if not logger.handlers:
        logger.addHandler(StderrHandler(logging.WARNING))
        logger.propagate = False


def _usage_or_internal(exc: Exception, debug: bool) -> int:
    if isinstance(exc, typer.Abort):
        print("claimcheck: interrupted", file=sys.stderr)
        return ExitCode.INTERRUPTED
    show = getattr(exc, "show", None)
    if isinstance(exc, typer.TyperException) and callable(show):
        show()  # a usage error: bad option, missing argument
        return ExitCode.ERROR
    if debug:
        raise exc
    print(
        f"claimcheck: internal error: {type(exc).__name__}: {exc} (run with --debug for details)",
        file=sys.stderr,
    )
    return ExitCode.INTERNAL
