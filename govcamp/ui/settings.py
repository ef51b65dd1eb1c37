"""Window state and preferences (QSettings); event data never lives here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from govcamp.paths import config_dir

MAX_RECENT = 10


def settings() -> QSettings:
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / "govcamp.ini"), QSettings.Format.IniFormat)


def recent_files() -> list[str]:
    value = settings().value("recent/files", [])
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value]
    return []


def add_recent(path: Path) -> list[str]:
    """Put ``path`` first in the recent files; return the new list."""
    text = str(Path(path).resolve())
    files = [text] + [f for f in recent_files() if f != text]
    settings().setValue("recent/files", files[:MAX_RECENT])
    return files[:MAX_RECENT]


def remove_recent(path: str) -> list[str]:
    files = [f for f in recent_files() if f != path]
    settings().setValue("recent/files", files)
    return files


def clear_recent() -> None:
    settings().setValue("recent/files", [])


def save_window(geometry: QByteArray, state: QByteArray) -> None:
    store = settings()
    store.setValue("window/geometry", geometry)
    store.setValue("window/state", state)


def window_geometry() -> tuple[QByteArray | None, QByteArray | None]:
    store = settings()
    geometry = store.value("window/geometry")
    state = store.value("window/state")
    return (
        geometry if isinstance(geometry, QByteArray) else None,
        state if isinstance(state, QByteArray) else None,
    )


def language() -> str:
    """The window's language as chosen in Preferences: ``system`` (the default), ``en`` or ``cy``."""
    value = str(settings().value("ui/language", "system"))
    return value if value in ("system", "en", "cy") else "system"


def set_language(choice: str) -> None:
    settings().setValue("ui/language", choice)
