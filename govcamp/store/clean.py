"""Nothing unsafe is stored: every text a session writes loses its NULs, terminal escapes and bidi
overrides (see :mod:`govcamp.domain.safe_text`), whichever importer, form or command it came from.

One listener on every session's flush, so no path into the file can forget it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlmodel import Session

from govcamp.domain.safe_text import has_controls, strip_controls


def _any_controls(value: list[Any] | dict[Any, Any]) -> bool:
    """Whether any text inside a JSON value needs cleaning: one search over all of it, rather than
    rebuilding and comparing every list and dict of a draw's 200,000 applicants on each flush."""
    texts: list[str] = []
    stack: list[Any] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            texts.append(item)
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            texts.extend(key for key in item if isinstance(key, str))
            stack.extend(item.values())
    return has_controls("\n".join(texts))  # a line break is kept text, so it joins without adding any


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return strip_controls(value) if has_controls(value) else value
    if isinstance(value, list | dict) and not _any_controls(value):
        return value
    if isinstance(value, list):
        cleaned = [_clean(item) for item in value]
        return cleaned if cleaned != value else value
    if isinstance(value, dict):
        cleaned_dict = {_clean(k): _clean(v) for k, v in value.items()}
        return cleaned_dict if cleaned_dict != value else value
    return value


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for instance in (*session.new, *session.dirty):
        mapper = inspect(instance).mapper
        for attribute in mapper.column_attrs:
            value = getattr(instance, attribute.key, None)
            cleaned = _clean(value)
            if cleaned is not value:
                setattr(instance, attribute.key, cleaned)
