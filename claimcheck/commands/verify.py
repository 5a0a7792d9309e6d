"""`claimcheck verify`: check drafts and report their sentences."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from claimcheck.api import build_report
from claimcheck.batch import verify_files, verify_one
from claimcheck.commands.common import load_settings, open_registry, use_color, write_output
from claimcheck.errors import UsageError
from claimcheck.models import Document, Label, Report, Result
from claimcheck.textio import write_atomic

if TYPE_CHECKING:
    from claimcheck.config import Config, FailOn

FORMATS = ("text", "json", "sarif", "github", "html")
PROGRESS_MIN_FILES = 20


@dataclass(frozen=True, slots=True)
class VerifyArgs:
    paths: tuple[str, ...]
    claims: Path | None = None
    sources: Path | None = None
    output_format: str | None = None
    output: Path | None = None
    show_all: bool = False
    quiet: bool = False
    fail_on: str | None = None
    exit_zero: bool = False
    stdin_filename: str | None = None
    include: tuple[str, ...] | None = None
    exclude: tuple[str, ...] | None = None
    no_color: bool = False
    jobs: int | None = None
    match_threshold: float | None = None
    possible_threshold: float | None = None
    config: Path | None = None
    no_cache: bool = False

    def flags(self) -> dict[str, object]:
        return {
            "claims": self.claims,
            "sources": self.sources,
            "format": self.output_format,
            "fail_on": self.fail_on,
            "include": list(self.include) if self.include else None,
            "exclude": list(self.exclude) if self.exclude else None,
            "jobs": self.jobs,
            "match_threshold": self.match_threshold,
            "possible_threshold": self.possible_threshold,
            "cache": False if self.no_cache else None,
        }


def _start_dir(paths: tuple[str, ...]) -> Path:
    first = next((Path(p) for p in paths if p != "-"), None)
    if first is None:
        return Path.cwd()
    return first if first.is_dir() else first.parent


def run_verify(args: VerifyArgs) -> int:
    from claimcheck.globs import iter_files

    if not args.paths:
        raise UsageError("give files or directories to check, or - for stdin")
    if args.paths.count("-") > 1:
        raise UsageError("- (stdin) may be given only once")
    config = load_settings(args.flags(), args.config, _start_dir(args.paths))
    settings = config.settings
    if settings.format not in FORMATS:
        raise UsageError(f"--format must be one of {', '.join(FORMATS)}")
    paths = [Path(p) for p in args.paths if p != "-"]
    exclude = (*settings.exclude, *_registry_dirs(config))
    files = iter_files(paths, settings.include, exclude, config.root) if paths else []
    if paths and not files:
        raise UsageError("no files to check (check --include/--exclude)")
    registry = open_registry(settings)
    documents: list[Document] = []
    if "-" in args.paths:
        shown = args.stdin_filename or "<stdin>"
        documents.append(verify_one(sys.stdin.read(), shown, Path(shown), registry, config))
    with _progress(len(files)) as advance:
        documents += verify_files(files, registry, config, jobs=settings.jobs, progress=advance)
    failing = 0
    for document in documents:
        fail_on = config.for_path(Path(document.path)).fail_on
        failing += sum(1 for r in document.results if fail_on.fails(r.label) and not _suppressed(r))
    report = build_report(documents, registry)
    _emit(report, settings.format, args, settings.fail_on)
    return 0 if args.exit_zero or not failing else 1


def _registry_dirs(config: Config) -> list[str]:
    """Anchored exclude patterns for the claims and sources directories: sources are articles,
    not drafts, when a whole tree is checked."""
    patterns = []
    for directory in (config.settings.claims, config.settings.sources):
        try:
            patterns.append("/" + directory.resolve().relative_to(config.root.resolve()).as_posix())
        except ValueError:
            continue
    return patterns


@contextmanager
def _progress(total: int) -> Iterator[Callable[[int], None] | None]:
    """A progress bar on stderr when many files are checked at a terminal."""
    if total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress

    # No refresh thread (auto_refresh): forking worker processes needs a single-threaded parent.
    with Progress(console=Console(stderr=True), transient=True, auto_refresh=False) as bar:
        task = bar.add_task("checking", total=total)

        def tick(done: int) -> None:
            bar.advance(task, done)
            bar.refresh()

        yield tick


def _suppressed(result: Result) -> bool:
    s = result.suppression
    return s is not None and (s.labels is None or result.label in s.labels)


def _emit(report: Report, fmt: str, args: VerifyArgs, fail_on: FailOn) -> None:
    from claimcheck.reporters import FORMATS as REPORTERS
    from claimcheck.reporters import ReportOptions

    terminal = fmt == "text" and args.output is None and sys.stdout.isatty()
    labels = frozenset(label for label in Label if fail_on.fails(label))
    options = ReportOptions(
        show_all=args.show_all,
        color=use_color(args.no_color) and terminal,
        terminal=terminal and not args.quiet,
        fail_on=labels,
        quiet=args.quiet,
    )
    write_output(REPORTERS[fmt](report, options), args.output)
    summary_path = os.environ.get("GITHUB_STEP_SUMMARY")
    if fmt == "github" and summary_path:
        from claimcheck.reporters.github import step_summary

        target = Path(summary_path)
        previous = target.read_text(encoding="utf-8") if target.exists() else ""
        write_atomic(target, previous + step_summary(report))
