"""The command line: each command parses options and calls one library function."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import pipeline
from .compose import summarize as summarize_story
from .compose import timeline as timeline_story
from .errors import StorydeskError
from .model import to_plain
from .render import to_html, to_markdown
from .render.json import article_record
from .runner import RUNNERS
from .store import open_store

DB_HELP = "desk database: a SQLite file (default storydesk.db) or a postgresql:// URL"
INPUTS = click.argument("inputs", nargs=-1, required=True, type=click.Path())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="storydesk")
def cli() -> None:
    """storydesk: from news articles to cited story dossiers."""


@cli.command()
@INPUTS
@click.option("--db", default="storydesk.db", show_default=True, help=DB_HELP)
@click.option("--runner", type=click.Choice(RUNNERS), default="local", show_default=True, envvar="STORYDESK_RUNNER",
              help="where annotation and composition run: here, or as Ray tasks (the cluster RAY_ADDRESS names)")
def build(inputs: tuple[str, ...], db: str, runner: str) -> None:
    """Read files, folders, .jsonl, .warc(.gz) and RSS/Atom feeds; add them to the desk; update stories."""
    bar = progress_bar()
    try:
        report = pipeline.build(list(inputs), db, bar, runner)
    finally:
        if bar:
            bar.close()
    click.echo(f"storydesk: {report.line()}")


@cli.command()
@click.option("--db", default="storydesk.db", show_default=True, help=DB_HELP)
@click.option("--format", "fmt", type=click.Choice(["json", "md", "html"]), default="json", show_default=True)
@click.option("--story", default=None, help="export only this story id")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None, help="file to write (default: standard output)")
def export(db: str, fmt: str, story: str | None, output: str | None) -> None:
    """Write dossiers as JSON, Markdown or one self-contained HTML page."""
    data = pipeline.dossier(db, story)
    if story and not data["stories"]:
        raise StorydeskError(f"no story {story!r} in {db}")
    rendered = {"json": lambda d: json.dumps(d, ensure_ascii=False, indent=2), "md": to_markdown, "html": to_html}[fmt](data)
    write(rendered, output)


@cli.command()
@click.option("--db", default="storydesk.db", show_default=True, help=DB_HELP)
@click.option("--search", "query", default="", help='only stories whose articles hold every term (words, "a phrase")')
@click.option("--json", "as_json", is_flag=True, help="one JSON object per story (JSON Lines), without its articles' texts")
def stories(db: str, query: str, as_json: bool) -> None:
    """List the desk's stories, most recently active first: id, dates, articles, title."""
    for story in pipeline.desk_index(db, query)["stories"]:
        if as_json:
            click.echo(json.dumps(story, ensure_ascii=False))
        else:
            span = f"{story['start'] or 'undated'}..{story['end'] or 'undated'}"
            click.echo(f"{story['id']}\t{span}\t{len(story['articles'])}\t{' '.join(story['title'].split())}")


@cli.command()
@INPUTS
@click.option("--json", "as_json", is_flag=True, help="one JSON object per article (JSON Lines)")
def clean(inputs: tuple[str, ...], as_json: bool) -> None:
    """Extract and clean articles without storing them."""
    articles, rejections, _ = pipeline.extract_all(pipeline.read_inputs(list(inputs)))
    for article in articles:
        if as_json:
            click.echo(json.dumps(article_record(article), ensure_ascii=False))
        else:
            click.echo(f"# {article.title or article.source}\n{article.published or 'undated'}\n\n{article.text}\n")
    report_rejections(rejections)


