"""The core's messages shown in the window (errors, grid problems, progress lines, states): each goes through
``govcamp.domain.words._``, the catalogue ``resources/translations/messages/cy.po`` is current with the code,
and every message has its Welsh with the same placeholders (issue 14). No Qt here."""

from __future__ import annotations

import ast
import shutil
import string
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from govcamp.domain import schedule
from govcamp.domain.errors import ValidationError
from govcamp.services import language

ROOT = Path(__file__).resolve().parents[1]
CORE = ("domain", "store", "services", "exports", "web")
CATALOGUE = ROOT / "resources" / "translations" / "messages" / "cy.po"
SCRIPT = ROOT / "scripts" / "update_messages.py"
BASE_ERRORS = frozenset({"GovcampError", "ValidationError", "NotFoundError"})
MARKERS = frozenset({"_", "N_", "ngettext"})


def core_files() -> list[Path]:
    return sorted(path for package in CORE for path in (ROOT / "govcamp" / package).rglob("*.py"))


def error_classes(trees: Iterable[ast.Module]) -> set[str]:
    """The names of GovcampError and every class that derives from it (through any number of steps)."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {_name(base) for base in node.bases}
    found = set(BASE_ERRORS)
    while grown := {name for name, parents in bases.items() if parents & found} - found:
        found |= grown
    return found


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    return node.attr if isinstance(node, ast.Attribute) else ""


def _has_words(node: ast.expr) -> bool:
    """A text written here: a literal, an f-string, or one joined with ``+`` / ``%``."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and node.value.strip() != ""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _has_words(node.left) or _has_words(node.right)
    return False


def _messages_of(call: ast.Call) -> list[ast.expr]:
    """The arguments of an error that are its message (a ValidationError's first names the field)."""
    args = call.args[1:] if _name(call.func) == "ValidationError" else call.args
    return [*args, *(k.value for k in call.keywords if k.arg == "message")]


def bare_messages(tree: ast.Module, errors: set[str]) -> Iterator[ast.AST]:
    """Errors raised with words not wrapped in ``_()``, and ``super().__init__("…")`` in an error class."""
    for node in ast.walk(tree):
        raised = node.exc if isinstance(node, ast.Raise) else None
        messages = _messages_of(raised) if isinstance(raised, ast.Call) else []
        if isinstance(raised, ast.Call) and _name(raised.func) in errors and any(map(_has_words, messages)):
            yield node
        if isinstance(node, ast.ClassDef) and node.name in errors:
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "__init__"
                    and any(_has_words(arg) for arg in call.args)
                ):
                    yield call


