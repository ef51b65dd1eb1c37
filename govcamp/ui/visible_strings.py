"""Where the window's source passes text a person sees: the calls the translation checks walk.

Used by ``tests/ui/test_translatable.py`` (and nothing at run time): a string literal or f-string given
to one of these calls must be wrapped in :func:`govcamp.ui.i18n.translate` instead.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

#: Methods whose argument at each index is text on screen.
METHOD_ARGS: dict[str, tuple[int, ...]] = {
    **dict.fromkeys(
        (
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setPlaceholderText",
            "setStatusTip",
            "setWhatsThis",
            "setAccessibleName",
            "setAccessibleDescription",
            "setTitle",
            "setLabelText",
            "setInformativeText",
            "setDetailedText",
            "showMessage",
            "setSpecialValueText",
            "setSuffix",
            "setPrefix",
            "addMenu",
            "addRow",
            "addItem",
            "addAction",
            "addButton",
            "setCancelButtonText",
            "set_facts",
            "say",
        ),
        (0,),
    ),
    "setTabText": (1,),
    "_action": (1,),
    "_button": (0, 1),
    "show_result": (1, 2, 3),
    "show_error": (0,),
    "make_controls": (0,),
    "_say": (0,),
    "show_idle": (0,),
    "_status": (0,),
    "_label": (0,),
    "show_page": (2,),
    "confirm": (0, 1),
    "drawText": (1, 2),
    "run_with_progress": (1,),
    "setTabToolTip": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "setItemText": (1,),
    "warning": (1, 2),
    "information": (1, 2),
    "question": (1, 2),
    "critical": (1, 2),
    "about": (1, 2),
    "getOpenFileName": (1, 3),
    "getSaveFileName": (1, 3),
    "getExistingDirectory": (1,),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    # Undo commands and dialogs name themselves through their base class; Action.long names long work.
    "__init__": (0,),
    "long": (0,),
}

#: govcamp's own calls whose arguments at each index are shown: an action's title is the Undo menu's text.
OWN_CALLS: dict[str, tuple[int, ...]] = {
    "Action": (0,),
    "Reverse": (0,),
    "Confirm": (0, 1, 2),
    "GridChanged": (0,),
    "_grid_change": (0,),
    "_button": (0, 1),
    "name_corner_button": (1,),
    "DateField": (0,),
    "GovcampError": (0,),
    # Qt widgets with more than one text: a progress dialog's label and its Cancel button.
    "QProgressDialog": (0, 1),
}

#: Widgets whose first argument is their text.
CONSTRUCTORS = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QToolButton",
        "QAction",
        "QMenu",
        "QCommandLinkButton",
        "QToolBar",
        "QListWidgetItem",
    }
)

TRANSLATORS = frozenset({"translate", "tr"})


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def shown_text(call: ast.Call) -> Iterator[ast.expr]:
    """The argument expressions of ``call`` that end up on screen as text."""
    name = _name(call.func)
    if name in CONSTRUCTORS:
        indexes: tuple[int, ...] = (0,)
    elif isinstance(call.func, ast.Name) and name in OWN_CALLS:
        indexes = OWN_CALLS[name]
    elif isinstance(call.func, ast.Attribute) and name in METHOD_ARGS:
        indexes = METHOD_ARGS[name]
    else:
        return
    for index in indexes:
        if index < len(call.args):
            yield call.args[index]
    for keyword in call.keywords:
        if keyword.arg in ("text", "title", "yes", "question", "busy", "cancelled", "detail", "note", "name"):
            yield keyword.value


def literals(node: ast.expr) -> Iterator[ast.expr]:
    """The bare string literals and f-strings an expression can evaluate to (through ``a if c else b``, +)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if any(ch.isalpha() for ch in node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        if any(ch.isalpha() for ch in text):
            yield node
    elif isinstance(node, ast.IfExp):
        yield from literals(node.body)
        yield from literals(node.orelse)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        yield from literals(node.left)
        yield from literals(node.right)


def untranslated(tree: ast.AST) -> Iterator[ast.expr]:
    """Every string literal shown on screen without going through translation."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for arg in shown_text(node):
                yield from literals(arg)


def formatted_in_translate(tree: ast.AST) -> Iterator[ast.expr]:
    """f-strings and ``.format`` calls given to translate(): lupdate cannot extract them."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in TRANSLATORS:
            for arg in node.args[:2]:
                if isinstance(arg, ast.JoinedStr) or (
                    isinstance(arg, ast.Call) and _name(arg.func) == "format"
                ):
                    yield arg
