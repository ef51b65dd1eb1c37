"""What makes a file an event file, importable without the database stack (see govcamp.store.eventfile).

The header's application id (``GVCP``) and SQLite's magic string sit in the first 100 bytes, so exports can
refuse to write over an event file, and a quick read can judge one, without importing SQLAlchemy.
"""

APPLICATION_ID = int.from_bytes(b"GVCP", "big")
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".govcamp"
