"""`claimcheck init`: scaffold a registry, a config file and a pre-commit snippet."""

from __future__ import annotations

import sys
from pathlib import Path

from claimcheck.errors import UsageError
from claimcheck.textio import write_atomic

CONFIG = """\
# claimcheck settings (see `claimcheck config` for the effective values).
claims = "claims"
sources = "sources"
fail_on = "contradicted"   # contradicted | unsourced | never
include = ["**/*.md", "**/*.markdown", "**/*.txt", "**/*.html"]
exclude = ["claims/**", "sources/**", ".claimcheck_cache/**"]
"""

EXAMPLE_SOURCE = """\
City Council Approves New Library Budget

The city council voted 7 to 2 on Tuesday to approve a library budget of 4.2 million dollars \
for next year.
"""

EXAMPLE_CLAIMS = """\
# Claims taken from sources/example-council-budget.txt. Replace with your own.
source: example-council-budget
claims:
  - id: council-library-budget
    claim: The city council approved a library budget of 4.2 million dollars.
    quote: "The city council voted 7 to 2 on Tuesday to approve a library budget of 4.2 million \\
      dollars for next year."
    tags: [example]
"""

PRE_COMMIT = """\
# claimcheck hooks for pre-commit. Needs claimcheck installed in the environment that runs them.
repos:
  - repo: local
    hooks:
      - id: claimcheck
        name: claimcheck verify
        entry: claimcheck verify
        language: system
        types_or: [markdown, plain-text, html]
        exclude: ^(claims|sources)/
      - id: claimcheck-audit
        name: claimcheck audit
        entry: claimcheck audit
        language: system
        pass_filenames: false
        files: ^(claims|sources)/
"""

IGNORE_LINE = ".claimcheck_cache/"


def run_init(directory: Path) -> int:
    if not directory.is_dir():
        raise UsageError(f"{directory} is not a directory")
    plan = {
        directory / ".claimcheck.toml": CONFIG,
        directory / "sources" / "example-council-budget.txt": EXAMPLE_SOURCE,
        directory / "claims" / "example.yaml": EXAMPLE_CLAIMS,
    }
    hooks = directory / ".pre-commit-config.yaml"
    taken = [p for p in (*plan, directory / "claims", directory / "sources") if p.exists()]
    if taken:
        names = ", ".join(sorted({str(p.relative_to(directory)) for p in taken}))
        raise UsageError(f"refusing to overwrite existing {names}; nothing was written")
    for path, text in plan.items():
        write_atomic(path, text)
        print(f"created {path}")
    if hooks.exists():
        print(f"{hooks} exists; add these hooks to it:\n\n{PRE_COMMIT}")
    else:
        write_atomic(hooks, PRE_COMMIT)
        print(f"created {hooks}")
    _ignore_cache(directory / ".gitignore")
    sys.stdout.flush()
    return 0


def _ignore_cache(gitignore: Path) -> None:
    """Add the cache directory to .gitignore, keeping what is there."""
    current = gitignore.read_text(encoding="utf-8") if gitignore.exists() else ""
    if IGNORE_LINE in current.splitlines() or ".claimcheck_cache" in current.splitlines():
        return
    prefix = current if not current or current.endswith("\n") else current + "\n"
    write_atomic(gitignore, prefix + IGNORE_LINE + "\n")
    print(f"added {IGNORE_LINE} to {gitignore}")
