"""Applicants as rows in a file: which column is which, what a valid row is, how people are matched.

Pure rules, no database: the import service reads a table (:mod:`govcamp.services.tabular`), maps its columns
with :func:`auto_map`, turns each row into an :class:`ApplicantRow` with :func:`parse_row`, and matches
people by :func:`normalise_email` (the same person) and :func:`likely_same_key` (perhaps the same person).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from govcamp.domain.enums import OrganisationType, Role
from govcamp.domain.errors import ValidationError
from govcamp.domain.lottery import Applicant
from govcamp.domain.words import _, plural

#: Every field a column can be mapped to, in the order the import dialog shows them.
FIELDS: tuple[str, ...] = (
    "first_name",
    "last_name",
    "full_name",
    "badge_name",
    "email",
    "organisation",
    "organisation_type",
    "pronouns",
    "first_timer",
    "role",
    "access_needs",
    "dietary_needs",
    "preferred_language",
)

FIELD_LABELS: dict[str, str] = {
    "first_name": "First name",
    "last_name": "Last name",
    "full_name": "Full name",
    "badge_name": "Name on badge",
    "email": "Email",
    "organisation": "Organisation",
    "organisation_type": "Organisation type",
    "pronouns": "Pronouns",
    "first_timer": "First time?",
    "role": "Role",
    "access_needs": "Access needs",
    "dietary_needs": "Dietary needs",
    "preferred_language": "Preferred language",
}

#: The longest value kept for each field; longer values are refused with a message rather than cut.
MAX_LENGTH: dict[str, int] = {
    "first_name": 200,
    "last_name": 200,
    "full_name": 300,
    "badge_name": 100,
    "email": 254,
    "organisation": 300,
    "organisation_type": 100,
    "pronouns": 60,
    "first_timer": 50,
    "role": 50,
    "access_needs": 4000,
    "dietary_needs": 2000,
    "preferred_language": 50,
}

# Header words seen in Eventbrite attendee reports, Tito, Google Forms, Microsoft Forms and our template.
# Matching ignores case, punctuation and spacing; the first field whose list holds the header wins.
_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "ticket first name", "given name", "forename", "first"),
    "last_name": ("last name", "ticket last name", "surname", "family name", "last"),
    "full_name": (
        "full name",
        "name",
        "your name",
        "ticket full name",
        "attendee name",
        "what is your name",
        "what's your name",
    ),
    "badge_name": ("badge name", "name on badge", "name for your badge", "what name should go on your badge"),
    "email": (
        "email",
        "email address",
        "e-mail",
        "e-mail address",
        "ticket email",
        "attendee email",
        "your email",
        "your email address",
        "what is your email address",
    ),
    "organisation": (
        "organisation",
        "organization",
        "company",
        "employer",
        "ticket company name",
        "company name",
        "organisation name",
        "organization name",
        "which organisation do you work for",
        "where do you work",
    ),
    "organisation_type": (
        "organisation type",
        "organization type",
        "sector",
        "type of organisation",
        "type of organization",
        "what kind of organisation do you work for",
    ),
    "pronouns": ("pronouns", "your pronouns", "what are your pronouns"),
    "preferred_language": (
        "language",
        "preferred language",
        "iaith",
        "dewis iaith",
        "iaith ddewisol",
        "language preference",
        "which language would you prefer",
        "welsh or english",
    ),
    "first_timer": (
        "first timer",
        "first time",
        "first govcamp",
        "is this your first govcamp",
        "have you been before",
        "first time at govcamp",
    ),
    "role": ("role", "ticket type", "ticket", "attendee type", "registration type"),
    "access_needs": (
        "access needs",
        "accessibility needs",
        "accessibility",
        "access requirements",
        "accessibility requirements",
        "do you have any access needs",
        "any access needs",
        "any accessibility needs",
    ),
    "dietary_needs": (
        "dietary needs",
        "dietary requirements",
        "diet",
        "dietary",
        "dietary restrictions",
        "do you have any dietary requirements",
        "any dietary requirements",
        "any dietary needs",
    ),
}

_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")
_NOT_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=65536)
def _key(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())


_ALIAS_INDEX: dict[str, str] = {}
for _field, _names in _ALIASES.items():
    for _name in _names:
        _ALIAS_INDEX.setdefault(_key(_name), _field)


def auto_map(header: Sequence[str]) -> dict[str, int]:
    """Map fields to column indexes by their headers; each field and each column is used at most once."""
    mapping: dict[str, int] = {}
    for index, title in enumerate(header):
        field = _ALIAS_INDEX.get(_key(title))
        if field is None:
            # Forms prefix questions ("1. What is your email address?") or add hints in brackets.
            stripped = _key(re.sub(r"\(.*?\)", "", re.sub(r"^\s*\d+[.)]\s*", "", title)))
            field = _ALIAS_INDEX.get(stripped)
        if field is not None and field not in mapping:
            mapping[field] = index
    return mapping


def apply_manual(
    mapping: Mapping[str, int], header: Sequence[str], manual: Mapping[str, str]
) -> dict[str, int]:
    """Override ``mapping`` with ``FIELD=COLUMN`` choices; COLUMN is a header or a 1-based number."""
    result = dict(mapping)
    for field, column in manual.items():
        if field not in FIELDS:
            raise ValidationError(
                "map",
                _("“{field}” is not a field; use one of {value}.").format(
                    field=field, value=", ".join(FIELDS)
                ),
            )
        index = _column_index(header, column)
        if index is None:
            raise ValidationError(
                "map", _("The file has no column “{column}” for {field}.").format(column=column, field=field)
            )
        for other, other_index in list(result.items()):
            if other_index == index and other != field:
                del result[other]
        result[field] = index
    return result


def _column_index(header: Sequence[str], column: str) -> int | None:
    wanted = _key(column)
    for index, title in enumerate(header):
        if _key(title) == wanted:
            return index
    if column.strip().isdigit() and 1 <= int(column) <= len(header):
        return int(column) - 1
    return None


def missing_fields(mapping: Mapping[str, int]) -> list[str]:
    """What a mapping lacks to make an applicant: an email column, and a name (full, or first and last)."""
    missing: list[str] = []
    if "full_name" not in mapping and "first_name" not in mapping and "last_name" not in mapping:
        missing.append("full_name")
    if "email" not in mapping:
        missing.append("email")
    return missing


def clean_email(email: str) -> str:
    """An email as typed, tidied: trimmed, without ``mailto:`` or angle brackets."""
    text = unicodedata.normalize("NFKC", email).strip().strip("<>").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:].strip()
    return text


def summary(rows: int, new: int, invalid: int, duplicates: int, already: int, likely: int) -> str:
    """One line saying what an import found."""
    return (
        f"{plural(rows, 'row')}: {new:,} new, {invalid:,} invalid, "
        f"{plural(duplicates, 'duplicate')} in the file (merged), {already:,} already applied, "
        f"{plural(likely, 'likely duplicate')} to check."
    )


def normalise_email(email: str) -> str:
    """The form two emails are compared in: :func:`clean_email`, lower case."""
    return clean_email(email).casefold()


def _fold_name(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", unicodedata.normalize("NFKC", plain).casefold()).split())


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """A name for comparing: accents folded, case and punctuation ignored, titles kept."""
    return _fold_name(name)


@lru_cache(maxsize=65536)
def normalise_organisation(organisation: str) -> str:
    text = normalise_name(organisation)
    text = re.sub(r"\b(the|ltd|limited|plc|llp|cic)\b", " ", text)
    return " ".join(text.replace(" and ", " ").split())


def likely_same_key(full_name: str, organisation: str) -> str:
    """Two people with this key but different emails are probably one person applying twice."""
    # People's names are nearly all different, so caching them only pushed the organisations (few, and
    # repeated) out of the caches once a list passed 65,536 people; they are folded afresh instead.
    return _fold_name(full_name) + "\x1f" + normalise_organisation(organisation)


def valid_email(email: str) -> bool:
    return bool(_EMAIL.match(email)) and ".." not in email and len(email) <= MAX_LENGTH["email"]


_YES = {
    "yes",
    "y",
    "true",
    "1",
    "x",
    "first time",
    "first timer",
    "yes it is",
    "yes, it is",
    "yes this is my first",
}
_YES_KEYS = frozenset(_key(word) for word in _YES)
_ORG_TYPES: dict[str, str] = {
    "local government": OrganisationType.LOCAL_GOVERNMENT.value,
    "local gov": OrganisationType.LOCAL_GOVERNMENT.value,
    "local authority": OrganisationType.LOCAL_GOVERNMENT.value,
    "council": OrganisationType.LOCAL_GOVERNMENT.value,
    "central government": OrganisationType.CENTRAL_GOVERNMENT.value,
    "central gov": OrganisationType.CENTRAL_GOVERNMENT.value,
    "civil service": OrganisationType.CENTRAL_GOVERNMENT.value,
    "public sector": OrganisationType.PUBLIC_SECTOR.value,
    "nhs": OrganisationType.PUBLIC_SECTOR.value,
    "charity": OrganisationType.CHARITY.value,
    "voluntary sector": OrganisationType.CHARITY.value,
    "third sector": OrganisationType.CHARITY.value,
    "supplier": OrganisationType.SUPPLIER.value,
    "private sector": OrganisationType.SUPPLIER.value,
    "academic": OrganisationType.ACADEMIC.value,
    "university": OrganisationType.ACADEMIC.value,
    "academia": OrganisationType.ACADEMIC.value,
}
_ROLES: dict[str, str] = {
    "organiser": Role.ORGANISER.value,
    "organizer": Role.ORGANISER.value,
    "volunteer": Role.VOLUNTEER.value,
    "sponsor": Role.SPONSOR.value,
    "host": Role.HOST.value,
}


@lru_cache(maxsize=1024)
def organisation_type(text: str) -> str:
    key = _key(text)
    if not key:
        return OrganisationType.OTHER.value
    for value in OrganisationType:
        if key == _key(value.value):
            return value.value
    return _ORG_TYPES.get(key, OrganisationType.OTHER.value)


@lru_cache(maxsize=1024)
def role(text: str) -> str:
    key = _key(text)
    for word, value in _ROLES.items():
        if word in key.split() or key == word:
            return value
    return Role.ATTENDEE.value


@lru_cache(maxsize=1024)
def first_timer(text: str) -> bool:
    return _key(text) in _YES_KEYS


@dataclass(frozen=True, slots=True)
class ApplicantRow:
    """A valid row, ready to become a person."""

    line: int
    full_name: str
    email: str
    email_normalised: str
    badge_name: str = ""
    organisation: str = ""
    organisation_type: str = OrganisationType.OTHER.value
    pronouns: str = ""
    first_timer: bool = False
    role: str = Role.ATTENDEE.value
    access_needs: str = ""
    dietary_needs: str = ""
    #: "cy", "en" or "" (not said): see :func:`preferred_language`.
    preferred_language: str = ""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or worth a look) in an imported file; ``line`` is 1-based."""

    line: int
    #: missing_name, missing_email, invalid_email, too_long (errors); duplicate_in_file, already_applied,
    #: likely_duplicate (reported, not errors)
    kind: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.kind in ERROR_KINDS


