"""The bundle's desktop entry, AppStream metainfo and dependencies, checked by the tools distributions use.

Each validator is also shown a deliberately broken file, so one that passes everything would fail here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
BROKEN = Path(__file__).with_name("broken")
APP_ID = "org.govcamp.Govcamp"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed (scripts/setup test installs it)")
    return path


def _metainfo(tmp_path: Path) -> Path:
    text = (LINUX / f"{APP_ID}.metainfo.xml.in").read_text(encoding="utf-8")
    filled = text.replace("@VERSION@", "0.1.0").replace("@DATE@", "2026-12-01")
    filled = filled.replace("@HOMEPAGE@", "https://govcamp.example")
    target = tmp_path / f"{APP_ID}.metainfo.xml"
    target.write_text(filled, encoding="utf-8")
    return target


def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_broken_desktop_entry_is_refused() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(BROKEN / "org.govcamp.Broken.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "NotACategory" in result.stdout


def test_metainfo_is_valid(tmp_path: Path) -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(_metainfo(tmp_path))],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # Warnings and errors are both failures for us; only pedantic remarks (the id's capital G) are allowed.
    assert not re.search(r"^[WE]: ", result.stdout, re.MULTILINE), result.stdout


def test_metainfo_launches_the_desktop_entry_and_has_a_release_and_rating(tmp_path: Path) -> None:
    text = _metainfo(tmp_path).read_text(encoding="utf-8")
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text
    assert '<release version="0.1.0" date="2026-12-01">' in text
    assert '<content_rating type="oars-1.1"/>' in text
    assert '<screenshot type="default">' in text


def test_broken_metainfo_is_refused() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(BROKEN / "org.govcamp.Broken.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert re.search(r"^E: ", result.stdout, re.MULTILINE), result.stdout


def _setup_list(name: str) -> set[str]:
    text = (ROOT / "scripts" / "setup").read_text(encoding="utf-8")
    match = re.search(rf"^{name}=\((.*?)\)$", text, re.MULTILINE | re.DOTALL)
    assert match, name
    words = re.sub(r"#[^\n]*", "", match.group(1)).split()
    return set(words)


def test_deb_depends_on_every_library_and_font_the_app_needs() -> None:
    depends = {
        line.split()[0]
        for line in (ROOT / "packaging" / "deb-depends").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    missing = (_setup_list("GOVCAMP_APT_QT") | _setup_list("GOVCAMP_APT_FONTS")) - depends
    assert not missing, f"packaging/deb-depends lacks {sorted(missing)}"


def test_smoke_test_fails_on_an_unexpected_line_on_standard_error(tmp_path: Path) -> None:
    # A stand-in "bundle" that answers --version but warns on standard error: the smoke test must fail.
    fake = tmp_path / "govcamp"
    fake.write_text('#!/bin/sh\necho "govcamp 0.0"\necho "QFont::setPointSize: Point size <= 0" >&2\n')
    fake.chmod(0o755)
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "smoke-test"), str(fake)], capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "QFont::setPointSize" in result.stderr


def test_smoke_test_fails_when_an_export_is_missing(tmp_path: Path) -> None:
    # This stand-in succeeds silently at everything but writes nothing: the missing outputs must fail it.
    fake = tmp_path / "govcamp"
    fake.write_text(
        '#!/bin/sh\ncase "$1" in --version) echo "govcamp 0.0";; info) echo \'{"sessions": 1}\';; esac\n'
    )
    fake.chmod(0o755)
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "smoke-test"), str(fake)], capture_output=True, text=True
    )
    assert result.returncode != 0
