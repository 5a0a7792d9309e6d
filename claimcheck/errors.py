"""The one exception root. Library code raises these; only the CLI turns them into exit codes."""

from __future__ import annotations

from claimcheck.models import Location


class ClaimcheckError(Exception):
    """Anything claimcheck reports to a user as a one-line error (exit code 2)."""

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location is None:
            return self.message
        return f"{self.location}: {self.message}"


class UsageError(ClaimcheckError):
    """The command line asks for something impossible."""


class ConfigError(ClaimcheckError):
    """A configuration file or value is invalid."""


class RegistryError(ClaimcheckError):
    """The claims registry or its sources cannot be loaded."""


class InputError(ClaimcheckError):
    """A draft or case file cannot be read."""


class WorkerError(ClaimcheckError):
    """A worker process died before it finished (killed, or out of memory)."""
