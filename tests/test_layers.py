"""The core must not know that Qt exists (STYLE.md): importing it loads no PySide6."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = ["govcamp.domain", "govcamp.store", "govcamp.services", "govcamp.exports", "govcamp.cli"]


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
