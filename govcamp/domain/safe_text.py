"""Text that is safe to keep and to show: no NULs, no terminal escape sequences, no bidi overrides.

A name pasted from a hostile spreadsheet can carry ``ESC [ 2 J`` (clears the terminal it is printed on),
a NUL (truncates it in C libraries) or U+202E RIGHT-TO-LEFT OVERRIDE (makes “exe.pdf” read as
“fdp.exe”). :func:`strip_controls` removes them from anything stored; :func:`for_terminal` makes any text
harmless to print, showing what was there.
"""

from __future__ import annotations

import re

# C0 controls but tab, line feed and carriage return; DEL; C1 controls (CSI is one); the bidi embeddings,
# overrides and isolates (the marks U+200E/U+200F stay: right-to-left names need them).
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Sequences first, so the parameters of an escape go with it rather than being left as litter.
_ESCAPES = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])|\x9b[0-?]*[ -/]*[@-~]"
)


def has_controls(text: str) -> bool:
    """Whether ``text`` holds anything :func:`strip_controls` would remove."""
    return _UNSAFE.search(text) is not None


def strip_controls(text: str) -> str:
    """``text`` without control characters (tab and line breaks kept), escape sequences or bidi overrides."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub("", _ESCAPES.sub("", text))


def for_terminal(text: str) -> str:
    """``text`` safe to print: every unsafe character shown as a visible ``\\u001b``-style escape (valid
    inside a JSON string too, so ``--json`` output stays JSON)."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


#: What a spreadsheet takes as the start of a formula (OWASP's CSV-injection list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: object) -> str:
    """``value`` as a CSV/XLSX cell no spreadsheet will run: one that would start a formula
    (``=HYPERLINK(…)``, ``+cmd|…``, ``@SUM(…)``) gets a leading apostrophe, which Excel, LibreOffice and
    Google Sheets show as text; everything else is kept exactly."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
