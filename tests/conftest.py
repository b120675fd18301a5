"""Shared fixtures: the bundled demo corpus built once into a desk, and a CLI runner."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from storydesk import pipeline
from storydesk.cli import main

DEMO = Path(str(resources.files("storydesk").joinpath("demo")))


@pytest.fixture(scope="session")
def demo_desk(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("desk") / "demo.db"
    pipeline.build([str(DEMO)], str(db))
    return db


@pytest.fixture(scope="session")
def demo_dossier(demo_desk) -> dict:
    return pipeline.dossier(str(demo_desk))


@pytest.fixture
def run_cli(capsys):
    """Run the command line in-process; returns (status, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        status = main(list(args))
        out, err = capsys.readouterr()
        return status, out, err

    return run


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path