def unextractable(tree: ast.Module) -> Iterator[ast.Call]:
    """``_()`` / ``N_()`` / ``ngettext()`` whose text Babel cannot read: an f-string, a ``.format()`` or
    a join inside the call. A name is allowed: a constant marked with ``N_()`` where it is defined."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in MARKERS:
            texts = node.args[:2] if node.func.id == "ngettext" else node.args[:1]
            for arg in texts:
                literal = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                named = node.func.id == "_" and isinstance(arg, ast.Name | ast.Attribute | ast.Subscript)
                if not (literal or named):
                    yield node


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}: {ast.unparse(node)[:90]}"


def test_every_error_in_the_core_is_worded_through_the_catalogue() -> None:
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in core_files()}
    errors = error_classes(trees.values())
    assert {"NotAnEventError", "OutputExistsError", "ChangedElsewhereError"} <= errors
    bare = [_where(path, node) for path, tree in trees.items() for node in bare_messages(tree, errors)]
    assert bare == [], "wrap these in _() from govcamp.domain.words, {name} for values:\n" + "\n".join(bare)
    unreadable = [_where(path, node) for path, tree in trees.items() for node in unextractable(tree)]
    assert unreadable == [], 'write _("… {name} …").format(name=…), not an f-string inside _():\n' + (
        "\n".join(unreadable)
    )


def test_the_checks_find_a_bare_error_and_an_f_string_in_the_marker() -> None:
    code = (
        "class LateError(GovcampError):\n"
        "    def __init__(self, n):\n"
        "        super().__init__(f'{n} minutes late')\n"  # 3
        "raise GovcampError('No rooms')\n"  # 4
        "raise NotFoundError(f'There is no room {name}')\n"  # 5
        "raise ValidationError('capacity', 'Too big: ' + str(n))\n"  # 6
        "raise LateError(3)\n"
        "raise ValidationError('name', _('A name is needed.'))\n"
        "raise GovcampError(_('There is no room {room}.').format(room=r))\n"
        "raise ValueError('a programming mistake, never shown')\n"
        "x = _(f'{n} rooms')\n"  # 11
        "y = _('{n} rooms'.format(n=n))\n"  # 12
        "z = ngettext('{n} room', f'{n} rooms', n)\n"  # 13
        "shown = _(LABELS[key])\n"
    )
    tree = ast.parse(code)
    errors = error_classes([tree])
    assert "LateError" in errors
    assert sorted(getattr(node, "lineno", 0) for node in bare_messages(tree, errors)) == [3, 4, 5, 6]
    assert [node.lineno for node in unextractable(tree)] == [11, 12, 13]


# ------------------------------------------------------------------------------------------- catalogue


def msgids(po: Path) -> list[object]:
    with po.open("rb") as handle:
        return [message.id for message in read_po(handle, locale="cy") if message.id]


def refresh(folder: Path) -> None:
    subprocess.run([sys.executable, str(SCRIPT), str(folder)], check=True, cwd=ROOT, timeout=120)


def test_the_catalogue_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    shutil.copy(CATALOGUE, tmp_path / "cy.po")
    refresh(tmp_path)
    assert msgids(tmp_path / "cy.po") == msgids(CATALOGUE), (
        "messages/cy.po is out of date with the code: "
        "run scripts/update-translations and translate what is new"
    )
    # Nothing else moves either (no dates, no line numbers): the refresh of a current catalogue is quiet.
    assert (tmp_path / "cy.po").read_bytes() == CATALOGUE.read_bytes()


def test_a_stale_catalogue_is_noticed_and_refreshed_keeping_the_welsh(tmp_path: Path) -> None:
    text = CATALOGUE.read_text(encoding="utf-8")
    first = text.index('\nmsgid "', text.index("\n\n"))  # the first message after the header
    end = text.index("\n\n", first + 1)
    removed = text[first:end]
    stale = text[:first] + text[end:] + '\nmsgid "A message the code no longer has."\nmsgstr "Hen neges."\n'
    (tmp_path / "cy.po").write_text(stale, encoding="utf-8")
    before = msgids(tmp_path / "cy.po")
    assert before != msgids(CATALOGUE)
    refresh(tmp_path)
    after = msgids(tmp_path / "cy.po")
    assert after == msgids(CATALOGUE)  # the missing one back, the gone one dropped (no obsolete entries)
    assert "A message the code no longer has." not in (tmp_path / "cy.po").read_text(encoding="utf-8")
    assert removed.strip().splitlines()[0] in (tmp_path / "cy.po").read_text(encoding="utf-8")
    assert 'msgstr ""' in (tmp_path / "cy.po").read_text(encoding="utf-8").split("\n\n", 1)[1]


def fields(text: str) -> list[str]:
    """The ``{name!r:spec}`` placeholders of a message, sorted (what ``.format()`` fills)."""
    found = []
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            found.append(f"{name}!{conversion or ''}:{spec or ''}")
    return sorted(set(found))


def translation_problems(po: Path) -> list[str]:
    """Messages without Welsh, plural messages without all six Welsh forms, placeholders that differ."""
    with po.open("rb") as handle:
        catalogue = read_po(handle, locale="cy")
    problems = []
    for message in catalogue:
        if not message.id:
            continue
        english = message.id if isinstance(message.id, str) else message.id[-1]
        singular = message.id if isinstance(message.id, str) else message.id[0]
        forms = [message.string] if isinstance(message.string, str) else list(message.string)
        # Babel gives a plural message all six Welsh forms (zero … other), empty when not written.
        if any(not form.strip() for form in forms):
            problems.append(f"no Welsh for {singular!r}")
        problems += [
            f"placeholders differ in {singular!r}: {form!r}"
            for form in forms
            if form.strip() and fields(form) != fields(english)
        ]
        if message.fuzzy:
            problems.append(f"fuzzy {singular!r}")
    return problems


def test_every_message_has_its_welsh_with_the_same_placeholders() -> None:
    assert len(msgids(CATALOGUE)) > 100
    assert "awaiting review by a Welsh speaker" in CATALOGUE.read_text(encoding="utf-8").split("msgid", 1)[0]
    assert translation_problems(CATALOGUE) == []


def test_the_translation_check_finds_a_missing_welsh_and_a_lost_placeholder(tmp_path: Path) -> None:
    header = CATALOGUE.read_text(encoding="utf-8").split("\n\n", 1)[0]
    planted = tmp_path / "cy.po"
    planted.write_text(
        header + "\n\n"
        'msgid "There is no room “{room}”."\nmsgstr "Nid oes ystafell."\n\n'
        'msgid "Nothing to arrange."\nmsgstr ""\n\n'
        'msgid "{n} session"\nmsgid_plural "{n} sessions"\n'
        'msgstr[0] "{n} sesiwn"\nmsgstr[1] "{n} sesiwn"\n\n'
        'msgid "Done."\nmsgstr "Wedi gorffen."\n',
        encoding="utf-8",
    )
    assert translation_problems(planted) == [
        "placeholders differ in 'There is no room “{room}”.': 'Nid oes ystafell.'",
        "no Welsh for 'Nothing to arrange.'",
        "no Welsh for '{n} session'",
    ]


# ------------------------------------------------------------------------------------------ in use


@pytest.fixture
def welsh() -> Iterator[None]:
    language.use_language("cy")
    yield
    language.use_language("en")


@pytest.mark.usefixtures("welsh")
def test_a_core_error_speaks_welsh_after_use_language_and_english_again_after() -> None:
    with pytest.raises(ValidationError) as raised:
        schedule.clean_text("  ", "room name", required=True)
    assert str(raised.value) == "Ni all enw'r ystafell fod yn wag."  # the field named in Welsh too
    language.use_language("en")
    with pytest.raises(ValidationError) as raised:
        schedule.clean_text("  ", "room name", required=True)
    assert str(raised.value) == "The room name cannot be empty."
