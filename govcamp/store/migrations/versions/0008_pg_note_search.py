"""Notes search on a server: PostgreSQL's own full-text index over the notes, accents folded.

Event files search their notes through SQLite's FTS5 index ``note_fts`` (migration 0002, diacritics
removed). On PostgreSQL the same search uses an expression GIN index,
``to_tsvector('simple', govcamp_fold(body_md))``, where ``govcamp_fold`` is an IMMUTABLE function (an index
expression must be) that removes accents with the ``unaccent`` extension and turns every character that is
not a letter or digit into a space, so words are split where FTS5's ``unicode61`` tokenizer splits them
(an address like ``data.gov.uk`` is three words, not one "host" token as PostgreSQL's parser would make
it). The ``simple`` configuration lowercases and keeps every word: no stemming, no stop words, as FTS5.

A server where ``unaccent`` cannot be created (the contrib files missing, or a user not allowed to create
extensions) still gets the index: ``govcamp_fold`` then folds Latin letters with ``translate()`` over a
table made here from Unicode's decompositions, and says so in its ``COMMENT`` (``\\df+ govcamp_fold``).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

from govcamp.store.migrate import REVISIONS

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: The index expression; the search (govcamp/services/notes.py) repeats it exactly, so the index is used.
INDEX = "ix_note_search"
FALLBACK_NOTE = (
    "govcamp: accents folded by translate() for Latin letters only, because the unaccent extension "
    "could not be created on this server (install PostgreSQL's contrib files and run "
    "CREATE EXTENSION unaccent, then re-create this function)."
)


def latin_folds() -> tuple[str, str]:
    """The accented Latin letters (U+00C0–U+024F) and the plain letters they fold to, for ``translate()``."""
    accented, plain = [], []
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if base != char and len(base) == 1 and base.isascii() and base.isalpha():
            accented.append(char)
            plain.append(base)
    return "".join(accented), "".join(plain)


def fold_function(unaccent_schema: str | None) -> str:
    """``CREATE FUNCTION govcamp_fold(text)`` with unaccent (in ``unaccent_schema``), or the fallback."""
    if unaccent_schema is not None:
        # Schema-qualified, with the dictionary named: an index expression must not depend on search_path.
        schema = '"' + unaccent_schema.replace('"', '""') + '"'
        folded = f"{schema}.unaccent('{schema}.unaccent'::regdictionary, $1)"
    else:
        accented, plain = latin_folds()
        folded = f"translate($1, '{accented}', '{plain}')"
    return (
        "CREATE FUNCTION govcamp_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS "
        f"$$ SELECT regexp_replace({folded}, '[^[:alnum:]]+', ' ', 'g') $$"
    )


def _create_unaccent() -> str | None:
    """Create the unaccent extension if it can be; the schema it lives in, or None."""
    bind = op.get_bind()
    try:
        with bind.begin_nested():  # a savepoint: a refusal must not abort the migration's transaction
            bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS unaccent"))
    except sa.exc.DBAPIError:
        return None
    schema = bind.execute(
        sa.text(
            "SELECT nspname FROM pg_extension JOIN pg_namespace ON pg_namespace.oid = extnamespace "
            "WHERE extname = 'unaccent'"
        )
    ).scalar()
    return None if schema is None else str(schema)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {REVISIONS.index(revision) + 1}")
        return
    schema = _create_unaccent()
    op.execute(fold_function(schema))
    if schema is None:
        quoted = FALLBACK_NOTE.replace("'", "''")
        op.execute(f"COMMENT ON FUNCTION govcamp_fold(text) IS '{quoted}'")
    op.execute(f"CREATE INDEX {INDEX} ON note USING gin (to_tsvector('simple', govcamp_fold(body_md)))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA user_version = {REVISIONS.index(revision)}")
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    op.execute("DROP FUNCTION IF EXISTS govcamp_fold(text)")
    # The unaccent extension stays: it is harmless, and something else in the database may use it.
