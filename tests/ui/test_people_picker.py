"""Choosing people by name, e-mail or ticket code in a field with type-ahead."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from govcamp.domain.errors import ValidationError
from govcamp.services.applicants import ApplicantValue
from govcamp.ui.people_picker import PeopleField, entry

PEOPLE = [
    ApplicantValue(1, "Siân Williams", "sian@example.org", "", "", "accepted", checkin_code="K7Q2"),
    ApplicantValue(2, "Łukasz Nowak", "lukasz@example.org", "", "", "accepted", checkin_code="M3X9"),
    ApplicantValue(3, "Ann Lee", "ann@one.example", "", "", "accepted", checkin_code="A111"),
    ApplicantValue(4, "Ann Lee", "ann@two.example", "", "", "accepted", checkin_code="A222"),
]


def test_each_way_of_naming_a_person_finds_them(qtbot: QtBot) -> None:
    field = PeopleField(multiple=True)
    qtbot.addWidget(field)
    field.set_people(PEOPLE)
    field.setText("siân williams; M3X9; ann@two.example; " + entry(PEOPLE[2]))
    assert field.person_ids() == [1, 2, 4, 3]
    field.setText("Ann Lee")
    with pytest.raises(ValidationError, match="More than one person is called “Ann Lee”"):
        field.person_ids()
    field.setText("12")  # an id is not a way people know each other
    with pytest.raises(ValidationError, match="Nobody the event knows matches “12”"):
        field.person_ids()


def test_completing_the_second_person_keeps_the_first(qtbot: QtBot) -> None:
    field = PeopleField(multiple=True)
    qtbot.addWidget(field)
    field.set_people(PEOPLE)
    field.setText("Siân Williams; łuk")
    completer = field.completer()
    assert completer.splitPath(field.text()) == ["łuk"]
    completer.setCompletionPrefix("łuk")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Siân Williams; " + entry(PEOPLE[1])
    # What the line becomes when that person is chosen from the list (an index of the people model).
    source = completer.model().index(1, 0)
    assert completer.pathFromIndex(source) == "Siân Williams; " + entry(PEOPLE[1])
