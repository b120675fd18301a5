"""The command line end to end: contract, dossier format, incremental builds, bad input."""

import json

import jsonschema
import pytest

from storydesk.render import validate

from .conftest import DEMO, write_jsonl


def test_demo_dossier_validates_and_every_citation_points_into_its_text(demo_dossier):
    validate(demo_dossier)
    texts = {a["id"]: a["text"] for a in demo_dossier["articles"]}
    story = demo_dossier["stories"][0]
    cites = [c for part in ("timeline", "summary") for item in story[part] for c in item["citations"]]
    cites += [f["citation"] for f in story["figures"]] + [q["citation"] for q in story["quotes"]]
    assert cites
    for c in cites:
        assert 0 <= c["start"] < c["end"] <= len(texts[c["article"]])
    for q in story["quotes"]:
        assert texts[q["citation"]["article"]][q["citation"]["start"]:q["citation"]["end"]] == q["text"]
    for item in story["summary"] + story["timeline"]:
        first = item["citations"][0]
        assert texts[first["article"]][first["start"]:first["end"]] == item["text"]


def test_demo_story_has_copy_events_disagreement_and_dates(demo_dossier):
    articles = {a["id"]: a for a in demo_dossier["articles"]}
    [story] = demo_dossier["stories"]
    assert any(a["copy_of"] for a in articles.values())
    assert all(a["published"] for a in articles.values())
    assert any(a["published_from"] == "inferred" for a in articles.values())
    assert len(story["events"]) >= 2
    assert all(e["keywords"] for e in story["events"])  # what holds each event together
    for event in story["events"]:  # and the days it spans, which its articles' dates bound
        days = [articles[i]["published"] for i in event["articles"]]
        assert (event["date"], event["end"]) == (min(days), max(days))
    killed = [d for d in story["disagreements"] if d["measure"] == "killed"]
    assert killed and killed[0]["kind"] == "conflict"
    assert story["outlets"] < len(story["articles"])  # a copy is not another source


def test_schema_rejects_a_broken_dossier(demo_dossier):
    broken = json.loads(json.dumps(demo_dossier))
    broken["stories"][0]["summary"][0]["citations"] = []
    with pytest.raises(jsonschema.ValidationError):
        validate(broken)


def test_build_twice_changes_nothing_and_a_new_article_touches_only_its_story(tmp_path, run_cli):
    db = str(tmp_path / "desk.db")
    assert run_cli("build", str(DEMO), "--db", db)[0] == 0
    first = run_cli("export", "--db", db, "--format", "json")[1]
    status, out, _ = run_cli("build", str(DEMO), "--db", db)
    assert status == 0 and "kept 6 (0 new, 6 already in the desk)" in out and "(0 updated)" in out
    assert run_cli("export", "--db", db, "--format", "json")[1] == first
    other = write_jsonl(tmp_path / "new.jsonl", [{"id": "n1", "published": "2026-05-02", "text":
        "The national chess championship ended on Saturday in Orlin with a surprise win by a teenage player, "
        "who beat the defending champion in the final round after six hours of play."}])
    status, out, _ = run_cli("build", str(other), "--db", db)
    assert status == 0 and "(1 new," in out and "stories 2 (1 updated)" in out


def test_bad_inputs_are_recorded_and_the_build_goes_on(tmp_path, run_cli):
    db = str(tmp_path / "desk.db")
    tmp_path = tmp_path / "in"
    tmp_path.mkdir()
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.dat").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "bad.txt").write_bytes(b"Ferries stopped \xff\xfe running on Monday after a strike by the crews at the port.")
    (tmp_path / "huge.txt").write_bytes(b"x" * 20_000_000)
    (tmp_path / "lines.jsonl").write_text('{"text": "Storm warnings were issued for the whole coast on Friday as winds rose."}\n{broken\n', encoding="utf-8")
    status, out, err = run_cli("build", str(tmp_path), "--db", db)
    assert status == 0 and "Traceback" not in err
    assert "kept 2 (2 new" in out and "rejected 4" in out
    dossier = json.loads(run_cli("export", "--db", db)[1])
    reasons = " ".join(r["reason"] for r in dossier["rejected"])
    for reason in ("empty", "binary", "too large", "malformed JSON line"):
        assert reason in reasons


