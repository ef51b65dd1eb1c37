"""govcamp: run a local government unconference from end to end on one laptop."""

__version__ = "0.1.0"
