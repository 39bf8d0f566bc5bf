"""Files -> records: ``convert_file`` and the reading and decoding it does.

``convert_file`` is what the command line runs for every input, and what a
cluster runs too: a pure function of its arguments (it reads the file and
returns data; it writes nothing), whose result pickles, so it can be mapped
over paths with ``concurrent.futures``, ``multiprocessing`` or ``dask.bag``.
A file that cannot be read or decoded gives a result with ``error`` set
instead of raising, so one bad file never costs a batch its good ones.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from .errors import DecodeError, UsageError
from .formats import dumps_batch
from .options import Options
from .parser import decode, parse
from .records import Article

__all__ = ["Converted", "convert_file", "decode_bytes", "find_inputs"]


@attrs.frozen
class Converted:
    """What ``convert_file`` made of one file: its articles, or why there are none.

    ``source`` is the path as given; ``error`` is ``None`` on success, else a
    one-line reason ("cannot read: …", "not valid UTF-8: … at offset 12").
    """

    source: str
    articles: tuple[Article, ...] = ()
    error: str | None = None

    def dumps(self, format: str = "jsonl", **feed: Any) -> str:
        """The articles as ``format``, each record naming this file and its position.

        ``feed``: the feed options of ``dumps`` for ``atom`` and ``jsonfeed``.
        """
        return dumps_batch([(self.source, self.articles)], format, **feed)


def decode_bytes(data: bytes, encoding: str = "utf-8") -> str:
    """Decode a file's bytes.

    ``"utf-8"`` (the default) takes UTF-8 with or without a BOM; ``"auto"``
    detects the encoding with charset-normalizer (cp1252, latin-1, UTF-16 …);
    any other name is a Python codec. Raises ``DecodeError`` with the byte
    offset, or ``UsageError`` for an unknown codec name.
    """
    if encoding.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig"):
        return decode(data)
    if encoding == "auto":
        return _detect(data)
    try:
        codec = codecs.lookup(encoding)
    except LookupError as exc:
        raise UsageError(
            f"unknown encoding {encoding!r}; give a Python codec name or 'auto'"
        ) from exc
    try:
        return data.decode(codec.name)
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not valid {codec.name}: byte {data[exc.start : exc.start + 1]!r} at offset "
            f"{exc.start} ({exc.reason})",
            offset=exc.start,
        ) from exc


def _detect(data: bytes) -> str:
    if data.startswith((b"\xef\xbb\xbf",)) or _is_utf8(data):
        return decode(data)
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("could not detect the encoding (not text?)", offset=0)
    return str(best).removeprefix("\ufeff")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def convert_file(
    path: str | Path, *, encoding: str = "utf-8", options: Options | None = None
) -> Converted:
    """Read one listing file and parse it; never raises for a bad file.

    ``encoding``: see ``decode_bytes``. The result pickles; ``result.dumps(f)``
    serializes it with ``source`` and ``position`` on every record.
    """
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return Converted(source, error=f"cannot read: {exc.strerror or exc}")
    try:
        text = decode_bytes(data, encoding)
    except DecodeError as exc:
        return Converted(source, error=f"cannot decode: {exc}")
    try:
        return Converted(source, parse(text, options=options).articles)
    except Exception as exc:  # a bug in digestparse must not cost a batch its good files
        return Converted(source, error=f"internal error, please report it: {exc!r}")


def find_inputs(paths: Iterable[str], pattern: str = "*.txt") -> Iterator[tuple[str, Path | None]]:
    """Expand paths: a folder gives its files matching ``pattern``, recursively, sorted.

    Yields ``(path, root)`` where ``root`` is the folder given on the command
    line (``None`` for a path given directly), so outputs can mirror the tree.
    Entries that match but cannot be read are yielded too: reading reports them.
    """
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for found in sorted(path.rglob(pattern)):
                if not found.is_dir():
                    yield str(found), path
        else:
            yield name, None
