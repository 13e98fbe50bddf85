"""Domain errors. The CLI turns each into one red line and a non-zero exit code, never a traceback."""

from __future__ import annotations


class TrackerError(Exception):
    """Base of every error a user can cause and should be told about in one line."""


class InputError(TrackerError):
    """An input file (or one line of it) cannot be read as an article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # worker processes send failures back pickled; the default would call InputError(message) alone
        return InputError, (self.source, self.reason)


class DatabaseError(TrackerError):
    """The database cannot be opened or is at the wrong schema revision."""


class SchemaOutdatedError(DatabaseError):
    """The database is at an older Alembic revision; the user must run `tracker db upgrade`."""


class NotFoundError(TrackerError):
    """A slug, person key or jurisdiction code that does not exist; the message suggests near ones."""
