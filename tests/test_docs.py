"""Every command is documented in the README (a command without docs fails here)."""

from pathlib import Path

from storydesk.cli import cli

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    missing = [name for name in cli.commands if f"storydesk {name}" not in README]
    assert missing == []


def test_quick_start_commands_exist():
    assert "./run demo" in README and "./run test" in README
