"""The services' messages in the window's language (issue 14): with Welsh chosen, a real bad input into a
real demo event is refused in the Welsh of ``resources/translations/messages/cy.po``, naming the person's
own file, line and value; in English (the command line's language) the words are exactly as before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from govcamp.domain.errors import GovcampError, NotFoundError
from govcamp.services import applicants, checkin, stars
from govcamp.services.demo import write_demo
from govcamp.services.language import CATALOGUES, use_language
from govcamp.services.tabular import UnreadableFileError
from govcamp.store.eventfile import EventDB, open_event
from tests.phones_data import people


def welsh(msgid: str) -> str:
    """The catalogue's Welsh for ``msgid``, read with Babel's own PO reader (not govcamp's lookup)."""
    with (CATALOGUES / "cy.po").open("rb") as handle:
        message = read_po(handle, locale="cy").get(msgid)
    assert message is not None and message.string, f"no Welsh for {msgid!r}"
    assert isinstance(message.string, str)
    return message.string


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.govcamp"
    write_demo(path, applicants=20)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[EventDB]:
    """A copy of the demo event of this test's own (the tests change nothing, but files are sacred)."""
    path = tmp_path / "event.govcamp"
    path.write_bytes(demo_file.read_bytes())
    db = open_event(path)
    yield db
    db.close()


@pytest.fixture(params=["en", "cy"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The core's language for the test, English again afterwards whatever happens."""
    code = str(request.param)
    request.addfinalizer(lambda: use_language("en"))
    use_language(code)
    yield code


def test_a_csv_with_an_unclosed_quote_is_refused_in_the_chosen_language(
    demo: EventDB, tmp_path: Path, language: str
) -> None:
    path = tmp_path / "pobl-ceisiadau.csv"
    path.write_text(
        'Name,Email\nSiân Jones,sian@example.org\n"Ravi Patel,ravi@example.org\n'
        "Aled Hughes,aled@example.org\n",
        encoding="utf-8",
    )
    before = len(applicants.list_applicants(demo))
    with pytest.raises(UnreadableFileError) as caught:
        applicants.import_applicants(demo, path)
    message = str(caught.value)
    if language == "cy":
        template = welsh(
            "{name} has a quote opened on line {line} that is never closed; fix it and try again."
        )
        assert message == template.format(name="pobl-ceisiadau.csv", line=3)
        assert "linell 3" in message and "dyfynnod" in message  # Welsh, with the soft mutation after "ar"
    else:
        assert message == (
            "pobl-ceisiadau.csv has a quote opened on line 3 that is never closed; fix it and try again."
        )
    assert len(applicants.list_applicants(demo)) == before  # nothing was imported


def test_a_row_for_someone_who_already_applied_is_reported_in_the_chosen_language(
    demo: EventDB, tmp_path: Path, language: str
) -> None:
    someone = applicants.list_applicants(demo)[0]
    path = tmp_path / "again.csv"
    path.write_text(f"Name,Email\nNew Person,new@example.org\n{someone.full_name},{someone.email}\n")
    result = applicants.import_applicants(demo, path, dry_run=True)
    [problem] = [p for p in result.plan.problems if p.kind == "already_applied"]
    if language == "cy":
        assert problem.message == welsh("Line {line}: {email} has already applied.").format(
            line=3, email=someone.email
        )
        assert problem.message.startswith("Llinell 3: ")
    else:
        assert problem.message == f"Line 3: {someone.email} has already applied."


def test_an_unknown_code_at_the_desk_is_refused_in_the_chosen_language(demo: EventDB, language: str) -> None:
    with pytest.raises(NotFoundError) as caught:
        checkin.undo_check_in(demo, "  ZZZZ9999 ")
    message = str(caught.value)
    if language == "cy":
        assert message == welsh(
            "Nobody in this event is “{reference}” (give a check-in code, e-mail or id)."
        ).format(reference="ZZZZ9999")
        assert "“ZZZZ9999”" in message and "Does neb" in message
    else:
        assert message == "Nobody in this event is “ZZZZ9999” (give a check-in code, e-mail or id)."


def test_a_count_takes_the_welsh_plural_form_it_needs(demo: EventDB, language: str) -> None:
    from govcamp.domain.pitching import PitchInput
    from govcamp.services import pitches

    for _n in range(2):
        pitches.add_pitch(demo, PitchInput("Tai cymdeithasol", ("Siân",)))
    with pytest.raises(GovcampError) as caught:
        pitches.find_session(demo, "tai cymdeithasol")
    message = str(caught.value)
    if language == "cy":
        # Welsh counts two with the singular noun ("2 sesiwn"), where English says "2 sessions".
        assert message == "Mae 2 sesiwn o'r enw “tai cymdeithasol”; rhowch rif y sesiwn yn lle hynny."
    else:
        assert message == "2 sessions are called “tai cymdeithasol”; give the session's id instead."


def test_english_is_back_once_the_window_leaves_welsh(demo: EventDB) -> None:
    use_language("cy")
    try:
        with pytest.raises(NotFoundError, match=r"^Does neb"):
            checkin.undo_check_in(demo, "ZZZZ9999")
    finally:
        use_language("en")
    with pytest.raises(NotFoundError, match=r"^Nobody in this event"):
        checkin.undo_check_in(demo, "ZZZZ9999")


def test_the_star_limit_is_known_by_its_kind_whatever_the_words(demo: EventDB, language: str) -> None:
    """The phones' server tells the limit from other refusals by the error's class, not its (Welsh) words."""
    who = people(demo).checked_in[0][0]
    stars.set_max_stars(demo, 2)
    for starred in stars.stars_of(demo, who):
        stars.unstar(demo, who, starred)
    first, second, third = [c.session_id for c in stars.star_counts(demo)][:3]
    stars.star(demo, who, first)
    stars.star(demo, who, second)
    with pytest.raises(stars.StarLimitError) as caught:
        stars.star(demo, who, third)
    if language == "cy":
        assert str(caught.value) == (
            "Rydych wedi rhoi seren i 2 sesiwn, yr uchafswm a ganiateir: tynnwch seren oddi ar un yn gyntaf."
        )
    else:
        assert (
            str(caught.value) == "You have starred 2 sessions, the most allowed: take a star off one first."
        )
