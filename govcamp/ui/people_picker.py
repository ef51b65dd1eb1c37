"""Choosing people by name, ticket code or e-mail, with type-ahead — never by a database id.

:class:`PeopleField` is a line edit with a completer over everyone the event knows ("Siân Williams ·
sian@example.org · K7Q2"); several people are separated by semicolons. :meth:`PeopleField.person_ids`
turns what was typed or picked into people, and says in words which part matched nobody, or more than one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from govcamp.domain.errors import ValidationError
from govcamp.services.applicants import ApplicantValue
from govcamp.ui.i18n import fmt, translate

SEPARATOR = ";"


def entry(person: ApplicantValue) -> str:
    """How a person is offered in the completer: name, e-mail and check-in code."""
    return " · ".join(part for part in (person.full_name, person.email, person.checkin_code) if part)


class _LastPartCompleter(QCompleter):
    """Completes only what follows the last semicolon, and keeps what came before it."""

    def __init__(self, field: QLineEdit, multiple: bool) -> None:
        super().__init__(field)
        self.field = field
        self.multiple = multiple

    def splitPath(self, path: str) -> list[str]:
        return [path.split(SEPARATOR)[-1].strip()] if self.multiple else [path]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = super().pathFromIndex(index)
        if not self.multiple:
            return chosen
        before = [p.strip() for p in self.field.text().split(SEPARATOR)[:-1] if p.strip()]
        return f"{SEPARATOR} ".join([*before, chosen])


class PeopleField(QLineEdit):
    """Type a name, e-mail or ticket code; pick from the list that appears."""

    def __init__(self, *, multiple: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.multiple = multiple
        self._people: list[ApplicantValue] = []
        self._entries = QStringListModel(self)
        completer = _LastPartCompleter(self, multiple)
        completer.setModel(self._entries)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        hint = (
            "names, e-mails or ticket codes, separated by ;" if multiple else "a name, e-mail or ticket code"
        )
        self.setPlaceholderText(fmt(translate("people_picker", "Type %1"), hint))
        self.setToolTip(fmt(translate("people_picker", "Type %1; choose from the list that appears"), hint))

    def set_people(self, people: Sequence[ApplicantValue]) -> None:
        self._people = list(people)
        self._entries.setStringList([entry(p) for p in self._people])

    def _find(self, text: str) -> ApplicantValue:
        wanted = text.strip().casefold()
        tests = (
            lambda p: entry(p).casefold() == wanted,
            lambda p: bool(p.email) and p.email.casefold() == wanted,
            lambda p: bool(p.checkin_code) and p.checkin_code.casefold() == wanted,
            lambda p: p.full_name.casefold() == wanted or p.badge_name.casefold() == wanted,
        )
        for test in tests:
            found = [p for p in self._people if test(p)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise ValidationError(
                    "person", f"More than one person is called “{text.strip()}”: choose one from the list."
                )
        raise ValidationError(
            "person", f"Nobody the event knows matches “{text.strip()}”: type a name, e-mail or ticket code."
        )

    def person_ids(self) -> list[int]:
        """The people typed or picked, in order; ValidationError names a part that matches nobody."""
        parts = self.text().split(SEPARATOR) if self.multiple else [self.text()]
        ids: list[int] = []
        for part in parts:
            if part.strip():
                person = self._find(part)
                if person.id not in ids:
                    ids.append(person.id)
        return ids
