"""Completeness: every command and option has help text, an example, and a place in the README."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from claimcheck.cli import app, run

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def commands() -> dict[str, typer.main.TyperCommand]:  # type: ignore[name-defined]
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(commands()))
def test_every_command_has_help_examples_and_readme(name: str) -> None:
    command = commands()[name]
    assert command.help, name
    assert len(command.help.strip()) > 20, name
    assert "Example" in command.help, f"{name} --help has no example"
    assert f"claimcheck {name}" in README, f"{name} is missing from the README"
    for param in command.params:
        if param.param_type_name != "option" or param.name == "help":
            continue
        assert getattr(param, "help", None), f"{name} {param.opts} has no help"
        long = max(param.opts, key=len)
        assert f"`{long}" in README, f"{name} {long} is missing from the README"


@pytest.mark.parametrize("name", sorted(commands()))
def test_help_runs(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run([name, "--help"]) == 0
    assert "Usage: claimcheck" in capsys.readouterr().out