ERROR_KINDS = frozenset({"missing_name", "missing_email", "invalid_email", "too_long"})


def parse_row(line: int, values: Sequence[str], mapping: Mapping[str, int]) -> ApplicantRow | list[Problem]:
    """Turn one row into an applicant, or into the problems that stop it."""

    width = len(values)
    # Each mapped value stripped once (a row was twenty look-ups through a closure).
    texts = {field: values[index].strip() if index < width else "" for field, index in mapping.items()}

    def get(field: str) -> str:
        return texts.get(field, "")

    problems: list[Problem] = []
    for field, text in texts.items():
        if len(text) > MAX_LENGTH[field]:
            problems.append(
                Problem(
                    line,
                    "too_long",
                    f"Line {line}: the {FIELD_LABELS[field].lower()} is {len(text):,} characters long; "
                    f"the most kept is {MAX_LENGTH[field]:,}.",
                )
            )
    full_name = " ".join(get("full_name").split())
    if not full_name:
        full_name = " ".join(f"{get('first_name')} {get('last_name')}".split())
    if not full_name:
        problems.append(Problem(line, "missing_name", f"Line {line}: no name."))
    email = normalise_email(get("email"))
    if not email:
        problems.append(Problem(line, "missing_email", f"Line {line}: no email address."))
    elif not valid_email(email):
        problems.append(
            Problem(line, "invalid_email", f"Line {line}: “{get('email')[:80]}” is not an email address.")
        )
    if problems:
        return problems
    return ApplicantRow(
        line=line,
        full_name=full_name,
        email=clean_email(get("email")),
        email_normalised=email,
        badge_name=get("badge_name") or full_name,
        organisation=" ".join(get("organisation").split()),
        organisation_type=organisation_type(get("organisation_type")),
        pronouns=get("pronouns"),
        first_timer=first_timer(get("first_timer")),
        role=role(get("role")),
        access_needs=get("access_needs"),
        dietary_needs=get("dietary_needs"),
        preferred_language=preferred_language(get("preferred_language")),
    )


