"""Refresh the core's message catalogues (``resources/translations/messages/*.po``) from the code.

Babel extracts what the Qt-free core marks for the window (``_()``, ``N_()``, ``ngettext()`` from
``govcamp.domain.words``) and merges it into each catalogue, keeping what is translated. Messages no longer
in the code are dropped and no source lines are written, so the file changes only when the words do and a
test can compare the catalogue with the code. Run through ``scripts/update-translations``; with a folder
argument it updates the ``.po`` files in that folder instead (the stale-catalogue test runs it on a copy).

Not the window (``govcamp/ui``: Qt's ``.ts``) and not the command line (``govcamp/cli``: it stays English,
so scripts read the same words whatever the desktop speaks). ``govcamp/exports`` is read for ``_`` only: its
``N_`` and ``ngettext`` mark the printed words, which have their own catalogue (``translations/exports``).
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "translations" / "messages"
CORE = ("domain", "store", "services", "web")
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}
EXPORTS_KEYWORDS = {"_": None}


def template() -> Catalog:
    """Every message the core marks, in the order Babel finds them (files sorted), without locations."""
    found = Catalog(fuzzy=False)
    packages = [(name, KEYWORDS) for name in CORE] + [("exports", EXPORTS_KEYWORDS)]
    for package, keywords in sorted(packages):
        extracted = extract_from_dir(
            str(ROOT / "govcamp" / package),
            [("**.py", "python")],
            keywords=keywords,
            comment_tags=("Translators:",),
            strip_comment_tags=True,
        )
        for _file, _line, message, comments, context in extracted:
            found.add(message, None, auto_comments=comments, context=context)
    return found


def update(po: Path, messages: Catalog) -> None:
    """Merge ``messages`` into the catalogue at ``po``, keeping its translations and header."""
    language = po.stem
    with po.open("rb") as handle:
        catalogue = read_po(handle, locale=language)
    catalogue.update(messages, no_fuzzy_matching=True, update_creation_date=False)
    catalogue.obsolete.clear()
    with po.open("wb") as handle:
        write_po(handle, catalogue, no_location=True, omit_header=False, sort_output=True, width=110)


def main(folder: Path = CATALOGUES) -> None:
    """Update every ``.po`` in ``folder`` (none there: nothing to do)."""
    messages = template()
    for po in sorted(folder.glob("*.po")):
        update(po, messages)


if __name__ == "__main__":
    main(Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else CATALOGUES)
