"""digestparse: article listings pasted as plain text -> typed records, and back.

    >>> import digestparse
    >>> digest = digestparse.parse("Ferry Workers Win Their Pay Claim\\n\\n"
    ...                            "After six weeks the port authority gave way.\\n")
    >>> digest[0].headline
    'Ferry Workers Win Their Pay Claim'
"""

from __future__ import annotations

from .errors import DecodeError, DigestparseError, SchemaError
from .options import Options
from .parser import parse
from .records import Article, Digest

__all__ = [
    "Article",
    "DecodeError",
    "Digest",
    "DigestparseError",
    "Options",
    "SchemaError",
    "parse",
]

__version__ = "0.1.0"
