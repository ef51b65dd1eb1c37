"""A subject access export: everything held about one person, as JSON and as a page a person can read.

The page is rendered with Jinja's autoescape, so nothing a person typed (a name, a note) can become markup.
Both files are written beside their final names and renamed into place.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jinja2

from govcamp.domain.errors import GovcampError
from govcamp.domain.words import _
from govcamp.exports.outputs import OutputRefusedError, refusal, write_bytes
from govcamp.paths import RESOURCES
from govcamp.services.personal_data import SubjectAccess

TEMPLATES = RESOURCES / "templates" / "person"
KINDS = {
    "identity": "who you are",
    "profile": "about you",
    "special": "special category",
    "mentions": "free text",
    "none": "",
}
TABLE_TITLES = {
    "person": "About you",
    "ticket": "Your ticket",
    "interest": "Sessions you were interested in",
    "session_host": "Sessions you hosted",
}
COLUMN_LABELS = {
    "full_name": "Name",
    "badge_name": "Name on badge",
    "email": "E-mail",
    "email_normalised": "E-mail (as compared)",
    "organisation_type": "Organisation type",
    "first_timer": "First time at a govcamp",
    "access_needs": "Access needs",
    "dietary_needs": "Dietary needs",
    "consent_contact_in_qr": "Consent: contact card in badge QR",
    "consent_named_in_notes": "Consent: named in notes",
    "checkin_code": "Check-in code",
    "group_key": "Applied with (group)",
    "preferred_language": "Preferred language (cy Welsh, en English)",
}


def file_names(data: SubjectAccess) -> tuple[str, str]:
    stem = f"subject-access-person-{data.person_id}"
    return f"{stem}.json", f"{stem}.html"


def _label(name: str) -> str:
    return COLUMN_LABELS.get(name, name.replace("_", " ").capitalize())


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, indent=1, default=str)
    return str(value)


def render_html(data: SubjectAccess) -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    groups: dict[str, list[list[tuple[str, str, str]]]] = {}
    for row in data.rows:
        shown = [(_label(n), k, _shown(v)) for n, k, v in row.columns if not n.endswith("_id") and n != "id"]
        groups.setdefault(row.table, []).append(shown)
    return env.get_template("subject_access.html").render(
        event=data.event_name,
        name=data.full_name,
        generated=f"{data.generated_at:%d %B %Y at %H:%M} UTC",
        kinds=KINDS,
        groups=[
            {"title": TABLE_TITLES.get(table, table.replace("_", " ").capitalize()), "rows": rows}
            for table, rows in groups.items()
        ],
        mentions=[
            {
                "title": f"{m.table.replace('_', ' ')} {m.row}, {m.column.replace('_', ' ')}",
                "excerpts": m.excerpts,
            }
            for m in data.mentions
        ],
    )


def _write(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"), force=True)  # judged (and --force asked for) up front


def write_subject_access(data: SubjectAccess, folder: Path, *, force: bool = False) -> tuple[Path, Path]:
    """Write the JSON and HTML files into ``folder`` (made if missing); return their paths.

    Raises:
        GovcampError: ``folder`` is a file, an event file's sidecar name, a backup or a link; a file is in the
            way and ``force`` is false.
    """
    folder = Path(folder)
    reason = refusal(folder)
    if reason is not None:
        raise OutputRefusedError(reason)
    if folder.exists() and not folder.is_dir():
        raise GovcampError(_("{folder} is a file; give a folder for the export.").format(folder=folder))
    folder.mkdir(parents=True, exist_ok=True)
    json_name, html_name = file_names(data)
    targets = (folder / json_name, folder / html_name)
    for target in targets:
        reason = refusal(target)
        if reason is not None:
            raise OutputRefusedError(reason)
        if target.exists() and not force:
            raise GovcampError(
                _("{target} already exists; choose another folder or use --force.").format(target=target)
            )
    _write(targets[0], json.dumps(data.as_json(), ensure_ascii=False, indent=2, default=str) + "\n")
    _write(targets[1], render_html(data))
    return targets
