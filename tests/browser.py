"""Headless Chromium for the tests that look at pages the way people do (the archive, axe-core, phones).

Debian's ``chromium`` and ``chromium-driver`` (installed by ``scripts/setup``) driven through Selenium; a
test module sets ``pytestmark = needs_chromium`` and opens a browser with :func:`chromium`.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from selenium.webdriver.remote.webdriver import WebDriver

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
HAVE_CHROMIUM = CHROMIUM.exists() and CHROMEDRIVER.exists()

needs_chromium = pytest.mark.skipif(
    not HAVE_CHROMIUM,
    reason="Debian's chromium and chromium-driver are not installed (scripts/setup installs them)",
)

# A quiet browser: no first-run pages, no updates or sync calling out, no sandbox (tests run as root).
QUIET = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


@contextmanager
def chromium(profile: Path, *arguments: str, mobile: dict[str, Any] | None = None) -> Iterator[WebDriver]:
    """A headless Chromium with its own profile folder (removed afterwards), plus ``arguments``.

    ``mobile`` is Chromium's ``mobileEmulation`` (e.g. ``{"deviceMetrics": {"width": 360, ...}}``).
    """
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (*QUIET, *arguments, f"--user-data-dir={profile}"):
        options.add_argument(argument)
    if mobile is not None:
        options.add_experimental_option("mobileEmulation", mobile)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
