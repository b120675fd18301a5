"""Where the costly per-article and per-story stages run: in this process, or as Ray tasks on a cluster."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable

from .annotate.pipeline import annotate_many
from .errors import StorydeskError, one_line
from .model import Article

RUNNERS = ("local", "ray")
REACH_SECONDS = 5  # how long a cluster's address may take to answer
RAY_CHUNK = 64  # articles per Ray task: enough to keep spaCy's batching, small enough to spread out

Progress = Callable[[int], None]  # items done since the last call


class LocalRunner:
    """Everything in this process; spaCy spreads a large annotation over local worker processes."""

    def annotate(self, articles: list[Article], progress: Progress | None = None) -> list[Article]:
        return annotate_many(articles, progress=progress)

    def map(self, function: Callable, jobs: list[tuple]) -> list:
        return [function(*job) for job in jobs]

    def close(self) -> None:
        pass


class RayRunner:
    """Annotation in chunks and composition story by story, as Ray tasks: on the cluster that
    RAY_ADDRESS names, else on a Ray instance started here for the build. Each worker loads spaCy
    once and keeps it for the tasks that follow; storydesk must be installed on every node."""

    def __init__(self) -> None:
        try:
            import ray
        except ImportError:
            raise StorydeskError("the Ray runner needs the ray extra: pip install 'storydesk[ray]'") from None
        self.ray = ray
        self.started = not ray.is_initialized()
        if self.started:
            address = os.environ.get("RAY_ADDRESS") or None
            require_reachable(address)
            try:
                ray.init(address=address, include_dashboard=False, log_to_driver=False, configure_logging=False)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                raise StorydeskError(f"cannot start Ray{f' on {address}' if address else ''}: {one_line(exc)}") from None

    def annotate(self, articles: list[Article], progress: Progress | None = None) -> list[Article]:
        chunks = [articles[i:i + RAY_CHUNK] for i in range(0, len(articles), RAY_CHUNK)]
        return [a for chunk in self.map(annotate_many, [(chunk,) for chunk in chunks], progress, len) for a in chunk]

    def map(self, function: Callable, jobs: list[tuple], progress: Progress | None = None,
            size: Callable = lambda result: 1) -> list:
        """``function(*job)`` for each job, in order, as Ray tasks; ``progress`` hears of each as it ends."""
        task = self.ray.remote(function)
        pending = [task.remote(*job) for job in jobs]
        order = {ref: n for n, ref in enumerate(pending)}
        results = [None] * len(pending)
        while pending:
            done, pending = self.ray.wait(pending, num_returns=1)
            results[order[done[0]]] = self.ray.get(done[0])
            if progress:
                progress(size(results[order[done[0]]]))
        return results

    def close(self) -> None:
        if self.started:
            self.ray.shutdown()


def require_reachable(address: str | None) -> None:
    """Fail at once, in one line, when RAY_ADDRESS names a host and port nothing answers on: Ray
    itself retries for minutes. "auto" and no address are Ray's to resolve."""
    if not address or address == "auto":
        return
    host, _, port = address.removeprefix("ray://").rpartition(":")
    if not (host and port.isdigit()):
        raise StorydeskError(f"RAY_ADDRESS {address!r} is not host:port, ray://host:port or auto")
    try:
        socket.create_connection((host, int(port)), timeout=REACH_SECONDS).close()
    except OSError as exc:
        raise StorydeskError(f"cannot reach the Ray cluster at {address} (RAY_ADDRESS): {one_line(exc)}") from None


def make_runner(name: str) -> LocalRunner | RayRunner:
    if name not in RUNNERS:
        raise StorydeskError(f"unknown runner {name!r}: choose one of {', '.join(RUNNERS)}")
    return RayRunner() if name == "ray" else LocalRunner()
