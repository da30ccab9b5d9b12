"""The README documents every command and every setting, and every command's help
shows an example."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from onrecord.cli import COMMANDS, cli
from onrecord.settings import SETTINGS

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_docs_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
    assert f"onrecord {command}" in result.output


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_docs_every_command_is_in_the_readme(command: str) -> None:
    assert f"onrecord {command}" in README


@pytest.mark.parametrize("name", sorted(s.name for s in SETTINGS))
def test_docs_every_setting_is_in_the_readme(name: str) -> None:
    assert f"`{name}`" in README


def test_docs_readme_names_the_two_commands() -> None:
    assert "bash scripts/demo.sh" in README
    assert "bash scripts/test.sh" in README
