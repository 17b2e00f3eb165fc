"""The HTML report in a real headless browser (Debian's chromium): the findings render, nothing
is requested from outside the file, and the page fits a phone. Skips with the reason when
chromium or playwright is missing; .ci/run installs chromium so CI really runs it.
CEKDATA_UPDATE_SCREENSHOT=1 saves docs/html-report.png for the README."""
import json
import os
import shutil

import pytest
from click.testing import CliRunner

from cekdata import cli
from conftest import ROOT, SAMPLE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium; .ci/run does it)")


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with playwright.sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


def _report(tmp_path, lang):
    out = tmp_path / f"report-{lang}.html"
    sample = str(SAMPLE.relative_to(ROOT))
    CliRunner().invoke(cli.main, ["check", sample, "--format", "html", "--lang", lang, "--output", str(out)])
    data = json.loads(CliRunner().invoke(cli.main, ["check", sample, "--format", "json"]).stdout)
    return out, data


@pytest.mark.parametrize("lang, heading", [("id", "Temuan"), ("en", "Findings")])
def test_findings_render_offline_on_a_phone(browser, tmp_path, monkeypatch, lang, heading):
    monkeypatch.chdir(ROOT)
    page_file, data = _report(tmp_path, lang)
    page = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    outside = []

    def guard(route):
        if not route.request.url.startswith("file://"):
            outside.append(route.request.url)
            return route.abort()
        return route.continue_()

    page.route("**/*", guard)
    page.goto(page_file.as_uri())
    assert page.locator("article.finding").count() == len(data["findings"])
    assert page.get_by_role("heading", name=f"{heading} ({len(data['findings'])})").is_visible()
    assert page.locator("article.finding mark").count() > len(data["findings"])
    # nothing wider than the phone's screen but the scrollable tables
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert outside == []
    if lang == "id":
        target = ROOT / "docs" / "html-report.png" if os.environ.get("CEKDATA_UPDATE_SCREENSHOT") \
            else tmp_path / "html-report.png"
        page.screenshot(path=str(target))
        assert target.stat().st_size > 10_000
    page.close()
