"""The exceptions of the public API.

Every failure that digestparse reports is a ``DigestparseError``; its message
names the place (byte offset, record number, field) and what was expected.
``parse`` of a ``str`` never raises: odd text becomes noise, not an error.
"""

from __future__ import annotations

__all__ = ["DecodeError", "DigestparseError", "SchemaError", "UsageError"]


class DigestparseError(Exception):
    """Base class of every error digestparse raises on purpose."""


class DecodeError(DigestparseError, UnicodeError):
    """Bytes given to ``parse`` are not valid UTF-8.

    ``offset`` is the byte offset of the first byte that could not be decoded.
    """

    def __init__(self, message: str, *, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


class SchemaError(DigestparseError, ValueError):
    """Serialized records do not match the schema.

    ``record`` is the 1-based number of the offending record (``None`` when the
    document as a whole is wrong); ``field`` names the offending field, if any.
    """

    def __init__(
        self, message: str, *, record: int | None = None, field: str | None = None
    ) -> None:
        super().__init__(message)
        self.record = record
        self.field = field


class UsageError(DigestparseError, ValueError):
    """An argument has a value the function does not take: an unknown format
    name, an option out of range. The message lists what is accepted."""
