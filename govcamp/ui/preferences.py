"""Edit ▸ Preferences…: the window's language, switched at once, without restarting."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from govcamp.ui import settings
from govcamp.ui.i18n import LANGUAGES, SYSTEM, fmt, system_language, translate, use_language


class PreferencesDialog(QDialog):
    """Preferences kept in QSettings; a new language applies as soon as it is picked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.language = QComboBox()
        self.language.setObjectName("language")
        # The languages by their own names, so a person who cannot read the current one still finds theirs.
        self.language.addItem("", SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        chosen = self.language.findData(settings.language())
        self.language.setCurrentIndex(max(chosen, 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the window's current language."""
        self.setWindowTitle(translate("preferences", "Preferences"))
        self.language_label.setText(translate("preferences", "&Language"))
        system = LANGUAGES[system_language()]
        self.language.setItemText(0, fmt(translate("preferences", "System default (%1)"), system))
        self.language.setAccessibleName(translate("preferences", "Language"))
        self.language.setAccessibleDescription(
            translate("preferences", "The language of the window; it changes as soon as you choose")
        )
        self.note.setText(
            translate(
                "preferences",
                "The Welsh translation is awaiting review by a Welsh speaker. "
                "Exports and messages from the event file stay in English for now.",
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self, index: int) -> None:
        choice = str(self.language.itemData(index))
        settings.set_language(choice)
        use_language(choice)
