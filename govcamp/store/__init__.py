"""Persistence: SQLModel tables, the engine for a SQLite file or a PostgreSQL URL, migrations, backups."""
