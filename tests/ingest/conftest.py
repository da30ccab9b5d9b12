"""Fixtures of the ingest tests: a loopback HTTP server serving invented pages."""
from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

import pytest

from fixtures.loopback import LoopbackServer, Route


@pytest.fixture
def loopback() -> Iterator[LoopbackServer]:
    """A threaded HTTP server on 127.0.0.1 with no robots.txt unless a test adds one."""
    state: dict[str, LoopbackServer] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            server = state["server"]
            server.requests.append((self.path, self.headers.get("User-Agent", "")))
            server.times.append(time.monotonic())
            route = server.routes.get(self.path, Route(b"not found", 404, {"Content-Type": "text/plain"}))
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            try:
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state["server"] = LoopbackServer(f"http://127.0.0.1:{httpd.server_address[1]}")
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state["server"]
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(autouse=True)
def fresh_fetchers() -> Iterator[None]:
    """Each test gets new fetchers: no robots.txt or host delay carried over."""
    from onrecord.ingest import fetch

    fetch._FETCHERS.clear()
    yield
    fetch._FETCHERS.clear()
