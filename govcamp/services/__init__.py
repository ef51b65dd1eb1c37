"""Use cases: one database session per user action; plain values out, never ORM rows."""
