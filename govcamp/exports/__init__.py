"""Exports: badges, calendars, schedule files and the notes archive (values in, files out)."""
