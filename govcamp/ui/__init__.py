"""The desktop window: the only package that imports PySide6."""

from govcamp.ui.binding import guard as _guard

# Before anything paints (see govcamp/ui/binding.py: a binding fault that would otherwise abort the window).
_guard()
