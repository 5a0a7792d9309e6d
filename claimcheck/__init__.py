"""claimcheck: check drafts against a registry of sourced claims."""

__version__ = "0.1.0"
