"""The archive from file:// in Debian's headless Chromium: search, follow, read; nothing hostile runs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from govcamp.cli import main
from govcamp.services.event import new_event
from tests.browser import HAVE_CHROMIUM, chromium, needs_chromium
from tests.conftest import DETAILS
from tests.exports.hostile import hostile_event

pytestmark = needs_chromium

if HAVE_CHROMIUM:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.remote.webdriver import WebDriver
    from selenium.webdriver.support.ui import WebDriverWait


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    folder = tmp_path_factory.mktemp("browser")
    event = folder / "camp.govcamp"
    new_event(event, DETAILS).close()
    ids = hostile_event(event)
    out = folder / "archive"
    assert main(["export", "archive", str(event), "-o", str(out)]) == 0
    return out, ids


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    profile = tmp_path_factory.mktemp("chromium-profile")
    with chromium(profile, "--window-size=1200,900") as driver:
        yield driver


def wait_for(driver: WebDriver, script: str) -> None:
    WebDriverWait(driver, 10).until(lambda d: d.execute_script(script))


def assert_nothing_ran(driver: WebDriver) -> None:
    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        pytest.fail(f"an alert opened: {text}")
    except NoAlertPresentException:
        pass
    assert driver.execute_script("return window.__pwned === undefined && window.top.__pwned === undefined")
    assert driver.title != "PWNED"  # the payloads set exactly this; the escaped text merely contains it
    resources = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
    )
    assert all(str(url).startswith("file://") for url in resources), resources
    assert str(driver.current_url).startswith("file://")


def test_search_for_a_word_follow_the_result_and_read_the_note(
    browser: WebDriver, archive: tuple[Path, dict[str, int]]
) -> None:
    out, ids = archive
    browser.get((out / "index.html").as_uri())
    box = browser.find_element(By.ID, "site-search")
    box.send_keys("Marmalade", Keys.ENTER)
    wait_for(browser, "return document.querySelectorAll('#search-results li').length > 0")
    assert str(browser.current_url).endswith("search.html?q=Marmalade")
    results = browser.find_elements(By.CSS_SELECTOR, "#search-results li")
    assert len(results) == 1
    marks = [m.text for m in results[0].find_elements(By.TAG_NAME, "mark")]
    assert marks == ["marmalade"]
    assert "1 session matches" in browser.find_element(By.ID, "search-status").text
    results[0].find_element(By.CSS_SELECTOR, "h2 a").click()
    WebDriverWait(browser, 10).until(lambda d: "session-" in d.current_url)
    assert str(browser.current_url).endswith(f"sessions/session-{ids['hostile']}.html")
    note = browser.find_element(By.CSS_SELECTOR, ".note-body").text
    assert "Unique word for the search test: marmalade." in note
    heading = browser.find_element(By.TAG_NAME, "h1").text
    assert heading.startswith("<script>window.__pwned=1")
    assert_nothing_ran(browser)


def test_search_as_you_type_folds_accents(browser: WebDriver, archive: tuple[Path, dict[str, int]]) -> None:
    out, _ = archive
    browser.get((out / "search.html").as_uri())
    box = browser.find_element(By.ID, "q")
    assert browser.switch_to.active_element == box
    box.send_keys("cafe broadb")
    wait_for(browser, "return document.querySelectorAll('#search-results li').length === 1")
    item = browser.find_element(By.CSS_SELECTOR, "#search-results li")
    assert item.find_element(By.CSS_SELECTOR, "h2 a").text == "Agile in councils"
    assert [m.text for m in item.find_elements(By.TAG_NAME, "mark")] == ["café", "broadb"]
    box.clear()
    box.send_keys("zzzzqqq")
    wait_for(browser, "return document.querySelectorAll('#search-results li').length === 0")
    assert "No session matches" in browser.find_element(By.ID, "search-status").text


def test_no_payload_runs_and_no_request_leaves_any_page(
    browser: WebDriver, archive: tuple[Path, dict[str, int]]
) -> None:
    out, _ = archive
    pages = sorted(out.rglob("*.html"))
    assert len(pages) >= 8
    for page in pages:
        browser.get(page.as_uri())
        # Hover and focus everything, so handlers that wait for a person would fire too.
        browser.execute_script(
            "document.querySelectorAll('*').forEach(function (e) {"
            " e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
            " if (e.focus) { e.focus(); } });"
        )
        assert_nothing_ran(browser)
    for query in ("pwned", "script", "svg onload", "7*7", "javascript", "iframe"):
        browser.get((out / "search.html").as_uri() + "?q=" + query)
        wait_for(browser, "return document.getElementById('search-status').textContent.length > 0")
        assert browser.find_elements(By.CSS_SELECTOR, "#search-results li"), query
        assert_nothing_ran(browser)
    links = browser.execute_script(
        "var out = []; document.querySelectorAll('a[href]').forEach(function (a) { out.push(a.protocol); });"
        " return out;"
    )
    assert set(links) <= {"file:", "http:", "https:", "mailto:"}


def test_the_hostile_session_page_shows_payloads_as_text(
    browser: WebDriver, archive: tuple[Path, dict[str, int]]
) -> None:
    out, ids = archive
    browser.get((out / "sessions" / f"session-{ids['hostile']}.html").as_uri())
    body = browser.find_element(By.TAG_NAME, "body").text
    assert '<svg onload="window.__pwned=4"></svg>' in body
    assert "{{7*7}}" in body
    hrefs = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "main a")]
    assert "https://www.gov.uk/" in hrefs
    assert not [h for h in hrefs if h and h.lower().startswith(("javascript", "data", "vbscript"))]
    assert browser.find_elements(By.TAG_NAME, "img") == []
    assert_nothing_ran(browser)


def test_keyboard_reaches_the_skip_link_first(
    browser: WebDriver, archive: tuple[Path, dict[str, int]]
) -> None:
    out, _ = archive
    browser.get((out / "index.html").as_uri())
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    active = browser.switch_to.active_element
    assert active.text == "Skip to main content"
    active.send_keys(Keys.ENTER)
    assert browser.execute_script("return document.activeElement.id") == "main"
