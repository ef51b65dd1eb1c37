"""What the window sends over AT-SPI, heard by a pure AT-SPI client on a private bus, as Orca would hear it.

The window runs on Xvfb with Qt's AT-SPI bridge, in its own D-Bus session (``scripts/orca-run --no-orca``);
``scripts/atspi-listen`` (Debian's python3-gi with Atspi, not our code's Qt) prints each event it receives.
The check-in result and the grid's pick-up must arrive both as an announcement (newer screen readers) and
as what Orca 43 speaks: a description change of the focused scan field, a notification shown again.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def can_listen() -> bool:
    tools = ("dbus-run-session", "Xvfb", "xdotool")
    if not all(shutil.which(tool) for tool in tools) or not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return False
    probe = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
    return subprocess.run(["/usr/bin/python3", "-c", probe], capture_output=True).returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(
    not can_listen(), reason="needs dbus-run-session, Xvfb, xdotool, at-spi2-core, gir1.2-atspi-2.0"
)
def test_the_desk_result_and_the_grid_pick_up_reach_an_atspi_client(tmp_path: Path) -> None:
    keys = ["ctrl+3", "wait:1", "type:NOPE-123", "Return", "ctrl+5", "wait:1", "Down", "Down", "Return"]
    subprocess.run(
        [str(ROOT / "scripts" / "orca-run"), str(tmp_path), "--no-orca", *keys],
        check=True,
        timeout=180,
        capture_output=True,
    )
    heard = (tmp_path / "atspi.txt").read_text(encoding="utf-8").splitlines()
    not_found = "'NOT FOUND: “NOPE-123”. No one in this event has that code"
    assert any(line.startswith("object:announcement [panel]") and not_found in line for line in heard), heard
    field = "object:property-change:accessible-description [text] 'Scan or search' = " + not_found
    assert any(line.startswith(field) for line in heard)
    # The grid's hint is a notification, shown again with the message: what Orca 43 speaks.
    carrying = [line for line in heard if "[notification] 'Carrying “" in line]
    assert any(line.startswith("object:announcement ") for line in carrying), carrying
    assert any(line.startswith("object:state-changed:showing ") for line in carrying), carrying
