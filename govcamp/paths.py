"""Where govcamp keeps its own files: settings, the demo event, backups.

``GOVCAMP_HOME`` moves all of them (tests point it into a temporary folder, so nothing touches the home
folder of whoever runs them).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def _home() -> Path | None:
    value = os.environ.get("GOVCAMP_HOME")
    return Path(value) if value else None


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir("govcamp", appauthor=False))


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir("govcamp", appauthor=False))


def backups_root() -> Path:
    """Where automatic backups of every event are kept, one folder per event file."""
    return data_dir() / "backups"


def demo_event_path() -> Path:
    """Where "Try the demo event" writes its event."""
    return data_dir() / "demo" / "localgovcamp-demo.govcamp"


def documents_dir() -> Path:
    home = _home()
    return home / "documents" if home else Path(platformdirs.user_documents_dir())


def cache_dir() -> Path:
    """Files govcamp can rebuild at any time (parsed fonts): safe to delete."""
    home = _home()
    return home / "cache" if home else Path(platformdirs.user_cache_dir("govcamp", appauthor=False))
