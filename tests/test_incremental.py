"""Incremental builds: a later, earlier-published original re-points its copies."""

import dataclasses

from storydesk import pipeline

from .conftest import write_jsonl

WIRE = ("The northern highway will stay closed for at least a month after landslides buried two sections of the road, "
        "officials said on Tuesday. Engineers are assessing the damage and the transport ministry has opened a detour "
        "through the valley towns. Freight companies warned of delays and higher prices as trucks are forced onto narrow "
        "local roads. The ministry said the repairs would cost millions and take most of the summer.")


def test_an_earlier_original_arriving_later_becomes_the_original(tmp_path):
    db = str(tmp_path / "desk.db")
    reprint = {"id": "reprint", "published": "2022-04-06", "text": WIRE + " Readers can find detour maps at the town hall."}
    original = {"id": "wire", "published": "2022-04-05", "text": WIRE}
    pipeline.build([str(write_jsonl(tmp_path / "one.jsonl", [reprint]))], db)
    report = pipeline.build([str(write_jsonl(tmp_path / "two.jsonl", [original]))], db)
    articles = {a["id"]: a for a in pipeline.dossier(db)["articles"]}
    assert report.added == 1 and report.stories == 1
    assert articles["reprint"]["copy_of"] == "wire" and articles["wire"]["copy_of"] is None
    assert dataclasses.asdict(report)["touched"] == 1
