"""The web interface in a real browser: headless Chromium (Debian's) driven by Playwright.

A uvicorn server serves the invented store on a free local port; the tests search for
a speaker, open the speaker page (chart and statements), open an article (marks) and
the hostile article (no script runs). Screenshots go to artifacts/ at the repo root.
"""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(store_facts):
    import uvicorn

    from onrecord.serve.app import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(store_facts.path), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a dev dependency")
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_browser_search_speaker_chart_and_article_marks(page, base_url, store_facts):
    page.goto(base_url + "/")
    page.fill("form.filters input[name=speaker]", "Minister Kessler")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/search?**")
    results = page.locator("#results li.statement")
    assert results.count() > 0
    speakers = set(page.locator("#results li.statement .speaker").all_inner_texts())
    assert speakers == {"Maria Kessler"}
    _shot(page, "1-search-speaker")

    page.locator("#results li.statement a.speaker").first.click()
    page.wait_for_url("**/speakers/*")
    assert page.locator("h1").inner_text().startswith("Maria Kessler")
    n_statements = int(page.locator("#n-statements").inner_text())
    bars = page.locator("svg#timeline rect.bar")
    assert bars.count() > 1
    counts = [int(c) for c in bars.evaluate_all("rects => rects.map(r => r.dataset.count)")]
    assert sum(counts) == n_statements
    tallest = bars.evaluate_all("rects => Math.max(...rects.map(r => r.getBBox().height))")
    assert tallest > 50  # drawn, not collapsed to nothing
    assert page.locator("#results li.statement").count() == min(n_statements, 50)
    assert page.locator("ol.outlets li").count() > 0
    _shot(page, "2-speaker")

    page.locator("#results li.statement .meta a[href^='/articles/']").first.click()
    page.wait_for_url("**/articles/*")
    text = page.locator("#article-text")
    for kind in ("content", "cue", "mention"):
        assert text.locator(f"a.mark.{kind}").count() > 0, kind
    colors = {kind: text.locator(f"a.mark.{kind}").first.evaluate("e => getComputedStyle(e).backgroundColor")
              for kind in ("content", "cue", "mention")}
    assert len(set(colors.values())) == 3, colors
    href = text.locator("a.mark.mention").first.get_attribute("href")
    assert href.startswith("/speakers/")
    _shot(page, "3-article-marks")

    page.click(f"#article-text a.mark.mention[href='{href}']")
    page.wait_for_url("**" + href)
    assert page.locator("svg#timeline, p.empty").count() >= 1


def test_browser_hostile_article_renders_as_text(page, base_url, store_facts):
    page.goto(f"{base_url}/articles/{store_facts.hostile_article_id}")
    page.wait_for_load_state("load")
    assert "<script>alert(1)</script>" in page.locator("#article-text").inner_text()
    assert "<img src=x onerror=alert(1)>" in page.locator("#article-text").inner_text()
    assert page.locator("#article-text img, #article-text script").count() == 0
    assert page.dialogs == []
    _shot(page, "4-hostile-article")
    page.goto(f"{base_url}/search?q=visitors")
    assert page.locator("#results mark").first.inner_text().lower() == "visitors"
    assert page.dialogs == []


def test_browser_statement_page_lists_outlets(page, base_url, store_facts):
    page.goto(f"{base_url}/statements/{store_facts.shared_statement_id}")
    rows = page.locator("#occurrences tbody tr")
    assert rows.count() == 3
    dates = [rows.nth(i).locator("time").inner_text() for i in range(3)]
    assert dates == sorted(dates)
    _shot(page, "5-statement")