@cli.command()
@INPUTS
@click.option("--max-dates", default=10, show_default=True, type=click.IntRange(min=1))
@click.option("--per-date", default=1, show_default=True, type=click.IntRange(min=1))
@click.option("--from", "start", type=click.DateTime(["%Y-%m-%d"]), help="first date to tell (YYYY-MM-DD)")
@click.option("--to", "end", type=click.DateTime(["%Y-%m-%d"]), help="last date to tell (YYYY-MM-DD)")
@click.option("--json", "as_json", is_flag=True, help="[{date, sentences, citations}]")
def timeline(inputs: tuple[str, ...], max_dates: int, per_date: int, start, end, as_json: bool) -> None:
    """Treat all input as one story and print its timeline."""
    articles, rejections = pipeline.one_story(list(inputs))
    entries = timeline_story(articles, max_dates, per_date, start and start.date(), end and end.date())
    if as_json:
        click.echo(json.dumps([{"date": e.date.isoformat(), "sentences": [u.text for u in e.sentences],
                                "citations": to_plain(e.citations)} for e in entries], ensure_ascii=False))
    else:
        for entry in entries:
            click.echo(f"{entry.date.isoformat()}  " + "\n            ".join(u.text for u in entry.sentences))
    report_rejections(rejections)


@cli.command()
@INPUTS
@click.option("--max-words", default=120, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help='{"summary": [{text, citations}]}')
def summarize(inputs: tuple[str, ...], max_words: int, as_json: bool) -> None:
    """Treat all input as one story and print its summary."""
    articles, rejections = pipeline.one_story(list(inputs))
    sentences = summarize_story(articles, max_words)
    if as_json:
        click.echo(json.dumps({"summary": to_plain(sentences)}, ensure_ascii=False))
    else:
        click.echo(" ".join(s.text for s in sentences))
    report_rejections(rejections)


@cli.command()
@click.option("--db", default="storydesk.db", show_default=True, help=DB_HELP)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
def serve(db: str, host: str, port: int) -> None:
    """Serve the desk's dossiers as a web page (and /dossier.json)."""
    from .web import serve as run_server

    open_store(db, create=False).close()  # a missing desk is one error line now, not on each request
    run_server(db, host, port)


class ProgressBar:
    """A tqdm bar that names the stage it is counting (reading, then annotating)."""

    def __init__(self) -> None:
        from tqdm import tqdm

        self.bar = tqdm(unit=" items", file=sys.stderr, leave=False)
        self.stage = None

    def __call__(self, stage: str, done: int) -> None:
        if stage != self.stage:
            self.stage = stage
            self.bar.set_description(stage)
            self.bar.reset()
        self.bar.update(done)

    def close(self) -> None:
        self.bar.close()


def progress_bar() -> ProgressBar | None:
    """A progress bar on a terminal only; logs and pipes stay clean."""
    return ProgressBar() if sys.stderr.isatty() else None


def write(text: str, output: str | None) -> None:
    if output is None:
        click.echo(text)
        return
    try:
        Path(output).write_text(text + "\n", encoding="utf-8")
    except OSError as exc:
        raise StorydeskError(f"cannot write {output}: {exc.strerror}") from None
    click.echo(f"storydesk: wrote {output}", err=True)


def report_rejections(rejections) -> None:
    for rejection in rejections:
        click.echo(f"storydesk: skipped {rejection.source}: {rejection.reason}", err=True)


def main(argv: list[str] | None = None) -> int:
    """Entry point: user errors end in one line on stderr and a non-zero status, never a traceback."""
    try:
        cli.main(args=argv, prog_name="storydesk", standalone_mode=False)
    except click.exceptions.Exit as done:
        return done.exit_code
    except click.exceptions.Abort:
        click.echo("storydesk: aborted", err=True)
        return 130
    except click.UsageError as exc:
        hint = f" (see 'storydesk {exc.ctx.info_name} --help')" if exc.ctx and exc.ctx.parent else " (see 'storydesk --help')"
        click.echo(f"storydesk: error: {exc.format_message()}{hint}", err=True)
        return 2
    except click.ClickException as exc:
        click.echo(f"storydesk: error: {exc.format_message()}", err=True)
        return exc.exit_code
    except StorydeskError as exc:
        click.echo(f"storydesk: error: {exc}", err=True)
        return 1
    except Exception as exc:  # a bug, not the user's doing: still one line, unless debugging
        if os.environ.get("STORYDESK_DEBUG"):
            raise
        click.echo(f"storydesk: internal error: {type(exc).__name__}: {exc} (set STORYDESK_DEBUG=1 for details)", err=True)
        return 70
    return 0


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