@pytest.mark.parametrize("args, message", [
    (["build", "--frobnicate", "x"], "No such option"),
    (["build", "/no/such/path"], "no such file or folder"),
    (["export", "--db", "/no/such.db"], "no desk at"),
    (["export", "--format", "pdf"], "Invalid value"),
    (["nonsense"], "No such command"),
    (["build", ".", "--db", "/no/such/dir/desk.db"], "cannot open the desk"),
])
def test_user_errors_are_one_line_and_non_zero(args, message, run_cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    status, out, err = run_cli(*args)
    assert status != 0 and message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_not_a_desk_is_one_line(tmp_path, run_cli):
    bogus = tmp_path / "x.db"
    bogus.write_text("plain text, not sqlite " * 100)
    status, _, err = run_cli("export", "--db", str(bogus))
    assert status == 1 and "not a storydesk desk" in err and len(err.strip().splitlines()) == 1


def test_clean_prints_one_article_per_line(run_cli):
    status, out, _ = run_cli("clean", str(DEMO), "--json")
    records = [json.loads(line) for line in out.splitlines()]
    assert status == 0 and len(records) == 6
    assert all({"id", "text", "removed", "published"} <= set(r) for r in records)


def test_timeline_and_summarize_json_contracts(run_cli):
    status, out, _ = run_cli("timeline", str(DEMO), "--max-dates", "3", "--per-date", "1", "--json")
    entries = json.loads(out)
    assert status == 0 and 0 < len(entries) <= 3
    assert all(set(e) == {"date", "sentences", "citations"} and len(e["sentences"]) == 1 for e in entries)
    status, out, _ = run_cli("summarize", str(DEMO), "--max-words", "60", "--json")
    summary = json.loads(out)["summary"]
    assert status == 0 and summary and all(s["citations"] for s in summary)


def test_stories_lists_the_desk_and_searches_it(demo_desk, demo_dossier, run_cli):
    [story] = demo_dossier["stories"]
    status, listed, _ = run_cli("stories", "--db", str(demo_desk))
    assert status == 0 and listed.split("\t")[:3] == [story["id"], f"{story['start']}..{story['end']}", str(len(story["articles"]))]
    assert json.loads(run_cli("stories", "--db", str(demo_desk), "--json", "--search", "flood")[1])["id"] == story["id"]
    assert run_cli("stories", "--db", str(demo_desk), "--search", "flood unheardofword")[1] == ""


def test_markdown_and_html_exports(demo_desk, run_cli, tmp_path):
    status, md, _ = run_cli("export", "--db", str(demo_desk), "--format", "md")
    assert status == 0 and "## Timeline" in md and "## Figures" in md
    page = tmp_path / "d.html"
    assert run_cli("export", "--db", str(demo_desk), "--format", "html", "-o", str(page))[0] == 0
    html = page.read_text(encoding="utf-8")
    assert "<details><summary>Removed boilerplate" in html and 'class="disputed"' in html
    assert "<script" not in html and "http" not in html.split("<body>")[1].split("</body>")[0].replace("http://", "")


def test_a_disagreement_lists_its_figures_oldest_first_with_who_gives_them(demo_dossier):
    from storydesk.render.text import to_markdown

    [story] = demo_dossier["stories"]
    [killed] = [d for d in story["disagreements"] if d["measure"] == "killed"]
    lines = to_markdown(demo_dossier).split("**Sources disagree on killed**")[1].split("\n- ")[0].splitlines()[1:]
    listed = [line for line in lines if line.startswith("  - ")]
    assert len(listed) == len(killed["figures"])
    days = [line.split(" as of ")[1][:10] for line in listed]
    assert days == sorted(days)
    givers = {story["figures"][i]["attributed_to"] for i in killed["figures"]} - {None}
    assert givers and all(any(giver in line for line in listed) for giver in givers)


def test_a_count_a_later_report_gives_as_replaced_makes_an_update_listed_at_that_reports_date(demo_dossier):
    from storydesk.render.text import to_markdown

    [story] = demo_dossier["stories"]
    [displaced] = [d for d in story["disagreements"] if d["measure"] == "displaced"]
    assert displaced["kind"] == "update"  # "38,000 displaced, up from 30,000 earlier in the week"
    section = to_markdown(demo_dossier).split("**Sources disagree on displaced**")[1].split("\n- ")[0]
    listed = [line for line in section.splitlines() if line.startswith("  - ")]
    [replaced] = [n for n, line in enumerate(listed) if "earlier, as its sentence says" in line]
    assert listed[replaced + 1].startswith("  - 38,000")


def test_timeline_tells_only_dates_in_the_span_asked(run_cli):
    status, out, _ = run_cli("timeline", str(DEMO), "--max-dates", "20", "--json")
    dates = sorted(e["date"] for e in json.loads(out))
    assert status == 0 and len(dates) >= 3
    middle = dates[len(dates) // 2]
    status, out, _ = run_cli("timeline", str(DEMO), "--max-dates", "20", "--from", middle, "--json")
    assert status == 0 and {e["date"] for e in json.loads(out)} == {d for d in dates if d >= middle}
    status, _, err = run_cli("timeline", str(DEMO), "--to", "last week")
    assert status != 0 and "Traceback" not in err


def test_counts_in_the_text_dossiers_agree_in_number():
    from storydesk.render.text import environment

    count = environment().filters["count"]
    assert (count(1, "article"), count(2, "article"), count(0, "quote")) == ("1 article", "2 articles", "0 quotes")
