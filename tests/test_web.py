"""The served desk answers with the HTML dossier and its JSON."""

import json
import threading
import urllib.request
from http.server import ThreadingHTTPServer

from storydesk.web.server import handler_for


def test_serves_html_and_json(demo_desk):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler_for(str(demo_desk)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        page = urllib.request.urlopen(base + "/").read().decode()
        data = json.loads(urllib.request.urlopen(base + "/dossier.json").read())
        story_id = data["stories"][0]["id"]
        one = json.loads(urllib.request.urlopen(f"{base}/dossier.json?story={story_id}").read())
    finally:
        server.shutdown()
        server.server_close()
    assert "<h2>Timeline</h2>" in page
    assert data["schema"] == "storydesk.dossier/1"
    assert [s["id"] for s in one["stories"]] == [story_id]
