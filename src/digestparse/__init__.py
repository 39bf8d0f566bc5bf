"""digestparse: article listings pasted as plain text -> typed records, and back.

>>> import digestparse
>>> digest = digestparse.parse("Ferry Workers Win Their Pay Claim\\n\\n"
...                            "After six weeks the port authority gave way.\\n")
>>> digest[0].headline
'Ferry Workers Win Their Pay Claim'
"""

from __future__ import annotations

from .batch import Converted, convert_file
from .errors import DecodeError, DigestparseError, SchemaError, UsageError
from .formats import dumps, loads
from .options import Options
from .parser import iter_articles, parse
from .records import Article, Decision, Digest, NoiseLine, Role
from .render import render

__all__ = [
    "Article",
    "Converted",
    "Decision",
    "DecodeError",
    "Digest",
    "DigestparseError",
    "NoiseLine",
    "Options",
    "Role",
    "SchemaError",
    "UsageError",
    "convert_file",
    "dumps",
    "iter_articles",
    "loads",
    "parse",
    "render",
]

__version__ = "0.1.0"
