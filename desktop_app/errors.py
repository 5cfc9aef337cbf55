"""Domain errors: each carries a translated, human sentence naming the thing and the reason."""
from __future__ import annotations


class DocflowError(Exception):
    """Base of every error the core reports to a person."""


class NotFound(DocflowError):
    """A document, journal or other record does not exist."""


class InvalidInput(DocflowError):
    """Input that the user can correct (bad file, bad field value)."""


class ForbiddenTransition(DocflowError):
    """A document state change the state machine does not allow."""


class PermissionDenied(DocflowError):
    """The current user's roles do not allow the action."""


class NumberingError(DocflowError):
    """A registration number could not be issued."""


class StorageError(DocflowError):
    """The profile's disk or database could not complete the change."""
