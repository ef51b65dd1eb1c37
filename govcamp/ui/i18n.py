"""The window's languages: English and Welsh (Cymraeg), through Qt's translation.

Every string a person sees goes through :func:`translate` (``QCoreApplication.translate`` by a name
``pyside6-lupdate`` extracts, with the module's name as the context). Sentences with values in them
are written with ``%1``, ``%2``… and filled by :func:`fmt` after translation, so a translator can move
the values; counts use ``%n`` with ``n`` so each language gets its own plural forms (Welsh has six).

The ``.ts`` sources live in ``resources/translations/`` (``scripts/update-translations`` refreshes them
from the code). The compiled ``.qm`` files are never committed: ``packaging/build`` compiles them into
the bundle, and a source checkout compiles them with ``pyside6-lrelease`` into govcamp's cache folder the
first time they are needed, or again whenever a ``.ts`` is newer than its ``.qm``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from govcamp.paths import RESOURCES, cache_dir

TRANSLATIONS = RESOURCES / "translations"

#: The languages the window speaks: code → the language's own name (shown as is in every language).
LANGUAGES: dict[str, str] = {"en": "English", "cy": "Cymraeg"}

#: The Preferences value that follows the system's language.
SYSTEM = "system"

_PLACEHOLDER = re.compile(r"%(\d)")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language (``n`` picks the plural form and fills ``%n``)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is defined; :func:`translate` it where it is shown."""
    del context
    return text


def fmt(template: str, *values: object) -> str:
    """Fill ``%1``…``%9`` in a translated template in one pass (a value holding ``%2`` stays as it is)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)


def system_language() -> str:
    """Welsh if the system's locale is Welsh, else English."""
    return "cy" if QLocale.system().language() == QLocale.Language.Welsh else "en"


def resolve(choice: str) -> str:
    """The language a Preferences choice (``system``, ``en``, ``cy``) means on this machine."""
    return choice if choice in LANGUAGES else system_language()


def _bundled_qm(code: str) -> Path | None:
    # packaging/build compiles the .qm files beside the .ts sources inside the frozen bundle.
    qm = TRANSLATIONS / f"govcamp_{code}.qm"
    return qm if qm.exists() and getattr(sys, "frozen", False) else None


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def qm_file(code: str) -> Path | None:
    """The compiled translation of ``code``, compiling it first when it is missing or older than its .ts."""
    bundled = _bundled_qm(code)
    if bundled is not None:
        return bundled
    source = TRANSLATIONS / f"govcamp_{code}.ts"
    if not source.exists():
        return None
    target = cache_dir() / "translations" / f"govcamp_{code}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None:
        return target if target.exists() else None
    target.parent.mkdir(parents=True, exist_ok=True)
    # Compiled beside the target and renamed, so two windows starting at once never read half a file.
    partial = target.with_suffix(".qm.part")
    done = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(partial)], capture_output=True, check=False
    )
    if done.returncode != 0 or not partial.exists():
        return target if target.exists() else None
    partial.replace(target)
    return target


class Translations:
    """The translator installed in the application; :meth:`use` switches language while it runs."""

    def __init__(self) -> None:
        self.code = "en"
        self.installed = False
        self._translator: QTranslator | None = None

    def use(self, choice: str) -> str:
        """Install the language ``choice`` means (every window gets LanguageChange); return its code."""
        app = QCoreApplication.instance()
        code = resolve(choice)
        if app is None:
            return code
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        translator = QTranslator(app)
        qm = qm_file(code)
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)
            self._translator = translator
        self.code = code
        self.installed = True
        # The core's own messages (errors, grid problems, progress) follow the window's language.
        from govcamp.services.language import use_language as speak_core

        speak_core(code)
        return code


#: The application's one set of translations.
translations = Translations()


def use_language(choice: str) -> str:
    """Switch the window's language (see :meth:`Translations.use`)."""
    return translations.use(choice)


def current_language() -> str:
    """The code of the language the window speaks now."""
    return translations.code
