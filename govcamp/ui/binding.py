"""Guards against faults of a particular Qt binding release that would crash the window for everyone.

PySide6 6.12.0 on Python 3.11 takes a reference away from ``None`` on every call that returns nothing
(``drawRect``, ``setPen``, ``save``, ``setText``…) and from ``True`` on every signal's ``emit()``. The Grid,
the badge preview and the check-in band make thousands of those a second, and every export's progress is a
signal, so after a while the count reaches zero and the interpreter aborts ("Fatal Python error:
none_dealloc", "bool_dealloc") in the middle of a morning. Python 3.12 and later make these singletons
immortal, so the fault cannot bite there; on 3.11 :func:`guard` gives each a reserve of references no
session can use up (2**40: at a million calls a second, twelve days), which is what 3.12 does by design.
PySide6 6.11.3 does not have the fault; its ``pyside6-lupdate`` would rewrite our Welsh plural forms, so the
release is not simply excluded.
"""

from __future__ import annotations

import ctypes
import sys

_RESERVE = 1 << 40
_guarded = False


def guard() -> None:
    """Make ``None``, ``True`` and ``False`` as good as immortal where they are not (once per process)."""
    global _guarded  # once per process: the reserve is added a single time
    if _guarded or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every CPython object: a Py_ssize_t at the object's address.
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _RESERVE
    _guarded = True
