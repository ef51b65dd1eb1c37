"""Every kind of archive page passes axe-core (npm's, injected by selenium) in Debian's headless Chromium."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from govcamp.cli import main
from govcamp.services.demo import write_demo
from tests.browser import HAVE_CHROMIUM, chromium, needs_chromium

#: Where scripts/setup test puts npm's axe-core (GOVCAMP_AXE names another copy of axe.min.js).
AXE = Path(
    os.environ.get("GOVCAMP_AXE")
    or Path(__file__).parents[2] / ".venv" / "npm" / "node_modules" / "axe-core" / "axe.min.js"
)

pytestmark = needs_chromium

if HAVE_CHROMIUM:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait

#: Report every rule axe runs by default (WCAG 2.x A/AA and best practices such as landmark-unique).
RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {resultTypes: ["violations"]}).then(
    (result) => done(JSON.stringify(result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ") + ": " + n.failureSummary).slice(0, 5),
    })))),
    (error) => done(JSON.stringify([{id: "axe-error", help: String(error), nodes: []}])),
);
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("axe")
    event = folder / "demo.govcamp"
    write_demo(event)
    out = folder / "archive"
    assert main(["export", "archive", str(event), "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    assert AXE.is_file(), f"{AXE} is missing: scripts/setup test installs npm's axe-core there"
    profile = tmp_path_factory.mktemp("chromium-profile")
    with chromium(profile, "--window-size=1200,900") as driver:
        driver.set_script_timeout(60)
        yield driver


def violations(driver: WebDriver) -> list[dict[str, object]]:
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    found: list[dict[str, object]] = json.loads(driver.execute_async_script(RUN))
    return found


PAGE_KINDS = [
    "index.html",
    "search.html",
    "tags/index.html",
    "tags/climate.html",
    "session-noted",
    "session-bare",
]


def _page(site: Path, kind: str) -> Path:
    if not kind.startswith("session-"):
        return site / kind
    sessions = sorted((site / "sessions").glob("session-*.html"), key=lambda p: int(p.stem.split("-")[1]))
    noted = [p for p in sessions if "note-body" in p.read_text(encoding="utf-8")]
    bare = [p for p in sessions if p not in noted]
    chosen = noted if kind == "session-noted" else bare
    assert chosen, f"the demo has no {kind} page"
    return chosen[0]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_every_page_kind_has_no_axe_violation(site: Path, browser: WebDriver, kind: str, scheme: str) -> None:
    """In the light and the dark colour scheme (the archive follows the reader's), contrast included."""
    browser.execute_cdp_cmd(
        "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
    )
    browser.get(_page(site, kind).as_uri())
    assert browser.execute_script(f"return matchMedia('(prefers-color-scheme: {scheme})').matches")
    assert violations(browser) == []


def test_search_with_results_showing_has_no_axe_violation(site: Path, browser: WebDriver) -> None:
    browser.get((site / "search.html").as_uri())
    box = browser.find_element(By.CSS_SELECTOR, "input[type=search]")
    box.send_keys("housing", Keys.ENTER)
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results li"))
    assert violations(browser) == []
