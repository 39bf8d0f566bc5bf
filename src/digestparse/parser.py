"""``parse``: the pipeline from text to ``Digest``, one stage after another."""

from __future__ import annotations

import gc

from .assemble import assemble
from .blocks import split_blocks
from .errors import DecodeError
from .lines import split_lines
from .options import Options
from .records import Digest
from .units import make_units

__all__ = ["decode", "parse"]

_DEFAULT = Options()


def decode(data: bytes) -> str:
    """Decode UTF-8 bytes (a BOM allowed) or raise ``DecodeError`` with the byte offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        offset = exc.start + bom
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise DecodeError(
                "not valid UTF-8: it starts with a UTF-16 byte-order mark at offset 0; "
                "decode it as UTF-16 and pass a str",
                offset=0,
            ) from exc
        raise DecodeError(
            f"not valid UTF-8: byte {data[offset : offset + 1]!r} at offset {offset} "
            f"({exc.reason})",
            offset=offset,
        ) from exc


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
    if options is None:
        options = _DEFAULT
    elif not isinstance(options, Options):
        raise TypeError(f"options must be a digestparse.Options, not {type(options).__name__}")
    # parse makes many small objects and no reference cycles: the cyclic
    # collector would only walk them again and again (superlinear on huge
    # inputs), so it pauses for the parse and resumes as it was.
    collecting = gc.isenabled()
    gc.disable()
    try:
        units = make_units(split_blocks(split_lines(text)), options)
        articles, noise, decisions = assemble(units, text, options)
        return Digest(tuple(articles), text, tuple(noise), tuple(decisions))
    finally:
        if collecting:
            gc.enable()
