"""``parse``: the pipeline from text to ``Digest``, one stage after another."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO

from .options import Options
from .records import Article, Digest, NoiseLine
from .stream import CHUNK, decode_chunks, decode_error, pieces, text_chunks

__all__ = ["decode", "iter_articles", "parse"]

_DEFAULT = Options()


def decode(data: bytes) -> str:
    """Decode UTF-8 bytes (a BOM allowed) or raise ``DecodeError`` with the byte offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        raise decode_error(data[:2], exc.start + bom, exc) from exc


def _options(options: Options | None) -> Options:
    if options is None:
        return _DEFAULT
    if not isinstance(options, Options):
        raise TypeError(f"options must be a digestparse.Options, not {type(options).__name__}")
    return options


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector, and resume it as it was.

    Parsing makes many small objects and no reference cycles: the collector
    would only walk them again and again (superlinear on huge inputs).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def parse(text: str | bytes, *, options: Options | None = None) -> Digest:
    """Parse a pasted listing into a ``Digest`` of ``Article`` records.

    ``text`` is the listing as pasted; ``bytes`` are decoded as UTF-8 (a BOM
    allowed). Never raises on a ``str``: what is not an article becomes noise.

    Raises ``DecodeError`` (with the byte offset) for bytes that are not UTF-8,
    and ``TypeError`` for anything that is neither ``str`` nor ``bytes``.
    """
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = decode(bytes(text))
    elif not isinstance(text, str):
        raise TypeError(
            f"parse() takes the listing as str or UTF-8 bytes, not {type(text).__name__}"
        )
    options = _options(options)
    articles: list[Article] = []
    noise: list[NoiseLine] = []
    with _no_cyclic_gc():
        for piece in pieces(text_chunks(text), options):
            articles += piece.articles
            noise += piece.noise
    return Digest(tuple(articles), text, tuple(noise), options)


def iter_articles(
    source: str | bytes | IO[str] | IO[bytes] | Iterable[str] | Iterable[bytes],
    *,
    options: Options | None = None,
) -> Iterator[Article]:
    """Yield the articles of a listing as it is read, the same as ``parse`` gives.

    ``source`` is a file object (text or binary), an iterable of lines or
    chunks of any size (``str``, or ``bytes`` decoded as UTF-8), or the whole
    text. Memory stays bounded by a window of a few thousand lines and the
    largest article, however long the listing: ``parse`` reads the same
    windows, so both give the same articles in the same order.

    Raises ``DecodeError`` for bytes that are not UTF-8 (with the offset in
    the whole stream; the articles before it have been given out), and
    ``TypeError`` for chunks that are neither ``str`` nor ``bytes``.
    """
    options = _options(options)
    chunks: Iterable[str | bytes]
    if isinstance(source, str):
        chunks = text_chunks(source)
    elif isinstance(source, (bytes, bytearray, memoryview)):
        chunks = [bytes(source)]
    elif hasattr(source, "read"):
        read = source.read
        chunks = iter(lambda: read(CHUNK), source.read(0))
    elif isinstance(source, Iterable):
        chunks = source
    else:
        raise TypeError(
            "iter_articles() reads a file object, an iterable of lines or a str, "
            f"not {type(source).__name__}"
        )
    for piece in pieces(decode_chunks(chunks), options):
        yield from piece.articles