_WELSH = {"cy", "cym", "cy-gb", "cy_gb", "welsh", "cymraeg", "welsh cymraeg", "cymraeg welsh"}
_ENGLISH = {"en", "eng", "en-gb", "en_gb", "english", "saesneg", "english saesneg", "saesneg english"}


def preferred_language(text: str) -> str:
    """A preferred language as a sheet writes it (``Cymraeg``, ``Welsh``, ``cy``…): ``cy``, ``en`` or ""."""
    key = " ".join("".join(ch if ch.isalnum() or ch in "-_" else " " for ch in text.casefold()).split())
    if key in _WELSH or key.startswith(("cymraeg", "welsh")):
        return "cy"
    if key in _ENGLISH or key.startswith(("english", "saesneg")):
        return "en"
    return ""


# --------------------------------------------------------------------------------- for the lottery


def _short_hash(kind: str, text: str) -> str:
    return hashlib.sha256(f"govcamp-{kind}\0{text}".encode()).hexdigest()[:16]


def applicant_token(checkin_code: str) -> str:
    """The opaque id a person has in the lottery and its published record (not reversible to a person)."""
    return _short_hash("applicant", checkin_code)


def lottery_applicant(
    *,
    checkin_code: str,
    role: str,
    organisation: str,
    organisation_type: str,
    first_timer: bool,
    group_key: str | None,
) -> Applicant:
    """A person as the lottery sees them: hashed ids, organisation and group, no personal data."""
    org = normalise_organisation(organisation)
    return Applicant(
        id=applicant_token(checkin_code),
        role=role,
        organisation=_short_hash("organisation", org) if org else "",
        organisation_type=organisation_type,
        first_timer="yes" if first_timer else "no",
        group=_short_hash("group", group_key) if group_key else "",
    )
