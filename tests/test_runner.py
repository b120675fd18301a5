"""Runners: a build annotated and composed as Ray tasks gives the dossier a local build gives."""

from __future__ import annotations

import json

import pytest

from storydesk import pipeline
from storydesk.runner import RayRunner

from .conftest import DEMO


@pytest.fixture
def ray_instance():
    """A local Ray instance, started before the runner (which then leaves it running)."""
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield ray
    ray.shutdown()


def test_a_build_on_ray_gives_the_dossier_a_local_build_gives_and_stops_the_instance_it_started(
        tmp_path, demo_dossier, run_cli):
    ray = pytest.importorskip("ray")
    db = str(tmp_path / "ray.db")
    status, _, err = run_cli("build", str(DEMO), "--db", db, "--runner", "ray")
    assert status == 0, err
    assert json.loads(json.dumps(pipeline.dossier(db))) == json.loads(json.dumps(demo_dossier))
    assert not ray.is_initialized()


def test_ray_tasks_come_back_in_the_order_of_their_jobs_and_report_progress(ray_instance):
    heard = []
    runner = RayRunner()
    results = runner.map(lambda base, n: base ** n, [(2, n) for n in range(6)], heard.append)
    runner.close()
    assert results == [1, 2, 4, 8, 16, 32] and sum(heard) == 6 and ray_instance.is_initialized()


def test_an_unknown_runner_is_one_error_line(run_cli, tmp_path):
    status, _, err = run_cli("build", str(DEMO), "--db", str(tmp_path / "d.db"), "--runner", "spark")
    assert status != 0 and "spark" in err and err.strip().count("\n") == 0


@pytest.mark.parametrize("address, message", [
    ("127.0.0.1:1", "cannot reach the Ray cluster at 127.0.0.1:1"),
    ("nonsense", "is not host:port"),
])
def test_a_ray_cluster_that_cannot_be_reached_is_one_error_line_at_once(address, message, run_cli, tmp_path, monkeypatch):
    pytest.importorskip("ray")
    monkeypatch.setenv("RAY_ADDRESS", address)
    status, _, err = run_cli("build", str(DEMO), "--db", str(tmp_path / "d.db"), "--runner", "ray")
    assert status != 0 and message in err and err.strip().count("\n") == 0
