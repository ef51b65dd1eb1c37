"""When govcamp cannot be sure how a file's text is encoded, the window asks — showing the line that gave
it doubt as it reads in each possible encoding, so the person chooses by what looks right."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QWidget

from govcamp.services.tabular import UnsureEncodingError
from govcamp.ui.i18n import fmt, translate

NAMES = {
    "utf-8": "UTF-8",
    "cp1252": "Windows (Western European)",
    "shift_jis": "Shift-JIS (Japanese)",
    "gb18030": "GB18030 (Chinese, simplified)",
    "big5": "Big5 (Chinese, traditional)",
    "euc-kr": "EUC-KR (Korean)",
    "euc-jp": "EUC-JP (Japanese)",
    "iso-8859-2": "ISO 8859-2 (Central European)",
    "koi8-r": "KOI8-R (Cyrillic)",
}


def choices(error: UnsureEncodingError) -> list[tuple[str, str]]:
    """``(label, encoding)`` for each way the file can be read, its doubtful line shown in each."""
    return [(f"{NAMES.get(code, code)}:  {line}", code) for code, line in error.readings]


def ask_encoding(parent: QWidget, error: UnsureEncodingError) -> str | None:
    """Ask which reading is right; the chosen encoding, or None when the person cancels."""
    options = choices(error)
    if not options:
        return None
    labels = [label for label, _code in options]
    chosen, ok = QInputDialog.getItem(
        parent,
        translate("encoding_question", "Which text is right?"),
        fmt(
            translate(
                "encoding_question",
                "govcamp cannot be sure how this file's text is encoded. Line %1 reads like this in each "
                "encoding it could be in; choose the one that looks right:",
            ),
            error.line,
        ),
        labels,
        0,
        False,
    )
    if not ok:
        return None
    return options[labels.index(chosen)][1]
