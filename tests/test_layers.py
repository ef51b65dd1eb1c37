"""The core must not know that Qt exists (STYLE.md): importing it loads no PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

CORE = [
    "govcamp.domain",
    "govcamp.store",
    "govcamp.services",
    "govcamp.exports",
    "govcamp.cli",
    "govcamp.web",
]


@pytest.mark.parametrize("package", CORE)
def test_core_package_does_not_load_qt(package: str) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"pkg = importlib.import_module({package!r})\n"
        "for info in pkgutil.walk_packages(getattr(pkg, '__path__', []), pkg.__name__ + '.'):\n"
        "    if '.migrations' not in info.name:\n"
        "        importlib.import_module(info.name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def _imports(path: Path) -> list[str]:
    """Every module a source file imports, at any depth (inside functions too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
            found.extend(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_the_window_reaches_the_store_only_through_services() -> None:
    """``govcamp/ui`` imports nothing from ``govcamp/store`` (issue 10): services open, copy and back up."""
    ui = Path(__file__).resolve().parents[1] / "govcamp" / "ui"
    sources = sorted(ui.rglob("*.py"))
    assert len(sources) > 10  # the rule looks at the real package
    offenders = {
        str(path.relative_to(ui)): name
        for path in sources
        for name in _imports(path)
        if name == "govcamp.store" or name.startswith("govcamp.store.")
    }
    assert offenders == {}


def test_the_phone_server_stands_beside_the_command_line() -> None:
    """``govcamp/web`` (issue 15) uses domain, services and exports like ``cli``: never the window or the
    store directly."""
    web = Path(__file__).resolve().parents[1] / "govcamp" / "web"
    sources = sorted(web.rglob("*.py"))
    assert len(sources) >= 3
    offenders = {
        str(path.relative_to(web)): name
        for path in sources
        for name in _imports(path)
        if name.startswith(("govcamp.ui", "govcamp.store", "govcamp.cli", "PySide6"))
    }
    assert offenders == {}
