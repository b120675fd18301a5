"""The served desk (read-only, on the standard library's HTTP server): an index of stories with a search box, a page per story."""

from __future__ import annotations

import json
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

from ..pipeline import desk_index, dossier
from ..render import to_html, to_index_html

HTML = "text/html; charset=utf-8"


def handler_for(db: str) -> type[BaseHTTPRequestHandler]:
    class DeskHandler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (the stdlib's name)
            url = urlparse(self.path)
            asked = parse_qs(url.query)
            story = (asked.get("story") or [None])[0]
            if url.path == "/dossier.json":
                self.reply(json.dumps(dossier(db, story), ensure_ascii=False).encode(), "application/json")
            elif url.path not in ("/", "/index.html"):
                self.send_error(HTTPStatus.NOT_FOUND)
            elif story is None:
                self.reply(to_index_html(desk_index(db, (asked.get("q") or [""])[0])).encode(), HTML)
            elif (found := dossier(db, story))["stories"]:
                self.reply(to_html(found, home="/").encode(), HTML)
            else:
                self.send_error(HTTPStatus.NOT_FOUND, f"no story {story} in this desk")

        def reply(self, body: bytes, content_type: str) -> None:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    return DeskHandler


def serve(db: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    server = ThreadingHTTPServer((host, port), handler_for(db))
    print(f"storydesk: serving {db} at http://{host}:{server.server_port}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
