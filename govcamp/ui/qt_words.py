"""Qt's own words — standard buttons, text fields' context menus, the file dialog — in the window's language.

Qt ships no Welsh for qtbase, so a Welsh window would still offer "OK", "Cancel" and "Copy". Qt looks
these up with ``QCoreApplication.translate`` under its own contexts (``QPlatformTheme`` for a
QMessageBox's or QDialogButtonBox's standard buttons, ``QGnomeTheme`` for the same on a GNOME desktop,
``QLineEdit`` / ``QWidgetTextControl`` for the Undo…Select All menu of a text field, ``QFileDialog`` for
Qt's own file dialog), so marking the very source texts here puts them in ``govcamp_cy.ts`` beside
ours: ``pyside6-lupdate`` keeps them, our translator answers Qt's look-ups, and a language switch
retranslates them with the rest of the window. The texts must match Qt's exactly (checked against
Qt 6's ``qplatformtheme.cpp``, ``qgenericunixthemes.cpp``, ``qlineedit.cpp`` and ``qfiledialog.cpp``
by ``tests/ui/test_qt_words.py``, which watches Qt ask for them).

Nothing imports this at run time for its side effects; :data:`QT_WORDS` lists what is marked so the
test can check every one reads Welsh.
"""

from __future__ import annotations

from govcamp.ui.i18n import QT_TRANSLATE_NOOP

#: Standard buttons (QMessageBox, QDialogButtonBox) as the generic and KDE themes (and offscreen) name them.
PLATFORM_THEME: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
)

#: The few standard buttons a GNOME desktop names itself (with mnemonics); the rest fall back to the above.
GNOME_THEME: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
)

#: A message box's button for its detailed text (the error dialogs' "what happened").
MESSAGE_BOX: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
)

#: The right-click menu of a one-line field (and of a spin box's or date field's text).
LINE_EDIT: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
)

#: The right-click menu of the notes editor, the description and the other many-line fields.
TEXT_CONTROL: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
)

#: A spin box's two extra menu items.
SPIN_BOX: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
)

#: Qt's own file dialog (shown where the desktop offers none of its own, and under offscreen).
FILE_DIALOG: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File &name:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Open"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "All Files (*)"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Go to the parent directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create a New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to list view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Change to detail view mode"),
    QT_TRANSLATE_NOOP("QFileDialog", "Sidebar"),
    QT_TRANSLATE_NOOP("QFileDialog", "List of places and bookmarks"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Rename"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Delete"),
    QT_TRANSLATE_NOOP("QFileDialog", "Show &hidden files"),
    QT_TRANSLATE_NOOP("QFileDialog", "&New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Recent Places"),
)

#: The file dialog's columns and places.
FILE_SYSTEM_MODEL: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QFileSystemModel", "Name"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Size"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Type"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Date Modified"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Computer"),
)

#: The kinds of entry in the file dialog's Type column.
FILE_ICONS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)

#: Each of Qt's contexts and the texts marked in it.
BY_CONTEXT: dict[str, tuple[str, ...]] = {
    "QPlatformTheme": PLATFORM_THEME,
    "QGnomeTheme": GNOME_THEME,
    "QMessageBox": MESSAGE_BOX,
    "QLineEdit": LINE_EDIT,
    "QWidgetTextControl": TEXT_CONTROL,
    "QAbstractSpinBox": SPIN_BOX,
    "QFileDialog": FILE_DIALOG,
    "QFileSystemModel": FILE_SYSTEM_MODEL,
    "QAbstractFileIconProvider": FILE_ICONS,
}

#: (context, source) of every Qt text marked here.
QT_WORDS: tuple[tuple[str, str], ...] = tuple(
    (context, text) for context, texts in BY_CONTEXT.items() for text in texts
)
